// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/pop3/FullMessageFetch.h"

#include "mime/MessageParser.h"
#include "mime/TextExtraction.h"
#include "store/Store.h"
#include "sync/pop3/DownloadRun.h"
#include "sync/pop3/FaultInjection.h"

using namespace Qt::Literals::StringLiterals;

namespace lb::sync::pop3 {

Result<void> fetchFullMessage(const SyncRequest &request, MessageId message,
                              const EngineOptions &options)
{
    store::Store &store = *request.store;
    auto row = store.message(message);
    if (!row)
        return row.error();
    if (!*row)
        return inputError(u"The message is no longer in the mail cache."_s);
    if ((*row)->bodyState == store::BodyState::Full)
        return Ok{};
    const QString uidl = (*row)->record.uidl;

    lb::pop3::Pop3Session session(options.session);
    if (auto opened = openSession(session, request); !opened)
        return opened;
    auto listing = listServer(session);
    if (!listing)
        return listing.error();
    const auto found = std::find_if(listing->messages.begin(), listing->messages.end(),
                                    [&](const ServerMessage &m) { return m.uidl == uidl; });
    if (found == listing->messages.end())
        return Error{ErrorScope::Message,
                     Remedy::None,
                     u"The server no longer has this message; only its preview is kept."_s,
                     {}};
    auto raw = session.retr(found->number);
    if (!raw)
        return raw.error();
    if (auto stored = store.storeBody(message, *raw, store::BodyState::Full); !stored)
        return stored;
    faultStep();
    (void)session.quit(); // nothing was deleted: a failed QUIT changes nothing
    return store.indexText(message, mime::readableText(mime::parseMessage(*raw)));
}

} // namespace lb::sync::pop3
