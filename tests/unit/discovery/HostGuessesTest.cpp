// SPDX-License-Identifier: GPL-3.0-or-later
#include "QtCatch.h"

#include "accounts/discovery/HostGuesses.h"
#include "accounts/discovery/SrvResolver.h"

using namespace Qt::Literals::StringLiterals;
using namespace lb::accounts::discovery;

TEST_CASE("Autoconfig URLs follow the published locations", "[discovery]")
{
    const QList<QUrl> urls = autoconfigUrls(u"Ann.Lee+x@Example.ORG"_s);
    REQUIRE(urls.size() == 2);
    CHECK(
        urls[0].toString(QUrl::FullyEncoded) ==
        u"https://autoconfig.example.org/mail/config-v1.1.xml?emailaddress=Ann.Lee%2Bx%40Example.ORG"_s);
    CHECK(urls[1].toString() ==
          u"https://example.org/.well-known/autoconfig/mail/config-v1.1.xml"_s);
    CHECK(autoconfigUrls(u"no-domain"_s).isEmpty());
}

TEST_CASE("Guessed hosts try implicit TLS before STARTTLS, host by host", "[discovery]")
{
    const QList<Candidate> imap = guessCandidates(GuessPlan{}, ServerType::Imap, u"example.org"_s);
    REQUIRE(imap.size() == 6);
    CHECK(imap[0].host == u"imap.example.org"_s);
    CHECK(imap[0].port.port == 993);
    CHECK(imap[0].port.tls == lb::net::TlsMode::Implicit);
    CHECK(imap[1].host == u"imap.example.org"_s);
    CHECK(imap[1].port.port == 143);
    CHECK(imap[1].port.tls == lb::net::TlsMode::StartTls);
    CHECK(imap[2].host == u"mail.example.org"_s);
    CHECK(imap[4].host == u"example.org"_s);
    const QList<Candidate> pop = guessCandidates(GuessPlan{}, ServerType::Pop3, u"example.org"_s);
    CHECK(pop.front().host == u"pop.example.org"_s);
    CHECK(pop.at(2).host == u"pop3.example.org"_s);
    const QList<Candidate> smtp = guessCandidates(GuessPlan{}, ServerType::Smtp, u"example.org"_s);
    CHECK(smtp.front().port.port == 465);
    CHECK(smtp.at(1).port.port == 587);
    for (const Candidate &c : imap + pop + smtp)
        CHECK(c.port.tls != lb::net::TlsMode::None);
}

TEST_CASE("SRV records are ordered by priority, then weight", "[discovery]")
{
    const QList<SrvRecord> ordered = orderSrvRecords({
        {u"c.example.org."_s, 993, 20, 0},
        {u"a.example.org."_s, 993, 10, 5},
        {u"b.example.org"_s, 993, 10, 60},
        {u"."_s, 0, 0, 0},
    });
    REQUIRE(ordered.size() == 3);
    CHECK(ordered[0].target == u"b.example.org"_s);
    CHECK(ordered[1].target == u"a.example.org"_s);
    CHECK(ordered[2].target == u"c.example.org"_s);
    CHECK(orderSrvRecords({{u"."_s, 0, 0, 0}}).isEmpty());
}

TEST_CASE("SRV names cover RFC 6186 and RFC 8314 services", "[discovery]")
{
    CHECK(srvServices(ServerType::Imap).front().label == u"_imaps._tcp"_s);
    CHECK(srvServices(ServerType::Imap).back().tls == lb::net::TlsMode::StartTls);
    CHECK(srvServices(ServerType::Pop3).front().label == u"_pop3s._tcp"_s);
    CHECK(srvServices(ServerType::Smtp).front().label == u"_submissions._tcp"_s);
    CHECK(srvServices(ServerType::Smtp).back().label == u"_submission._tcp"_s);
}
