// SPDX-License-Identifier: GPL-3.0-or-later
#include "QtCatch.h"

#include "accounts/discovery/ClientConfigReader.h"

using namespace Qt::Literals::StringLiterals;
using namespace lb::accounts::discovery;
using lb::Result;

namespace {

// Shaped like the documents providers publish (comments, documentation, OAuth2 entries,
// Exchange servers, several SMTP choices).
const QByteArray RealShaped = R"(<?xml version="1.0" encoding="UTF-8"?>
<!-- Example provider -->
<clientConfig version="1.1">
  <emailProvider id="example.org">
    <domain>example.org</domain>
    <domain>Example.NET</domain>
    <displayName>Example Mail</displayName>
    <displayShortName>Example</displayShortName>
    <incomingServer type="exchange">
      <hostname>outlook.example.org</hostname>
      <port>443</port>
      <username>%EMAILADDRESS%</username>
      <socketType>SSL</socketType>
      <authentication>OAuth2</authentication>
      <owaURL>https://outlook.example.org/owa/</owaURL>
    </incomingServer>
    <incomingServer type="imap">
      <hostname>IMAP.example.org</hostname>
      <port>993</port>
      <socketType>SSL</socketType>
      <authentication>OAuth2</authentication>
      <authentication>password-cleartext</authentication>
      <username>%EMAILLOCALPART%</username>
    </incomingServer>
    <incomingServer type="pop3">
      <hostname>pop.example.org</hostname>
      <port>110</port>
      <socketType>STARTTLS</socketType>
      <username>%EMAILADDRESS%</username>
      <authentication>password-cleartext</authentication>
      <pop3>
        <leaveMessagesOnServer>true</leaveMessagesOnServer>
      </pop3>
    </incomingServer>
    <outgoingServer type="smtp">
      <hostname>smtp.example.org</hostname>
      <port>587</port>
      <socketType>STARTTLS</socketType>
      <username>%EMAILADDRESS%</username>
      <authentication>password-cleartext</authentication>
    </outgoingServer>
    <documentation url="https://example.org/help">
      <descr lang="en">Settings</descr>
    </documentation>
  </emailProvider>
  <oAuth2>
    <issuer>example.org</issuer>
  </oAuth2>
</clientConfig>
)";

QString errorOf(const QByteArray &document, const ClientConfigLimits &limits = {})
{
    Result<ClientConfig> config = parseClientConfig(document, limits);
    REQUIRE_FALSE(config.ok());
    return config.error().message;
}

QByteArray withImap(const QByteArray &serverBody)
{
    return "<clientConfig version=\"1.1\"><emailProvider id=\"x\"><incomingServer type=\"imap\">" +
           serverBody + "</incomingServer></emailProvider></clientConfig>";
}

} // namespace

TEST_CASE("A real-shaped autoconfig document is read", "[discovery]")
{
    Result<ClientConfig> config = parseClientConfig(RealShaped);
    REQUIRE(config.ok());
    CHECK(config->providerId == u"example.org"_s);
    CHECK(config->domains == QStringList{u"example.org"_s, u"example.net"_s});
    CHECK(config->displayName == u"Example Mail"_s);
    CHECK(config->shortName == u"Example"_s);
    REQUIRE(config->incoming.size() == 2); // the Exchange server is left out
    const ConfigServer &imap = config->incoming.at(0);
    CHECK(imap.type == ServerType::Imap);
    CHECK(imap.hostname == u"imap.example.org"_s);
    CHECK(imap.port == 993);
    CHECK(imap.tls == lb::net::TlsMode::Implicit);
    CHECK(imap.usernameTemplate == u"%EMAILLOCALPART%"_s);
    CHECK(imap.authentication == QStringList{u"OAuth2"_s, u"password-cleartext"_s});
    const ConfigServer &pop = config->incoming.at(1);
    CHECK(pop.type == ServerType::Pop3);
    CHECK(pop.tls == lb::net::TlsMode::StartTls);
    REQUIRE(config->outgoing.size() == 1);
    CHECK(config->outgoing.front().type == ServerType::Smtp);
    CHECK(config->outgoing.front().port == 587);
}

TEST_CASE("Username placeholders expand for the address", "[discovery]")
{
    CHECK(expandUsername(u"%EMAILADDRESS%"_s, u"ann@example.org"_s) == u"ann@example.org"_s);
    CHECK(expandUsername(u"%EMAILLOCALPART%"_s, u"ann@example.org"_s) == u"ann"_s);
    CHECK(expandUsername(u"%EMAILLOCALPART%+mail@%EMAILDOMAIN%"_s, u"ann@example.org"_s) ==
          u"ann+mail@example.org"_s);
    CHECK(expandUsername(QString(), u"ann@example.org"_s) == u"ann@example.org"_s);
}

TEST_CASE("Malformed and hostile autoconfig documents are refused with a position", "[discovery]")
{
    SECTION("not XML at all")
    {
        CHECK(errorOf("HTTP/1.1 404 Not Found").contains(u"line 1"_s));
    }
    SECTION("truncated")
    {
        CHECK_FALSE(errorOf(RealShaped.left(RealShaped.size() / 2)).isEmpty());
    }
    SECTION("empty")
    {
        CHECK(errorOf("").contains(u"empty"_s));
    }
    SECTION("wrong root")
    {
        CHECK(errorOf("<html><body>hi</body></html>").contains(u"<html>"_s));
    }
    SECTION("a port that is not a number")
    {
        const QString e = errorOf(withImap("<hostname>h.example</hostname><port>imap</port>"));
        CHECK(e.contains(u"port \"imap\""_s));
        CHECK(e.contains(u"line 1, column"_s));
    }
    SECTION("a port out of range")
    {
        CHECK(errorOf(withImap("<hostname>h.example</hostname><port>70000</port>"))
                  .contains(u"70000"_s));
        CHECK(errorOf(withImap("<hostname>h.example</hostname><port>-1</port>")).contains(u"-1"_s));
    }
    SECTION("an unknown socket type")
    {
        CHECK(errorOf(withImap("<hostname>h.example</hostname><port>1</port>"
                               "<socketType>maybe</socketType>"))
                  .contains(u"maybe"_s));
    }
    SECTION("a host name with spaces or markup")
    {
        CHECK(errorOf(withImap("<hostname>evil host</hostname><port>1</port>"))
                  .contains(u"not a host name"_s));
    }
    SECTION("a server without host or port")
    {
        CHECK(errorOf(withImap("<port>993</port>")).contains(u"without a host name"_s));
        CHECK(errorOf(withImap("<hostname>h.example</hostname>")).contains(u"without a port"_s));
    }
    SECTION("an element where text belongs")
    {
        CHECK(errorOf(withImap("<hostname><b>h</b></hostname><port>1</port>")).contains(u"<b>"_s));
    }
    SECTION("no incoming server")
    {
        CHECK(errorOf("<clientConfig><emailProvider id=\"x\"/></clientConfig>")
                  .contains(u"no IMAP or POP3 server"_s));
        CHECK(errorOf("<clientConfig/>").contains(u"no <emailProvider>"_s));
    }
    SECTION("a DTD with an entity expansion bomb")
    {
        const QByteArray bomb = R"(<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<clientConfig><emailProvider id="x"><displayName>&lol2;</displayName></emailProvider></clientConfig>)";
        CHECK(errorOf(bomb).contains(u"document type declaration"_s));
    }
    SECTION("an external entity")
    {
        CHECK_FALSE(errorOf("<clientConfig><emailProvider id=\"x\"><displayName>&xxe;"
                            "</displayName></emailProvider></clientConfig>")
                        .isEmpty());
    }
    SECTION("huge")
    {
        QByteArray huge = "<clientConfig><emailProvider id=\"x\"><displayName>";
        huge += QByteArray(300 * 1024, 'a');
        huge += "</displayName></emailProvider></clientConfig>";
        CHECK(errorOf(huge).contains(u"limit"_s));
    }
    SECTION("a long text under the size limit")
    {
        QByteArray longText = withImap("<hostname>" + QByteArray(5000, 'a') + "</hostname>");
        CHECK(errorOf(longText).contains(u"longer than"_s));
    }
    SECTION("deep nesting")
    {
        QByteArray deep = "<clientConfig><emailProvider id=\"x\">";
        for (int i = 0; i < 40; ++i)
            deep += "<a>";
        CHECK(errorOf(deep).contains(u"deeper"_s));
    }
    SECTION("too many elements")
    {
        QByteArray many = "<clientConfig><emailProvider id=\"x\">";
        for (int i = 0; i < 100; ++i)
            many += "<x/>";
        many += "</emailProvider></clientConfig>";
        ClientConfigLimits limits;
        limits.maxElements = 50;
        CHECK(errorOf(many, limits).contains(u"more than 50 elements"_s));
    }
    SECTION("a second root element")
    {
        CHECK_FALSE(
            errorOf(withImap("<hostname>h.example</hostname><port>1</port>") + "<clientConfig/>")
                .isEmpty());
    }
}

TEST_CASE("Every prefix and split of a document is refused or read, never crashes", "[discovery]")
{
    int accepted = 0;
    for (qsizetype n = 0; n <= RealShaped.size(); n += 7) {
        Result<ClientConfig> config = parseClientConfig(RealShaped.left(n));
        accepted += config.ok() ? 1 : 0;
    }
    // Only (nearly) the whole document holds a complete clientConfig.
    CHECK(accepted <= 2);
}
