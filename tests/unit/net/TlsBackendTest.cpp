// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/TlsBackend.h"

#include "QtCatch.h"

#include <QSslSocket>

TEST_CASE("The OpenSSL TLS backend is active", "[net]")
{
    const auto result = lb::net::checkTlsBackend();
    if (!result.ok())
        FAIL(result.error().message.toStdString());
    CHECK(QSslSocket::activeBackend() == QStringLiteral("openssl"));
    CHECK(lb::net::tlsLibraryDescription().contains(QStringLiteral("OpenSSL")));
}
