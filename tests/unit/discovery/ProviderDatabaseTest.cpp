// SPDX-License-Identifier: GPL-3.0-or-later
#include "QtCatch.h"

#include "accounts/discovery/ProviderDatabase.h"

#include <QDir>

using namespace Qt::Literals::StringLiterals;
using namespace lb::accounts::discovery;

TEST_CASE("Every provider document shipped parses", "[discovery]")
{
    QStringList errors;
    const ProviderDatabase db = ProviderDatabase::fromDirectory(u":/providers"_s, &errors);
    CHECK(errors.isEmpty());
    CHECK(db.providerCount() >= 12);
    for (const ClientConfig &config : db.providers()) {
        INFO(config.providerId.toStdString());
        CHECK_FALSE(config.domains.isEmpty());
        CHECK_FALSE(config.incoming.isEmpty());
        CHECK_FALSE(config.outgoing.isEmpty());
        for (const ConfigServer &server : config.incoming + config.outgoing)
            CHECK(server.tls != lb::net::TlsMode::None);
    }
    // The sources in the tree and the compiled-in copies are the same set.
    const QDir source(QStringLiteral(LETTERBOX_SOURCE_DIR "/resources/providers"));
    CHECK(source.entryList({u"*.xml"_s}, QDir::Files).size() == db.providerCount());
}

TEST_CASE("The provider database answers for the major providers' domains", "[discovery]")
{
    const ProviderDatabase &db = ProviderDatabase::builtIn();
    struct Row
    {
        QString domain;
        QString imapHost;
        QString smtpHost;
    };
    const Row rows[] = {
        {u"gmail.com"_s, u"imap.gmail.com"_s, u"smtp.gmail.com"_s},
        {u"GoogleMail.com"_s, u"imap.gmail.com"_s, u"smtp.gmail.com"_s},
        {u"hotmail.com"_s, u"outlook.office365.com"_s, u"smtp-mail.outlook.com"_s},
        {u"outlook.com"_s, u"outlook.office365.com"_s, u"smtp-mail.outlook.com"_s},
        {u"yahoo.com"_s, u"imap.mail.yahoo.com"_s, u"smtp.mail.yahoo.com"_s},
        {u"icloud.com"_s, u"imap.mail.me.com"_s, u"smtp.mail.me.com"_s},
        {u"gmx.de"_s, u"imap.gmx.net"_s, u"mail.gmx.net"_s},
        {u"web.de"_s, u"imap.web.de"_s, u"smtp.web.de"_s},
        {u"fastmail.com"_s, u"imap.fastmail.com"_s, u"smtp.fastmail.com"_s},
        {u"mailbox.org"_s, u"imap.mailbox.org"_s, u"smtp.mailbox.org"_s},
        {u"posteo.de"_s, u"posteo.de"_s, u"posteo.de"_s},
        {u"t-online.de"_s, u"secureimap.t-online.de"_s, u"securesmtp.t-online.de"_s},
        {u"zoho.com"_s, u"imap.zoho.com"_s, u"smtp.zoho.com"_s},
        {u"aol.com"_s, u"imap.aol.com"_s, u"smtp.aol.com"_s},
    };
    for (const Row &row : rows) {
        INFO(row.domain.toStdString());
        const std::optional<ClientConfig> config = db.lookup(row.domain);
        REQUIRE(config.has_value());
        REQUIRE_FALSE(config->incomingOf(ServerType::Imap).isEmpty());
        CHECK(config->incomingOf(ServerType::Imap).front().hostname == row.imapHost);
        CHECK(config->incomingOf(ServerType::Imap).front().port == 993);
        CHECK(config->outgoing.front().hostname == row.smtpHost);
    }
    CHECK_FALSE(db.lookup(u"example.invalid"_s).has_value());
    // iCloud signs in to IMAP with the local part, to SMTP with the whole address.
    const std::optional<ClientConfig> icloud = db.lookup(u"me.com"_s);
    REQUIRE(icloud.has_value());
    CHECK(expandUsername(icloud->incoming.front().usernameTemplate, u"emily@me.com"_s) ==
          u"emily"_s);
    CHECK(expandUsername(icloud->outgoing.front().usernameTemplate, u"emily@me.com"_s) ==
          u"emily@me.com"_s);
}
