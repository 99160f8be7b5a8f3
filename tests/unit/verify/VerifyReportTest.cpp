// SPDX-License-Identifier: GPL-3.0-or-later
#include "QtCatch.h"

#include "sync/verify/VerifyReport.h"

using namespace Qt::Literals::StringLiterals;
using namespace lb::sync::verify;
using lb::accounts::OfflinePolicy;
using lb::accounts::Protocol;

TEST_CASE("Transport errors map to the failure the user can act on", "[verify]")
{
    using K = lb::net::NetErrorKind;
    CHECK(failureFor(K::HostNotFound) == Failure::HostNotFound);
    CHECK(failureFor(K::Refused) == Failure::PortClosed);
    CHECK(failureFor(K::ConnectTimeout) == Failure::Timeout);
    CHECK(failureFor(K::ReadTimeout) == Failure::Timeout);
    CHECK(failureFor(K::CertificateUntrusted) == Failure::Certificate);
    CHECK(failureFor(K::CertificateExpired) == Failure::Certificate);
    CHECK(failureFor(K::CertificateHostMismatch) == Failure::Certificate);
    CHECK(failureFor(K::CertificateChanged) == Failure::Certificate);
    CHECK(failureFor(K::TlsHandshakeFailed) == Failure::TlsHandshake);
    CHECK(failureFor(K::StartTlsNotOffered) == Failure::StartTlsMissing);

    lb::accounts::ServerSettings server;
    server.host = u"mail.example.org"_s;
    server.port = 993;
    const ServerCheck check =
        failedCheck(ServerType::Imap, server, lb::net::connectionRefused(server.host, 993));
    CHECK(check.failure == Failure::PortClosed);
    CHECK(check.host == u"mail.example.org"_s);
    CHECK(check.port == 993);
    CHECK_FALSE(check.message.isEmpty());
    CHECK_FALSE(check.ok());
}

TEST_CASE("The cache estimate follows protocol and offline policy", "[verify]")
{
    MailboxFigures figures;
    CHECK_FALSE(estimateCacheBytes(figures, Protocol::Imap, {}).has_value());
    figures.messages = 1000;
    figures.bytes = 100'000'000;
    OfflinePolicy everything;
    CHECK(estimateCacheBytes(figures, Protocol::Imap, everything) == 100'000'000u + 1000u * 2048u);
    CHECK(estimateCacheBytes(figures, Protocol::Pop3, everything) == 100'000'000u + 1000u * 2048u);
    OfflinePolicy headers{OfflinePolicy::Kind::HeadersOnly, 30};
    CHECK(estimateCacheBytes(figures, Protocol::Imap, headers) == 1000u * 2048u);
    OfflinePolicy recent{OfflinePolicy::Kind::RecentBodies, 365};
    const auto part = estimateCacheBytes(figures, Protocol::Imap, recent);
    REQUIRE(part.has_value());
    CHECK(*part < 100'000'000u);
    CHECK(*part > 1000u * 2048u);
    figures.bytes.reset();
    CHECK(estimateCacheBytes(figures, Protocol::Imap, headers).has_value());
    CHECK_FALSE(estimateCacheBytes(figures, Protocol::Imap, everything).has_value());
}
