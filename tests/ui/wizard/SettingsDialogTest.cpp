// SPDX-License-Identifier: GPL-3.0-or-later
#include "QtCatch.h"

#include "WizardDriver.h"

#include "settings/AccountSettingsDialog.h"
#include "settings/ProtocolOptionsForms.h"
#include "settings/ServerSettingsForm.h"

#include <QLabel>
#include <QLineEdit>

using namespace Qt::Literals::StringLiterals;
using lb::ui::AccountSettingsDialog;

namespace {

lb::accounts::AccountSettings popAccount()
{
    lb::accounts::AccountSettings s;
    s.name = u"Home"_s;
    s.email = u"ann@example.org"_s;
    s.protocol = lb::accounts::Protocol::Pop3;
    s.incoming.host = u"pop.example.org"_s;
    s.incoming.port = 995;
    s.incoming.user = u"ann"_s;
    s.incoming.trust.pinnedSha256 = u"ab"_s.repeated(32);
    s.pop3.deleteAfterDays = 30;
    s.pop3.maxMessageSizeKb = 2048; // not shown: kept as it was
    lb::accounts::ServerSettings smtp;
    smtp.host = u"smtp.example.org"_s;
    smtp.port = 587;
    smtp.tls = lb::net::TlsMode::StartTls;
    smtp.user = u"ann"_s;
    s.smtp = smtp;
    return s;
}

} // namespace

TEST_CASE("The settings dialog edits an account's servers and POP3 options", "[settings]")
{
    AccountSettingsDialog dialog(lb::AccountId(7), popAccount());
    dialog.show();
    lb::test::screenshot(&dialog, u"settings-dialog"_s);
    // Untouched, the dialog gives back what it was given.
    const lb::accounts::AccountSettings same = dialog.settings();
    CHECK(same.incoming.host == u"pop.example.org"_s);
    CHECK(same.pop3.deleteAfterDays == 30);
    CHECK(same.pop3.maxMessageSizeKb == 2048);
    CHECK(same.incoming.trust.pinnedSha256 == u"ab"_s.repeated(32));
    REQUIRE(same.smtp.has_value());
    CHECK(same.smtp->tls == lb::net::TlsMode::StartTls);

    lb::accounts::ServerSettings incoming = same.incoming;
    incoming.host = u"mail.example.org"_s;
    dialog.incomingForm()->setSettings(incoming);
    lb::accounts::Pop3Options options;
    options.leaveOnServer = false;
    dialog.pop3Options()->setOptions(options);
    std::optional<lb::accounts::AccountSettings> accepted;
    QObject::connect(&dialog, &AccountSettingsDialog::settingsAccepted,
                     [&](lb::AccountId id, const lb::accounts::AccountSettings &s) {
                         CHECK(id == lb::AccountId(7));
                         accepted = s;
                     });
    dialog.accept();
    REQUIRE(accepted.has_value());
    CHECK(accepted->incoming.host == u"mail.example.org"_s);
    CHECK_FALSE(accepted->pop3.leaveOnServer);
    CHECK_FALSE(accepted->pop3.deleteAfterDays.has_value());
    CHECK(dialog.result() == QDialog::Accepted);
}

TEST_CASE("The settings dialog refuses settings that cannot work", "[settings]")
{
    AccountSettingsDialog dialog(lb::AccountId(7), popAccount());
    dialog.show();
    dialog.nameEdit()->clear();
    bool accepted = false;
    QObject::connect(&dialog, &AccountSettingsDialog::settingsAccepted, [&] { accepted = true; });
    dialog.accept();
    CHECK_FALSE(accepted);
    CHECK(dialog.errorLabel()->isVisible());
    CHECK(dialog.errorLabel()->text().contains(u"name"_s));
}
