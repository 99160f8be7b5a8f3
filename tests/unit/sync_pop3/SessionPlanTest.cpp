// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/pop3/SessionPlan.h"

#include "QtCatch.h"

using namespace Qt::Literals::StringLiterals;
using lb::store::PopSeenEntry;
using lb::store::PopState;
using lb::sync::pop3::planSession;
using lb::sync::pop3::ServerMessage;

namespace {

ServerMessage onServer(std::uint32_t number, const QString &uidl)
{
    return {lb::pop3::MessageNumber{number}, uidl, 100};
}

PopSeenEntry seen(const QString &uidl, PopState state)
{
    return {uidl, 1000, state, lb::MessageId{1}};
}

QStringList uidlsOf(const std::vector<ServerMessage> &messages)
{
    QStringList out;
    for (const auto &m : messages)
        out << m.uidl;
    return out;
}

} // namespace

TEST_CASE("planSession sorts the maildrop by what the ledger knows", "[pop3][plan]")
{
    const std::vector<ServerMessage> server{onServer(1, u"a"_s), onServer(2, u"b"_s),
                                            onServer(3, u"c"_s), onServer(4, u"d"_s),
                                            onServer(5, u"e"_s)};
    const std::vector<PopSeenEntry> ledger{
        seen(u"b"_s, PopState::Stored), seen(u"c"_s, PopState::Deleting),
        seen(u"d"_s, PopState::Gone),   seen(u"x"_s, PopState::Deleting),
        seen(u"y"_s, PopState::Stored), seen(u"z"_s, PopState::Gone)};
    const auto plan = planSession(server, ledger);
    CHECK(uidlsOf(plan.download) == QStringList{u"e"_s, u"a"_s}); // newest first
    CHECK(uidlsOf(plan.retryDelete) == QStringList{u"c"_s});
    CHECK(plan.vanished == std::vector<QString>{u"x"_s, u"y"_s});
    REQUIRE(plan.known.size() == 2);
    CHECK(plan.known[0].server.uidl == u"b"_s);
    CHECK(plan.known[1].entry.state == PopState::Gone);
}

TEST_CASE("planSession: empty server and empty ledger", "[pop3][plan]")
{
    CHECK(planSession({}, {}).download.empty());
    const std::vector<PopSeenEntry> ledger{seen(u"a"_s, PopState::Stored)};
    const auto plan = planSession({}, ledger);
    CHECK(plan.vanished == std::vector<QString>{u"a"_s});
    const std::vector<ServerMessage> server{onServer(1, u"a"_s)};
    CHECK(planSession(server, {}).download.size() == 1);
}

TEST_CASE("planSession: requested deletions and skipped messages", "[pop3][plan]")
{
    const std::vector<ServerMessage> server{onServer(1, u"a"_s), onServer(2, u"b"_s),
                                            onServer(3, u"c"_s), onServer(4, u"d"_s)};
    const std::vector<PopSeenEntry> ledger{
        seen(u"a"_s, PopState::Skipped), seen(u"b"_s, PopState::DeleteRequested),
        seen(u"c"_s, PopState::Skipped), seen(u"x"_s, PopState::DeleteRequested),
        seen(u"y"_s, PopState::Skipped)};
    const auto plan = planSession(server, ledger);
    CHECK(uidlsOf(plan.download) == QStringList{u"d"_s});
    CHECK(uidlsOf(plan.deleteRequested) == QStringList{u"b"_s});
    CHECK(uidlsOf(plan.skipped) == QStringList{u"c"_s, u"a"_s}); // newest first
    CHECK(plan.known.empty());
    CHECK(plan.vanished == std::vector<QString>{u"x"_s, u"y"_s});
}
