// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/TlsBackend.h"

#include <QSslSocket>

namespace lb::net {

namespace {
const QString kOpenSsl = QStringLiteral("openssl");
}

Result<void> checkTlsBackend()
{
    const QStringList available = QSslSocket::availableBackends();
    if (!available.contains(kOpenSsl)) {
        return Error{ErrorScope::Account,
                     Remedy::AskUser,
                     QStringLiteral("Qt's OpenSSL TLS backend is not installed, so Letterbox "
                                    "cannot make secure connections. Install the OpenSSL "
                                    "libraries (libssl3) and Qt's TLS plugins, then restart."),
                     {}};
    }
    if (QSslSocket::activeBackend() != kOpenSsl && !QSslSocket::setActiveBackend(kOpenSsl)) {
        return Error{ErrorScope::Account,
                     Remedy::AskUser,
                     QStringLiteral("Qt's OpenSSL TLS backend could not be activated."),
                     {}};
    }
    if (!QSslSocket::supportsSsl()) {
        return Error{ErrorScope::Account,
                     Remedy::AskUser,
                     QStringLiteral("The OpenSSL library could not be loaded, so Letterbox "
                                    "cannot make secure connections. Install libssl3 and "
                                    "restart."),
                     {}};
    }
    return Ok{};
}

QString tlsLibraryDescription()
{
    return QSslSocket::sslLibraryVersionString();
}

} // namespace lb::net
