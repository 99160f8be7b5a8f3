// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/pop3/Retention.h"

#include "QtCatch.h"

using lb::accounts::Pop3Options;
using lb::sync::pop3::LocalCopy;
using lb::sync::pop3::shouldDeleteFromServer;

TEST_CASE("Retention rules decide when a server copy may go", "[pop3][retention]")
{
    constexpr qint64 day = 86400;
    const lb::store::PopSeenEntry entry{QStringLiteral("u"), 10 * day, lb::store::PopState::Stored,
                                        lb::MessageId{7}};
    const LocalCopy here{true, false};
    const LocalCopy preview{true, true};
    const LocalCopy deleted{false, false};

    struct Row
    {
        Pop3Options options;
        LocalCopy local;
        qint64 now;
        bool expected;
    };
    Pop3Options keep;
    Pop3Options removeAtOnce;
    removeAtOnce.leaveOnServer = false;
    Pop3Options afterDays;
    afterDays.deleteAfterDays = 14;
    Pop3Options whenDeleted;
    whenDeleted.deleteWhenDeletedHere = true;
    Pop3Options afterZeroDays;
    afterZeroDays.deleteAfterDays = 0;
    const std::vector<Row> rows{
        {keep, here, 100 * day, false},
        {keep, deleted, 100 * day, false},
        {removeAtOnce, here, 10 * day, true},
        {removeAtOnce, preview, 10 * day, false}, // the preview is not the message
        {removeAtOnce, deleted, 10 * day, true},
        {afterDays, here, 23 * day, false},
        {afterDays, here, 24 * day, true},
        {afterDays, preview, 100 * day, false},
        {afterZeroDays, here, 10 * day, true},
        {whenDeleted, here, 100 * day, false},
        {whenDeleted, preview, 100 * day, false},
        {whenDeleted, deleted, 10 * day, true},
    };
    for (std::size_t i = 0; i < rows.size(); ++i) {
        INFO("row " << i);
        CHECK(shouldDeleteFromServer(entry, rows[i].local, rows[i].options, rows[i].now) ==
              rows[i].expected);
    }
    CHECK_FALSE(lb::sync::pop3::mayDeleteFromServer(keep));
    CHECK(lb::sync::pop3::mayDeleteFromServer(afterDays));
    CHECK(lb::sync::pop3::mayDeleteFromServer(whenDeleted));
    CHECK(lb::sync::pop3::mayDeleteFromServer(removeAtOnce));
}
