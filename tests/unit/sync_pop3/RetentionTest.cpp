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

namespace {

using lb::store::BodyState;
using lb::store::PopState;
using lb::sync::pop3::KnownMessage;
using lb::sync::pop3::ServerMessage;

ServerMessage serverCopy(std::uint32_t number, std::uint64_t octets = 1000)
{
    return {lb::pop3::MessageNumber{number}, QStringLiteral("u%1").arg(number), octets};
}

KnownMessage stored(const ServerMessage &m, qint64 firstSeen,
                    std::optional<BodyState> local = BodyState::Full)
{
    return {m, {m.uidl, firstSeen, PopState::Stored, lb::MessageId{m.number.value}, local}};
}

QStringList uidlsOf(const std::vector<ServerMessage> &messages)
{
    QStringList out;
    for (const auto &m : messages)
        out << m.uidl;
    return out;
}

} // namespace

TEST_CASE("Keep at most N messages deletes the oldest downloads first, ties in server order",
          "[pop3][retention]")
{
    // Server: 1..6. 1..4 stored (3 first downloaded long ago, 1 and 2 in one later run, 4
    // latest); 5 never downloaded (a failed RETR); 6 only previewed.
    std::vector<ServerMessage> maildrop;
    for (std::uint32_t n = 1; n <= 6; ++n)
        maildrop.push_back(serverCopy(n));
    const std::vector<KnownMessage> known{stored(maildrop[0], 200), stored(maildrop[1], 200),
                                          stored(maildrop[2], 100), stored(maildrop[3], 300),
                                          stored(maildrop[5], 50, BodyState::Partial)};
    Pop3Options options;
    const auto pick = [&](std::span<const ServerMessage> deleting = {}) {
        return uidlsOf(
            lb::sync::pop3::pickRetentionDeletions(maildrop, known, deleting, options, 1000));
    };

    CHECK(pick().isEmpty()); // leave everything: nothing
    options.keepAtMostMessages = 6;
    CHECK(pick().isEmpty()); // already fits
    options.keepAtMostMessages = 4;
    CHECK(pick() == QStringList{QStringLiteral("u3"), QStringLiteral("u1")});
    options.keepAtMostMessages = 1;
    // Everything deletable goes; 5 (not here) and 6 (a preview) stay although over the limit.
    CHECK(pick() == QStringList{QStringLiteral("u3"), QStringLiteral("u1"), QStringLiteral("u2"),
                                QStringLiteral("u4")});

    // Messages already being deleted no longer count.
    options.keepAtMostMessages = 4;
    const std::vector<ServerMessage> deleting{maildrop[3]};
    CHECK(pick(deleting) == QStringList{QStringLiteral("u3")});
}

TEST_CASE("Keep at most N MB counts the bytes of every server copy", "[pop3][retention]")
{
    constexpr std::uint64_t mb = 1024 * 1024;
    const std::vector<ServerMessage> maildrop{serverCopy(1, 2 * mb), serverCopy(2, mb / 2),
                                              serverCopy(3, mb), serverCopy(4, mb / 2)};
    const std::vector<KnownMessage> known{stored(maildrop[0], 10), stored(maildrop[1], 20),
                                          stored(maildrop[2], 30), stored(maildrop[3], 40)};
    Pop3Options options;
    options.keepAtMostMb = 2; // 4 MB on the server: 1 (2 MB) goes and 2 MB stay
    auto picked = lb::sync::pop3::pickRetentionDeletions(maildrop, known, {}, options, 1000);
    CHECK(uidlsOf(picked) == QStringList{QStringLiteral("u1")});
    options.keepAtMostMb = 1; // then 2 and 3 too: 0.5 MB stay
    picked = lb::sync::pop3::pickRetentionDeletions(maildrop, known, {}, options, 1000);
    CHECK(uidlsOf(picked) ==
          QStringList{QStringLiteral("u1"), QStringLiteral("u2"), QStringLiteral("u3")});
    options.keepAtMostMessages = 3; // both limits: the stricter one wins
    picked = lb::sync::pop3::pickRetentionDeletions(maildrop, known, {}, options, 1000);
    CHECK(picked.size() == 3);
}

TEST_CASE("Keep at most combines with delete after N days and leave on server", "[pop3][retention]")
{
    constexpr qint64 day = 86400;
    std::vector<ServerMessage> maildrop;
    for (std::uint32_t n = 1; n <= 5; ++n)
        maildrop.push_back(serverCopy(n));
    // 1 is 30 days old, the others 1 day; 5 was deleted here (no local copy).
    const std::vector<KnownMessage> known{
        stored(maildrop[0], 0), stored(maildrop[1], 29 * day), stored(maildrop[2], 29 * day),
        stored(maildrop[3], 29 * day), stored(maildrop[4], 29 * day, std::nullopt)};
    Pop3Options options;
    options.deleteAfterDays = 14;
    options.keepAtMostMessages = 3;
    // Day rule takes 1; the limit then takes the oldest of the rest in server order: 2.
    auto picked = lb::sync::pop3::pickRetentionDeletions(maildrop, known, {}, options, 30 * day);
    CHECK(uidlsOf(picked) == QStringList{QStringLiteral("u1"), QStringLiteral("u2")});

    options.deleteAfterDays.reset();
    options.deleteWhenDeletedHere = true; // 5 goes for that rule, then 1 for the limit
    picked = lb::sync::pop3::pickRetentionDeletions(maildrop, known, {}, options, 30 * day);
    CHECK(uidlsOf(picked) == QStringList{QStringLiteral("u5"), QStringLiteral("u1")});

    options = {};
    options.leaveOnServer = false; // everything whole goes anyway
    options.keepAtMostMessages = 3;
    picked = lb::sync::pop3::pickRetentionDeletions(maildrop, known, {}, options, 30 * day);
    CHECK(picked.size() == 5);

    Pop3Options limitOnly;
    limitOnly.keepAtMostMb = 100;
    CHECK(lb::sync::pop3::mayDeleteFromServer(limitOnly));
}

TEST_CASE("The ledger's body state tells a whole local copy from a preview", "[pop3][retention]")
{
    lb::store::PopSeenEntry entry;
    CHECK_FALSE(lb::sync::pop3::localCopyOf(entry).exists);
    entry.local = BodyState::Partial;
    CHECK(lb::sync::pop3::localCopyOf(entry).partial);
    entry.local = BodyState::Full;
    CHECK(lb::sync::pop3::localCopyOf(entry).exists);
    CHECK_FALSE(lb::sync::pop3::localCopyOf(entry).partial);
}
