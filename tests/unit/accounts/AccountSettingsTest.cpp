// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/AccountSettingsCodec.h"

#include "QtCatch.h"

using namespace lb::accounts;
using namespace Qt::Literals::StringLiterals;

namespace {

AccountSettings sampleImap()
{
    AccountSettings s;
    s.name = u"Work"_s;
    s.protocol = Protocol::Imap;
    s.email = u"alice@example.org"_s;
    s.displayName = u"Alice Ærø"_s;
    s.incoming = {u"imap.example.org"_s, 993, lb::net::TlsMode::Implicit, u"alice"_s, {}};
    s.incoming.trust.pinnedSha256 = u"AB:CD"_s;
    s.smtp = ServerSettings{u"smtp.example.org"_s, 587, lb::net::TlsMode::StartTls, u"alice"_s, {}};
    s.imap.offline = {OfflinePolicy::Kind::RecentBodies, 45};
    s.imap.serverTrash = false;
    return s;
}

} // namespace

TEST_CASE("Account settings survive encoding and decoding", "[accounts]")
{
    const AccountSettings original = sampleImap();
    const auto decoded = decodeSettings(encodeSettings(original));
    REQUIRE(decoded.ok());
    const AccountSettings &s = *decoded;
    CHECK(s.name == original.name);
    CHECK(s.displayName == original.displayName);
    CHECK(s.incoming.host == u"imap.example.org"_s);
    CHECK(s.incoming.port == 993);
    CHECK(s.incoming.trust.pinnedSha256 == u"AB:CD"_s);
    REQUIRE(s.smtp.has_value());
    CHECK(s.smtp->tls == lb::net::TlsMode::StartTls);
    CHECK(s.imap.offline.kind == OfflinePolicy::Kind::RecentBodies);
    CHECK(s.imap.offline.recentDays == 45);
    CHECK_FALSE(s.imap.serverTrash);
    CHECK(s.imap.serverSent);
}

TEST_CASE("POP3 options keep their defaults and explicit values", "[accounts]")
{
    AccountSettings s = sampleImap();
    s.protocol = Protocol::Pop3;
    SECTION("defaults: leave on server, no deletion after days")
    {
        const auto decoded = decodeSettings(encodeSettings(s));
        REQUIRE(decoded.ok());
        CHECK(decoded->pop3.leaveOnServer);
        CHECK_FALSE(decoded->pop3.deleteAfterDays.has_value());
        CHECK_FALSE(decoded->pop3.deleteWhenDeletedHere);
    }
    SECTION("explicit values")
    {
        s.pop3.leaveOnServer = false;
        s.pop3.deleteAfterDays = 14;
        s.pop3.deleteWhenDeletedHere = true;
        s.pop3.maxMessageSizeKb = 2048;
        s.pop3.oversize = Pop3Options::Oversize::Skip;
        s.pop3.keepAtMostMessages = 500;
        s.pop3.keepAtMostMb = 200;
        const auto decoded = decodeSettings(encodeSettings(s));
        REQUIRE(decoded.ok());
        CHECK(decoded->protocol == Protocol::Pop3);
        CHECK_FALSE(decoded->pop3.leaveOnServer);
        CHECK(decoded->pop3.deleteAfterDays == 14);
        CHECK(decoded->pop3.deleteWhenDeletedHere);
        CHECK(decoded->pop3.maxMessageSizeKb == 2048);
        CHECK(decoded->pop3.oversize == Pop3Options::Oversize::Skip);
        CHECK(decoded->pop3.keepAtMostMessages == 500);
        CHECK(decoded->pop3.keepAtMostMb == 200);
    }
}

TEST_CASE("IMAP deletion, broken extensions and composing options round-trip", "[accounts]")
{
    AccountSettings s = sampleImap();
    SECTION("defaults")
    {
        const auto decoded = decodeSettings(encodeSettings(s));
        REQUIRE(decoded.ok());
        CHECK_FALSE(decoded->imap.markDeletedInstead);
        CHECK(decoded->imap.disabledExtensions.isEmpty());
        CHECK(decoded->draftAutosaveSeconds == 60);
        CHECK(decoded->signature.isEmpty());
    }
    SECTION("explicit values")
    {
        s.imap.markDeletedInstead = true;
        s.imap.disabledExtensions = {u"QRESYNC"_s, u"COMPRESS"_s};
        s.signature = u"-- \nAlice\nÆrø"_s;
        s.draftAutosaveSeconds = 0;
        const auto decoded = decodeSettings(encodeSettings(s));
        REQUIRE(decoded.ok());
        CHECK(decoded->imap.markDeletedInstead);
        CHECK(decoded->imap.disabledExtensions == QStringList{u"QRESYNC"_s, u"COMPRESS"_s});
        CHECK(decoded->signature == s.signature);
        CHECK(decoded->draftAutosaveSeconds == 0);
    }
    SECTION("a malformed oversize choice names its key")
    {
        SettingsMap map = encodeSettings(s);
        map[u"pop3.oversize"_s] = u"sometimes"_s;
        const auto decoded = decodeSettings(map);
        REQUIRE_FALSE(decoded.ok());
        CHECK(decoded.error().message.contains(u"pop3.oversize"_s));
    }
}

TEST_CASE("Malformed persisted settings name the key", "[accounts]")
{
    SettingsMap map = encodeSettings(sampleImap());
    map[u"incoming.tls"_s] = u"sometimes"_s;
    const auto decoded = decodeSettings(map);
    REQUIRE_FALSE(decoded.ok());
    CHECK(decoded.error().message.contains(u"incoming.tls"_s));

    map = encodeSettings(sampleImap());
    map[u"imap.offline"_s] = u"recent:zero"_s;
    REQUIRE_FALSE(decodeSettings(map).ok());
}

TEST_CASE("Validation explains what is wrong", "[accounts]")
{
    AccountSettings s = sampleImap();
    REQUIRE(validate(s).ok());

    s.email = u"alice.example.org"_s;
    auto r = validate(s);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.contains(u"email address"_s));

    s = sampleImap();
    s.incoming.host.clear();
    r = validate(s);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.contains(u"incoming"_s));

    s = sampleImap();
    s.smtp->port = 0;
    r = validate(s);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.contains(u"SMTP"_s));
}

TEST_CASE("Standard ports follow RFC 8314 and RFC 6409", "[accounts]")
{
    CHECK(defaultIncomingPort(Protocol::Imap, lb::net::TlsMode::Implicit) == 993);
    CHECK(defaultIncomingPort(Protocol::Imap, lb::net::TlsMode::StartTls) == 143);
    CHECK(defaultIncomingPort(Protocol::Pop3, lb::net::TlsMode::Implicit) == 995);
    CHECK(defaultIncomingPort(Protocol::Pop3, lb::net::TlsMode::StartTls) == 110);
    CHECK(defaultSmtpPort(lb::net::TlsMode::Implicit) == 465);
    CHECK(defaultSmtpPort(lb::net::TlsMode::StartTls) == 587);
    CHECK(tlsModeFromString(tlsModeKey(lb::net::TlsMode::StartTls)) == lb::net::TlsMode::StartTls);
    CHECK_FALSE(tlsModeFromString(u"maybe").has_value());
}
