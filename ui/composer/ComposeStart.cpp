// SPDX-License-Identifier: GPL-3.0-or-later
#include "composer/ComposeStart.h"

#include "mime/MessageParser.h"
#include "mime/compose/ForwardBuilder.h"
#include "mime/compose/ReplyBuilder.h"
#include "store/Store.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace lb::ui {
namespace {

mime::ReplyIdentity identityOf(const ComposerAccount &account,
                               const std::vector<ComposerAccount> &allAccounts)
{
    mime::ReplyIdentity identity;
    identity.from = {account.displayName, account.email};
    identity.signature = account.signature;
    for (const ComposerAccount &other : allAccounts) {
        if (!other.email.isEmpty())
            identity.ownAddresses << other.email;
    }
    return identity;
}

} // namespace

Result<AccountId> accountOfMessage(store::Store &store, MessageId message)
{
    auto row = store.message(message);
    if (!row)
        return row.error();
    if (!row->has_value())
        return inputError(QCoreApplication::translate("lb::ui::ComposeStart",
                                                      "The message is no longer in the cache."));
    auto folder = store.folder((*row)->folder);
    if (!folder)
        return folder.error();
    if (!folder->has_value())
        return inputError(QCoreApplication::translate(
            "lb::ui::ComposeStart", "The message's folder is no longer in the cache."));
    return (*folder)->account;
}

ComposeStart startNew(const ComposerAccount &account)
{
    ComposeStart start;
    start.account = account.id;
    start.message.from = {account.displayName, account.email};
    start.message.signature = account.signature;
    return start;
}

Result<ComposeStart> startFrom(store::Store &store, MessageId original, ComposeMode mode,
                               const ComposerAccount &account,
                               const std::vector<ComposerAccount> &allAccounts)
{
    if (mode == ComposeMode::New)
        return startNew(account);
    auto raw = store.body(original);
    if (!raw)
        return raw.error();
    if (!raw->has_value())
        return inputError(QCoreApplication::translate(
            "lb::ui::ComposeStart", "The message has not been downloaded yet, so it cannot be "
                                    "quoted or forwarded. Try again once Letterbox is online."));
    const mime::Message message = mime::parseMessage(**raw);
    const mime::ReplyIdentity identity = identityOf(account, allAccounts);
    ComposeStart start;
    start.account = account.id;
    switch (mode) {
    case ComposeMode::Reply:
        start.message = mime::reply(message, identity);
        break;
    case ComposeMode::ReplyAll:
        start.message = mime::replyAll(message, identity);
        break;
    case ComposeMode::ForwardInline:
        start.message = mime::forwardInline(message, identity);
        break;
    case ComposeMode::ForwardAsAttachment:
        start.message = mime::forwardAsAttachment(message, identity);
        break;
    case ComposeMode::New:
        break;
    }
    if (mode == ComposeMode::Reply || mode == ComposeMode::ReplyAll)
        start.message.text.prepend(u"\n\n"_s); // room to write above the quote
    return start;
}

} // namespace lb::ui
