// SPDX-License-Identifier: GPL-3.0-or-later
// COMPRESS=DEFLATE (RFC 4978) against Dovecot's imap_zlib: a compressed sync fills the cache
// exactly as an uncompressed one does.
#include "SyncFixture.h"

#include "QtCatch.h"

#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;
using lb::test::sampleMessage;
using lb::test::SyncFixture;

namespace {

// What a cache holds of a folder, in a form two caches can be compared by.
QStringList snapshot(lb::store::Store &store, lb::FolderId folder)
{
    auto page = store.messagesPage(folder, lb::store::SortKey::Date,
                                   lb::store::SortDirection::Descending, std::nullopt, 1000);
    REQUIRE(page.ok());
    QStringList out;
    for (const auto &row : page->rows) {
        const auto body = store.body(row.id);
        REQUIRE(body.ok());
        out << u"%1|%2|%3|%4|%5|%6|%7|%8"_s.arg(row.record.uid.value)
                   .arg(row.record.subject, row.record.messageId)
                   .arg(int(row.record.flags.toInt()))
                   .arg(row.record.size)
                   .arg(row.record.date)
                   .arg(row.record.snippet)
                   .arg(QString::fromLatin1(
                       body->value_or(QByteArray()).toBase64(QByteArray::Base64Encoding)));
    }
    return out;
}

lb::FolderId inboxOf(lb::store::Store &store, lb::AccountId account)
{
    auto folders = store.folders(account);
    REQUIRE(folders.ok());
    for (const auto &f : *folders) {
        if (f.path == u"INBOX"_s)
            return f.id;
    }
    FAIL("no INBOX");
    return {};
}

bool sentCompress(const lb::net::ProtocolLog &log)
{
    for (const auto &entry : log.entries()) {
        if (entry.direction == lb::net::ProtocolLog::Direction::Sent &&
            entry.text.contains("COMPRESS DEFLATE"))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("IMAP sync: over COMPRESS=DEFLATE the cache is the same as without", "[integration]")
{
    SyncFixture f;
    for (int i = 1; i <= 60; ++i) {
        // Bodies of varied size, some larger than one deflate block.
        const QByteArray filler = QByteArray("Line of text number ").repeated(i * 20);
        f.deliver(u"INBOX"_s, sampleMessage(i) + filler + "\r\n", i % 3 == 0 ? u"S"_s : u""_s);
    }

    auto compressedLog = std::make_shared<lb::net::ProtocolLog>(5000);
    auto request = f.request();
    request.log = compressedLog;
    const auto compressed = lb::sync::imap::syncAccount(request, f.options());
    REQUIRE(compressed.ok());
    CHECK(compressed->newMessages == 60);
    CHECK(sentCompress(*compressedLog));

    // The same account into a second cache, with COMPRESS switched off.
    QTemporaryDir dir;
    auto opened = lb::store::Store::open(dir.filePath(u"plain.sqlite"_s));
    REQUIRE(opened.ok());
    lb::store::Store plainStore = std::move(opened).value();
    auto account = plainStore.createAccount(
        lb::store::AccountRecord{{}, u"plain"_s, lb::store::Protocol::Imap, {}, {}});
    REQUIRE(account.ok());
    auto plainLog = std::make_shared<lb::net::ProtocolLog>(5000);
    auto plainRequest = f.request();
    plainRequest.store = &plainStore;
    plainRequest.account = *account;
    plainRequest.log = plainLog;
    plainRequest.settings.imap.disabledExtensions = {u"COMPRESS"_s};
    const auto plain = lb::sync::imap::syncAccount(plainRequest, f.options());
    REQUIRE(plain.ok());
    CHECK_FALSE(sentCompress(*plainLog));

    const QStringList a = snapshot(f.store(), inboxOf(f.store(), f.account()));
    const QStringList b = snapshot(plainStore, inboxOf(plainStore, *account));
    CHECK(a.size() == 60);
    CHECK(a == b);

    // A second compressed run on the same connection settings changes nothing.
    const auto again = lb::sync::imap::syncAccount(f.request(), f.options());
    REQUIRE(again.ok());
    CHECK(again->newMessages == 0);
    CHECK(again->flagChanges == 0);
}
