// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/imap/SyncContext.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace lb::sync::imap {

lb::imap::SessionOptions sessionOptions(const SyncRequest &request, const ImapSyncOptions &options)
{
    lb::imap::SessionOptions out;
    out.hiddenCapabilities = options.hiddenCapabilities;
    // The account's switch for extensions its server implements badly.
    for (const QString &name : request.settings.imap.disabledExtensions)
        out.hiddenCapabilities.insert(name.trimmed().toUpper().toLatin1());
    out.log = request.log;
    out.logLabel = u"imap %1"_s.arg(request.settings.name);
    out.cancel = request.cancel;
    return out;
}

Result<void> openSession(lb::imap::Session &session, const SyncRequest &request)
{
    const accounts::ServerSettings &server = request.settings.incoming;
    if (Result<void> connected = session.connect(server.endpoint()); !connected)
        return connected;
    if (Result<void> loggedIn = session.login(server.user, request.password); !loggedIn)
        return loggedIn;
    // RFC 4978: IMAP's textual replies compress well, which counts on slow links; an account
    // can switch it off ("COMPRESS" in imap.disabledExtensions).
    if (Result<bool> compressed = session.compress(); !compressed)
        return compressed.error();
    // RFC 2971: say who we are; servers use it in their logs and for quirks.
    if (Result<lb::imap::IdData> id = session.id(
            {{"name", "Letterbox"}, {"version", QCoreApplication::applicationVersion().toUtf8()}});
        !id) {
        return id.error();
    }
    // RFC 7162 section 3.2.3: ENABLE QRESYNC also enables CONDSTORE.
    const QList<QByteArray> wanted = session.capabilities().qresync()
                                         ? QList<QByteArray>{"QRESYNC"}
                                         : QList<QByteArray>{"CONDSTORE"};
    if (Result<QList<QByteArray>> enabled = session.enable(wanted); !enabled)
        return enabled.error();
    return Ok{};
}

Error cancelledError()
{
    return Error{ErrorScope::Cancelled, Remedy::None, u"The sync was cancelled."_s, {}};
}

} // namespace lb::sync::imap
