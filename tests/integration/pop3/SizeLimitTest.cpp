// SPDX-License-Identifier: GPL-3.0-or-later
// The size limit's "skip" choice against a real Dovecot with a large message.
#include "Pop3Fixture.h"

#include "sync/pop3/Pop3Download.h"

#include "QtCatch.h"

using namespace Qt::Literals::StringLiterals;
using lb::sync::pop3::downloadMail;

namespace {

lb::sync::SyncReport mustDownload(lb::test::Pop3Fixture &f)
{
    auto report = downloadMail(f.request());
    if (!report)
        FAIL(report.error().toString().toStdString());
    return *report;
}

bool mentionsSizeLimit(const lb::sync::SyncReport &report)
{
    return std::any_of(report.warnings.begin(), report.warnings.end(),
                       [](const QString &w) { return w.contains(u"size limit"_s); });
}

} // namespace

TEST_CASE("Skipped large messages are recorded, not offered again, and come once the limit allows",
          "[pop3]")
{
    lb::test::Pop3Fixture f;
    f.deliver(1);
    const QByteArray big = lb::test::sampleMessage(2, "zebrafinch", 100000); // about 2.4 MB
    f.deliverRaw(big);
    f.deliver(3);
    f.settings().pop3.maxMessageSizeKb = 1024;
    f.settings().pop3.oversize = lb::accounts::Pop3Options::Oversize::Skip;
    f.settings().pop3.leaveOnServer = false;

    const auto first = mustDownload(f);
    CHECK(first.newMessages == 2);
    CHECK(first.deletedOnServer == 2);
    CHECK(mentionsSizeLimit(first));
    CHECK(f.serverCount() == 1); // never downloaded, so never deleted
    auto skipped = f.store().popSeen(f.account(), lb::store::PopState::Skipped);
    REQUIRE(skipped.ok());
    CHECK(skipped->size() == 1);
    CHECK(f.store().messagesByMessageId(lb::test::sampleMessageId(2))->empty());

    const auto second = mustDownload(f);
    CHECK(second.newMessages == 0);
    CHECK(second.deletedOnServer == 0);
    CHECK(mentionsSizeLimit(second)); // still there, still said
    CHECK(f.serverCount() == 1);

    f.settings().pop3.maxMessageSizeKb = 4096;
    const auto raised = mustDownload(f);
    CHECK(raised.newMessages == 1);
    CHECK_FALSE(mentionsSizeLimit(raised));
    auto rows = f.store().messagesByMessageId(lb::test::sampleMessageId(2));
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 1);
    CHECK(rows->front().bodyState == lb::store::BodyState::Full);
    CHECK(f.store().body(rows->front().id)->value() == big);
    CHECK(raised.deletedOnServer == 1); // whole here now: leave-on-server off applies
    CHECK(f.serverCount() == 0);
    CHECK(f.store().popSeen(f.account(), lb::store::PopState::Skipped)->empty());
    CHECK(mustDownload(f).newMessages == 0);
}

TEST_CASE("A large message over the limit is previewed by TOP and kept whole on the server",
          "[pop3]")
{
    lb::test::Pop3Fixture f;
    const QByteArray big = lb::test::sampleMessage(1, "zebrafinch", 100000);
    f.deliverRaw(big);
    f.settings().pop3.maxMessageSizeKb = 1024; // Preview is the default
    f.settings().pop3.leaveOnServer = false;
    const auto report = mustDownload(f);
    CHECK(report.newMessages == 1);
    CHECK(report.deletedOnServer == 0);
    auto rows = f.store().messagesByMessageId(lb::test::sampleMessageId(1));
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 1);
    CHECK(rows->front().bodyState == lb::store::BodyState::Partial);
    CHECK(rows->front().record.size == big.size());
    CHECK(f.store().body(rows->front().id)->value().size() < 4096);
    CHECK(f.serverCount() == 1);
}
