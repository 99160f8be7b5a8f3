// SPDX-License-Identifier: GPL-3.0-or-later
#include "CacheQueries.h"

#include "common/DataDir.h"

#include <QDateTime>
#include <QJsonArray>

namespace lb::cli {

using namespace Qt::Literals::StringLiterals;

std::optional<CacheSession> CacheSession::open(CliContext &ctx)
{
    auto store = store::Store::open(cacheFilePath(ctx.dataDir()));
    if (!store) {
        ctx.fail(store.error().toString());
        return std::nullopt;
    }
    return CacheSession(std::move(*store));
}

Result<accounts::StoredAccount> CacheSession::account(const QString &name)
{
    auto found = accounts::AccountRepository(m_store).byName(name);
    if (!found)
        return found.error();
    if (!found->has_value())
        return inputError(u"no account named \"%1\""_s.arg(name));
    return **found;
}

Result<store::FolderRecord> CacheSession::folder(AccountId account, const QString &path)
{
    auto folders = m_store.folders(account);
    if (!folders)
        return folders.error();
    // Exact path first; then "inbox" in any case (RFC 3501 5.1: INBOX is case-insensitive);
    // then a role name such as "sent", so scripts need not know the server's folder names.
    for (const store::FolderRecord &f : *folders) {
        if (f.path == path)
            return f;
    }
    for (const store::FolderRecord &f : *folders) {
        if (f.path.compare(path, Qt::CaseInsensitive) == 0 ||
            (f.role != store::FolderRole::None &&
             roleName(f.role).compare(path, Qt::CaseInsensitive) == 0))
            return f;
    }
    return inputError(u"no folder \"%1\" in the cache"_s.arg(path));
}

QString roleName(store::FolderRole role)
{
    using R = store::FolderRole;
    switch (role) {
    case R::Inbox:
        return u"inbox"_s;
    case R::Sent:
        return u"sent"_s;
    case R::Drafts:
        return u"drafts"_s;
    case R::Trash:
        return u"trash"_s;
    case R::Junk:
        return u"junk"_s;
    case R::Archive:
        return u"archive"_s;
    case R::None:
        break;
    }
    return QString();
}

QStringList flagNames(store::MessageFlags flags)
{
    using F = store::MessageFlag;
    static const std::pair<F, const char16_t *> names[] = {
        {F::Seen, u"seen"},       {F::Answered, u"answered"}, {F::Flagged, u"flagged"},
        {F::Deleted, u"deleted"}, {F::Draft, u"draft"},       {F::Forwarded, u"forwarded"},
        {F::Junk, u"junk"},
    };
    QStringList result;
    for (const auto &[flag, name] : names) {
        if (flags.testFlag(flag))
            result << QString::fromUtf16(name);
    }
    return result;
}

namespace {

QString isoDate(std::int64_t seconds)
{
    return seconds == 0 ? QString()
                        : QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

QJsonObject messageRowJson(const store::MessageRow &row)
{
    const store::MessageRecord &r = row.record;
    return QJsonObject{
        {u"id"_s, qint64(row.id.value)},
        {u"message_id"_s, r.messageId},
        {u"date"_s, isoDate(r.date)},
        {u"from"_s, QJsonObject{{u"name"_s, r.fromName}, {u"address"_s, r.fromAddress}}},
        {u"subject"_s, r.subject},
        {u"flags"_s, QJsonArray::fromStringList(flagNames(r.flags))},
        {u"size"_s, qint64(r.size)},
    };
}

QString messageRowLine(const store::MessageRow &row)
{
    const store::MessageRecord &r = row.record;
    const QString sender = r.fromName.isEmpty() ? r.fromAddress : r.fromName;
    const QString unread = r.flags.testFlag(store::MessageFlag::Seen) ? u" "_s : u"*"_s;
    return u"%1 %2  %3  %4  <%5>"_s.arg(unread, isoDate(r.date), sender, r.subject, r.messageId);
}

} // namespace lb::cli
