// SPDX-License-Identifier: GPL-3.0-or-later
// The read-only commands over the cache (CLI.md): folders, messages, show, search. They work
// offline: nothing here touches the network.
#include "CacheQueries.h"
#include "Commands.h"
#include "MessageJson.h"

#include "mime/MessageParser.h"
#include "mime/TextExtraction.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace lb::cli {
namespace {

using namespace Qt::Literals::StringLiterals;

void printJsonLine(CliContext &ctx, const QJsonObject &json)
{
    ctx.out() << QJsonDocument(json).toJson(QJsonDocument::Compact) << '\n';
}

int folders(CliContext &ctx)
{
    const QStringList args = ctx.positional({});
    if (args.size() != 1)
        return ctx.fail(u"usage: letterbox-cli folders NAME [--json]"_s, 2);
    auto cache = CacheSession::open(ctx);
    if (!cache)
        return 1;
    auto account = cache->account(args.first());
    if (!account)
        return ctx.fail(account.error().toString());
    auto list = cache->store().folders(account->id);
    if (!list)
        return ctx.fail(list.error().toString());
    for (const store::FolderRecord &f : *list) {
        if (ctx.hasFlag(u"--json"_s)) {
            printJsonLine(ctx, QJsonObject{{u"path"_s, f.path},
                                           {u"role"_s, roleName(f.role)},
                                           {u"total"_s, qint64(f.total)},
                                           {u"unread"_s, qint64(f.unread)}});
        } else {
            ctx.out() << f.path << '\t' << roleName(f.role) << '\t' << f.total << '\t' << f.unread
                      << '\n';
        }
    }
    return 0;
}

int messages(CliContext &ctx)
{
    const QStringList args = ctx.positional({u"--limit"_s});
    if (args.size() != 2)
        return ctx.fail(u"usage: letterbox-cli messages NAME FOLDER [--limit N] [--json]"_s, 2);
    bool limitOk = true;
    const int limit =
        ctx.option(u"--limit"_s).isEmpty() ? 50 : ctx.option(u"--limit"_s).toInt(&limitOk);
    if (!limitOk || limit < 1)
        return ctx.fail(u"--limit needs a positive number"_s, 2);
    auto cache = CacheSession::open(ctx);
    if (!cache)
        return 1;
    auto account = cache->account(args[0]);
    if (!account)
        return ctx.fail(account.error().toString());
    auto folder = cache->folder(account->id, args[1]);
    if (!folder)
        return ctx.fail(folder.error().toString());
    auto page = cache->store().messagesPage(folder->id, store::SortKey::Date,
                                            store::SortDirection::Descending, std::nullopt, limit);
    if (!page)
        return ctx.fail(page.error().toString());
    for (const store::MessageRow &row : page->rows) {
        if (ctx.hasFlag(u"--json"_s))
            printJsonLine(ctx, messageRowJson(row));
        else
            ctx.out() << messageRowLine(row) << '\n';
    }
    return 0;
}

int show(CliContext &ctx)
{
    const QStringList args = ctx.positional({});
    if (args.size() != 2)
        return ctx.fail(u"usage: letterbox-cli show NAME MESSAGE-ID"_s, 2);
    auto cache = CacheSession::open(ctx);
    if (!cache)
        return 1;
    auto account = cache->account(args[0]);
    if (!account)
        return ctx.fail(account.error().toString());
    QString wanted = args[1].trimmed();
    if (wanted.startsWith(u'<') && wanted.endsWith(u'>'))
        wanted = wanted.mid(1, wanted.size() - 2);
    auto copies = cache->store().messagesByMessageId(wanted);
    if (!copies)
        return ctx.fail(copies.error().toString());
    for (const store::MessageRow &row : *copies) {
        auto folder = cache->store().folder(row.folder);
        if (!folder || !folder->has_value() || (*folder)->account != account->id)
            continue;
        auto raw = cache->store().body(row.id);
        if (!raw)
            return ctx.fail(raw.error().toString());
        if (!raw->has_value())
            return ctx.fail(u"only the headers of this message are cached; sync while online "
                            u"to read it"_s);
        const mime::Message message = mime::parseMessage(**raw);
        if (ctx.hasFlag(u"--json"_s)) {
            ctx.out() << QJsonDocument(messageToJson(message)).toJson(QJsonDocument::Indented);
        } else {
            ctx.out() << messageRowLine(row) << "\n\n" << mime::readableText(message) << '\n';
        }
        return 0;
    }
    return ctx.fail(u"no message <%1> in account %2"_s.arg(wanted, args[0]));
}

int search(CliContext &ctx)
{
    const QStringList args = ctx.positional({u"--account"_s, u"--limit"_s});
    if (args.isEmpty())
        return ctx.fail(u"usage: letterbox-cli search QUERY [--account NAME] [--json]"_s, 2);
    auto cache = CacheSession::open(ctx);
    if (!cache)
        return 1;
    std::optional<AccountId> scope;
    if (const QString name = ctx.option(u"--account"_s); !name.isEmpty()) {
        auto account = cache->account(name);
        if (!account)
            return ctx.fail(account.error().toString());
        scope = account->id;
    }
    const int limit = ctx.option(u"--limit"_s).isEmpty() ? 100 : ctx.option(u"--limit"_s).toInt();
    auto hits = cache->store().search(args.join(u' '), scope, std::max(limit, 1));
    if (!hits)
        return ctx.fail(hits.error().toString());
    for (const store::MessageRow &row : *hits) {
        if (ctx.hasFlag(u"--json"_s))
            printJsonLine(ctx, messageRowJson(row));
        else
            ctx.out() << messageRowLine(row) << '\n';
    }
    return 0;
}

const CommandRegistration
    foldersCommand(u"folders"_s, u"folders NAME [--json]   folders of an account, from the cache"_s,
                   folders);
const CommandRegistration
    messagesCommand(u"messages"_s,
                    u"messages NAME FOLDER [--limit N] [--json]   newest first, from the cache"_s,
                    messages);
const CommandRegistration
    showCommand(u"show"_s, u"show NAME MESSAGE-ID [--json]   a cached message, decoded, offline"_s,
                show);
const CommandRegistration
    searchCommand(u"search"_s,
                  u"search QUERY [--account NAME] [--json]   full-text search of the cache"_s,
                  search);

} // namespace
} // namespace lb::cli
