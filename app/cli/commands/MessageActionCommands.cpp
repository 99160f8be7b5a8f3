// SPDX-License-Identifier: GPL-3.0-or-later
// What the user does to messages, headless (CLI.md): flag, move, copy, delete, empty-trash,
// expunge. They work offline: the cache changes at once and an IMAP server hears of it with
// the account's next sync.
//   letterbox-cli flag NAME MESSAGE-ID read|unread|flagged|unflagged [--folder FOLDER]
//   letterbox-cli move NAME MESSAGE-ID FOLDER [--folder FOLDER]
//   letterbox-cli copy NAME MESSAGE-ID FOLDER [--folder FOLDER]
//   letterbox-cli delete NAME MESSAGE-ID [--permanently] [--folder FOLDER]
//   letterbox-cli empty-trash NAME
//   letterbox-cli expunge NAME FOLDER
#include "CacheQueries.h"
#include "Commands.h"

#include "sync/actions/MessageActions.h"

namespace lb::cli {
namespace {

using namespace Qt::Literals::StringLiterals;

const QStringList kValueOptions{u"--folder"_s};

// The account's copy of a Message-ID; --folder picks one when it sits in several folders.
Result<MessageId> findMessage(CliContext &ctx, CacheSession &cache, AccountId account,
                              const QString &given)
{
    QString wanted = given.trimmed();
    if (wanted.startsWith(u'<') && wanted.endsWith(u'>'))
        wanted = wanted.mid(1, wanted.size() - 2);
    std::optional<FolderId> only;
    if (const QString path = ctx.option(u"--folder"_s); !path.isEmpty()) {
        auto folder = cache.folder(account, path);
        if (!folder)
            return folder.error();
        only = folder->id;
    }
    auto copies = cache.store().messagesByMessageId(wanted);
    if (!copies)
        return copies.error();
    std::vector<store::MessageRow> mine;
    QStringList where;
    for (const store::MessageRow &row : *copies) {
        auto folder = cache.store().folder(row.folder);
        if (!folder)
            return folder.error();
        if (!*folder || (*folder)->account != account || (only && row.folder != *only))
            continue;
        mine.push_back(row);
        where << (*folder)->path;
    }
    if (mine.empty())
        return inputError(u"no message <%1> in that account"_s.arg(wanted));
    if (mine.size() > 1)
        return inputError(u"<%1> is in several folders (%2): choose one with --folder"_s.arg(
            wanted, where.join(u", "_s)));
    return mine.front().id;
}

struct Target
{
    std::optional<CacheSession> cache;
    accounts::StoredAccount account;
};

// Opens the cache and finds the account named by the first positional argument.
std::optional<Target> open(CliContext &ctx, const QString &name)
{
    Target target;
    target.cache = CacheSession::open(ctx);
    if (!target.cache)
        return std::nullopt;
    auto account = target.cache->account(name);
    if (!account) {
        ctx.fail(account.error().toString());
        return std::nullopt;
    }
    target.account = *account;
    return target;
}

int done(CliContext &ctx, const Result<void> &result, const QString &what)
{
    if (!result)
        return ctx.fail(result.error().toString());
    ctx.out() << what << '\n';
    return 0;
}

int flag(CliContext &ctx)
{
    const QStringList args = ctx.positional(kValueOptions);
    static const QMap<QString, sync::FlagChange> changes{
        {u"read"_s, sync::FlagChange::Read},
        {u"unread"_s, sync::FlagChange::Unread},
        {u"flagged"_s, sync::FlagChange::Flagged},
        {u"unflagged"_s, sync::FlagChange::Unflagged}};
    if (args.size() != 3 || !changes.contains(args[2]))
        return ctx.fail(u"usage: letterbox-cli flag NAME MESSAGE-ID read|unread|flagged|unflagged "
                        u"[--folder FOLDER]"_s,
                        2);
    auto target = open(ctx, args[0]);
    if (!target)
        return 1;
    auto id = findMessage(ctx, *target->cache, target->account.id, args[1]);
    if (!id)
        return ctx.fail(id.error().toString());
    sync::MessageActions actions(target->cache->store());
    return done(ctx, actions.mark(std::span(&*id, 1), changes.value(args[2])),
                u"marked %1"_s.arg(args[2]));
}

int moveOrCopy(CliContext &ctx, bool copy)
{
    const QStringList args = ctx.positional(kValueOptions);
    const QString verb = copy ? u"copy"_s : u"move"_s;
    if (args.size() != 3)
        return ctx.fail(
            u"usage: letterbox-cli %1 NAME MESSAGE-ID FOLDER [--folder FOLDER]"_s.arg(verb), 2);
    auto target = open(ctx, args[0]);
    if (!target)
        return 1;
    auto id = findMessage(ctx, *target->cache, target->account.id, args[1]);
    if (!id)
        return ctx.fail(id.error().toString());
    auto folder = target->cache->folder(target->account.id, args[2]);
    if (!folder)
        return ctx.fail(folder.error().toString());
    sync::MessageActions actions(target->cache->store());
    if (copy) {
        auto copied = actions.copy(std::span(&*id, 1), folder->id);
        if (!copied)
            return ctx.fail(copied.error().toString());
        ctx.out() << "copied to " << folder->path << '\n';
        return 0;
    }
    return done(ctx, actions.move(std::span(&*id, 1), folder->id),
                u"moved to %1"_s.arg(folder->path));
}

int removeMessage(CliContext &ctx)
{
    const QStringList args = ctx.positional(kValueOptions);
    if (args.size() != 2)
        return ctx.fail(
            u"usage: letterbox-cli delete NAME MESSAGE-ID [--permanently] [--folder FOLDER]"_s, 2);
    auto target = open(ctx, args[0]);
    if (!target)
        return 1;
    auto id = findMessage(ctx, *target->cache, target->account.id, args[1]);
    if (!id)
        return ctx.fail(id.error().toString());
    sync::MessageActions actions(target->cache->store());
    if (ctx.hasFlag(u"--permanently"_s))
        return done(ctx, actions.removePermanently(std::span(&*id, 1)), u"deleted"_s);
    return done(ctx, actions.remove(std::span(&*id, 1)), u"deleted"_s);
}

int emptyTrash(CliContext &ctx)
{
    const QStringList args = ctx.positional({});
    if (args.size() != 1)
        return ctx.fail(u"usage: letterbox-cli empty-trash NAME"_s, 2);
    auto target = open(ctx, args[0]);
    if (!target)
        return 1;
    auto count = sync::MessageActions(target->cache->store()).emptyTrash(target->account.id);
    if (!count)
        return ctx.fail(count.error().toString());
    ctx.out() << *count << " deleted\n";
    return 0;
}

int expunge(CliContext &ctx)
{
    const QStringList args = ctx.positional({});
    if (args.size() != 2)
        return ctx.fail(u"usage: letterbox-cli expunge NAME FOLDER"_s, 2);
    auto target = open(ctx, args[0]);
    if (!target)
        return 1;
    auto folder = target->cache->folder(target->account.id, args[1]);
    if (!folder)
        return ctx.fail(folder.error().toString());
    auto count = sync::MessageActions(target->cache->store()).leaveFolder(folder->id);
    if (!count)
        return ctx.fail(count.error().toString());
    ctx.out() << *count << " expunged\n";
    return 0;
}

const CommandRegistration flagCommand(
    u"flag"_s,
    u"flag NAME MESSAGE-ID read|unread|flagged|unflagged [--folder FOLDER]   change a flag"_s,
    flag);
const CommandRegistration
    moveCommand(u"move"_s,
                u"move NAME MESSAGE-ID FOLDER [--folder FOLDER]   move within the account"_s,
                [](CliContext &ctx) { return moveOrCopy(ctx, false); });
const CommandRegistration
    copyCommand(u"copy"_s,
                u"copy NAME MESSAGE-ID FOLDER [--folder FOLDER]   copy within the account"_s,
                [](CliContext &ctx) { return moveOrCopy(ctx, true); });
const CommandRegistration deleteCommand(
    u"delete"_s,
    u"delete NAME MESSAGE-ID [--permanently] [--folder FOLDER]   to Trash, or for good"_s,
    removeMessage);
const CommandRegistration
    emptyTrashCommand(u"empty-trash"_s,
                      u"empty-trash NAME   delete everything in the account's Trash"_s, emptyTrash);
const CommandRegistration expungeCommand(
    u"expunge"_s,
    u"expunge NAME FOLDER   remove messages marked deleted (\"mark deleted instead\" accounts)"_s,
    expunge);

} // namespace
} // namespace lb::cli
