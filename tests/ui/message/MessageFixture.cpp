// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageFixture.h"

#include "mime/MessageParser.h"

#include <QDir>

#include <stdexcept>

using namespace Qt::Literals::StringLiterals;

namespace lb::test {
namespace {

template <typename T> T must(Result<T> result)
{
    if (!result)
        throw std::runtime_error(result.error().message.toStdString());
    return std::move(result).value();
}

void must(Result<void> result)
{
    if (!result)
        throw std::runtime_error(result.error().message.toStdString());
}

} // namespace

MessageFixture::MessageFixture()
{
    store.emplace(must(store::Store::open(m_dir.filePath(u"cache.sqlite"_s))));
    account = must(store->createAccount(
        {AccountId{}, u"Home"_s, store::Protocol::Imap, u"me@example.org"_s, u"Me Myself"_s}));
    store::FolderRecord folder;
    folder.account = account;
    folder.path = u"INBOX"_s;
    folder.delimiter = u'/';
    folder.role = store::FolderRole::Inbox;
    inbox = must(store->upsertFolder(folder));
    m_settings =
        std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
}

MessageId MessageFixture::add(const QByteArray &raw)
{
    const mime::Message parsed = mime::parseMessage(raw);
    store::MessageRecord record;
    record.uid = Uid(m_nextUid++);
    record.subject = parsed.subject;
    if (!parsed.from.empty()) {
        record.fromName = parsed.from.front().name;
        record.fromAddress = parsed.from.front().address;
    }
    record.date = parsed.date ? parsed.date->toSecsSinceEpoch() : 0;
    record.size = raw.size();
    const std::vector<store::MessageRecord> batch{record};
    const MessageId id = must(store->upsertHeaders(inbox, batch)).front();
    must(store->storeBody(id, raw));
    return id;
}

MessageId MessageFixture::addWithoutBody(const QString &subject)
{
    store::MessageRecord record;
    record.uid = Uid(m_nextUid++);
    record.subject = subject;
    const std::vector<store::MessageRecord> batch{record};
    return must(store->upsertHeaders(inbox, batch)).front();
}

QString screenshotPath(const QString &name)
{
    const QString dir = QStringLiteral(LETTERBOX_BINARY_DIR) + u"/screenshots"_s;
    QDir().mkpath(dir);
    return dir + u'/' + name;
}

} // namespace lb::test
