// SPDX-License-Identifier: GPL-3.0-or-later
#include "QtCatch.h"

#include "WizardDriver.h"

#include "accounts/AccountRepository.h"
#include "settings/ProtocolOptionsForms.h"
#include "settings/ServerSettingsForm.h"
#include "wizard/DiscoveryPage.h"
#include "wizard/FinishPage.h"
#include "wizard/IdentityPage.h"
#include "wizard/ProtocolPage.h"
#include "wizard/ServersPage.h"
#include "wizard/VerifyPage.h"
#include "wizard/WizardState.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>

using namespace Qt::Literals::StringLiterals;
using lb::ui::AccountWizard;

namespace {

void startOrFail(lb::test::TestServers &servers)
{
    const auto started = servers.start();
    if (!started)
        FAIL(started.error().message.toStdString());
}

lb::ui::WizardServices fixtureServices(lb::test::TestServers &servers, lb::test::WizardCache &cache,
                                       bool trustTestCa, bool keyring)
{
    lb::ui::WizardServices services = lb::ui::WizardServices::standard(cache.store());
    const auto found = lb::test::fixtureDiscovery(servers, u"alice@localhost"_s);
    services.discover = [found](const QString &, const lb::ui::WizardServices::ProgressFn &progress,
                                const std::atomic<bool> *) {
        using lb::accounts::discovery::DiscoveryStep;
        progress({DiscoveryStep::ProviderDatabase, u"localhost"_s});
        progress({DiscoveryStep::Guess, u"IMAP localhost:993"_s});
        return found;
    };
    const QString ca = servers.certificates().caCertFile;
    services.verify = [ca, trustTestCa](lb::sync::verify::VerifyRequest request) {
        // As on a computer whose system store knows the test CA.
        if (trustTestCa) {
            request.settings.incoming.trust.caFile = ca;
            if (request.settings.smtp)
                request.settings.smtp->trust.caFile = ca;
        }
        return lb::sync::verify::verifyAccount(request);
    };
    services.storePassword = [keyring](const QString &, const QString &) -> lb::Result<void> {
        if (keyring)
            return lb::Ok{};
        return lb::Error{lb::ErrorScope::Account,
                         lb::Remedy::AskUser,
                         u"The Secret Service is not running."_s,
                         {}};
    };
    return services;
}

void fillIdentity(AccountWizard &wizard, const QString &password)
{
    lb::ui::IdentityPage *page = wizard.identityPage();
    CHECK_FALSE(page->isComplete());
    page->nameEdit()->setText(u"Alice Liddell"_s);
    page->emailEdit()->setText(u"alice@localhost"_s);
    page->passwordEdit()->setText(password);
    REQUIRE(page->isComplete());
}

void next(AccountWizard &wizard, int expectedPage)
{
    REQUIRE(wizard.currentPage()->isComplete());
    wizard.next();
    REQUIRE(wizard.currentId() == expectedPage);
}

} // namespace

TEST_CASE("The wizard sets up an IMAP account against Dovecot, trusting its certificate",
          "[wizard]")
{
    lb::test::TestServers servers;
    startOrFail(servers);
    lb::test::WizardCache cache;
    AccountWizard wizard(fixtureServices(servers, cache, false, false));
    QList<lb::AccountId> created;
    QObject::connect(&wizard, &AccountWizard::accountCreated,
                     [&created](lb::AccountId id) { created.append(id); });
    wizard.show();
    lb::test::screenshot(&wizard, u"wizard-1-identity"_s);
    fillIdentity(wizard, servers.user(0).password);
    next(wizard, AccountWizard::Discovery);

    REQUIRE(lb::test::waitUntil([&] { return wizard.discoveryPage()->isComplete(); }));
    REQUIRE(wizard.state().discovery.has_value());
    // The certificate is not trusted yet, so no figures: the page says the check will tell.
    CHECK_FALSE(wizard.state().figures.has_value());
    next(wizard, AccountWizard::Choice);
    CHECK(wizard.protocolPage()->imapButton()->isChecked());
    CHECK(wizard.protocolPage()->imapButton()->text().contains(u"recommended"_s));
    CHECK_FALSE(wizard.protocolPage()->conflictLabel()->isVisible());
    next(wizard, AccountWizard::Servers);
    CHECK(wizard.serversPage()->incomingForm()->settings().port == servers.dovecot().imapsPort());
    lb::test::screenshot(&wizard, u"wizard-4-servers"_s);
    next(wizard, AccountWizard::Verify);

    lb::ui::VerifyPage *verify = wizard.verifyPage();
    REQUIRE(lb::test::waitUntil([&] { return !verify->isBusy(); }));
    CHECK_FALSE(verify->isComplete());
    CHECK(verify->resultLabel()->text().contains(u"not trusted"_s));
    REQUIRE(verify->trustButton()->isVisible());
    CHECK(verify->certificateLabel()->text().contains(u"Letterbox Test CA"_s));
    CHECK(verify->certificateLabel()->text().contains(u"SHA-256"_s));
    lb::test::screenshot(&wizard, u"wizard-5-verify-certificate"_s);

    verify->trustButton()->click();
    REQUIRE(lb::test::waitUntil([&] { return !verify->isBusy(); }));
    INFO(verify->resultLabel()->text().toStdString());
    REQUIRE(verify->isComplete());
    CHECK(verify->resultLabel()->text().contains(u"Signed in"_s));
    lb::test::screenshot(&wizard, u"wizard-5-verify-ok"_s);
    next(wizard, AccountWizard::Finish);

    lb::ui::FinishPage *finish = wizard.finishPage();
    REQUIRE(lb::test::waitUntil([&] { return !finish->isBusy(); }));
    CHECK(finish->keyringFailed());
    CHECK(finish->keyringLabel()->text().contains(u"No system keyring"_s));
    REQUIRE(finish->askEachStart()->isVisible());
    finish->askEachStart()->setChecked(false);
    CHECK_FALSE(finish->isComplete()); // without a keyring, finishing means asking each start
    finish->askEachStart()->setChecked(true);
    lb::test::screenshot(&wizard, u"wizard-6-finish-no-keyring"_s);
    wizard.button(QWizard::FinishButton)->click();

    REQUIRE(created.size() == 1);
    const lb::AccountId id = created.front();
    CHECK(id.isValid());
    auto accounts = lb::accounts::AccountRepository(cache.store()).all();
    REQUIRE(accounts.ok());
    REQUIRE(accounts->size() == 1);
    const lb::accounts::AccountSettings &saved = accounts->front().settings;
    CHECK(accounts->front().id == id);
    CHECK(saved.name == u"alice@localhost"_s);
    CHECK(saved.displayName == u"Alice Liddell"_s);
    CHECK(saved.protocol == lb::accounts::Protocol::Imap);
    CHECK(saved.incoming.port == servers.dovecot().imapsPort());
    CHECK(saved.incoming.trust.pinnedSha256 == servers.certificates().serverSha256);
    REQUIRE(saved.smtp.has_value());
    CHECK(saved.smtp->tls == lb::net::TlsMode::StartTls);
}

TEST_CASE("The wizard explains POP3 with the real figures and warns about mixing protocols",
          "[wizard]")
{
    lb::test::TestServers servers;
    startOrFail(servers);
    for (int i = 0; i < 3; ++i) {
        const QByteArray message = "From: bob@example.org\r\nSubject: hello " +
                                   QByteArray::number(i) + "\r\n\r\n" + QByteArray(2000, 'x') +
                                   "\r\n";
        REQUIRE(servers.dovecot().deliver(servers.user(0).name, u"INBOX"_s, message).ok());
    }
    lb::test::WizardCache cache;
    // The same mailbox is already set up with IMAP.
    lb::accounts::AccountSettings existing;
    existing.name = u"Work mail"_s;
    existing.email = u"alice@localhost"_s;
    existing.protocol = lb::accounts::Protocol::Imap;
    existing.incoming.host = u"localhost"_s;
    existing.incoming.port = 993;
    existing.incoming.user = servers.user(0).name;
    REQUIRE(lb::accounts::AccountRepository(cache.store()).add(existing).ok());

    AccountWizard wizard(fixtureServices(servers, cache, true, true));
    QList<lb::AccountId> created;
    QObject::connect(&wizard, &AccountWizard::accountCreated,
                     [&created](lb::AccountId id) { created.append(id); });
    wizard.show();
    fillIdentity(wizard, servers.user(0).password);
    next(wizard, AccountWizard::Discovery);
    REQUIRE(lb::test::waitUntil([&] { return wizard.discoveryPage()->isComplete(); }));
    lb::test::screenshot(&wizard, u"wizard-2-discovery"_s);
    REQUIRE(wizard.state().figures.has_value());
    CHECK(wizard.state().figures->messages == 3u);
    next(wizard, AccountWizard::Choice);

    lb::ui::ProtocolPage *choice = wizard.protocolPage();
    CHECK(choice->figuresLabel()->text().contains(u"3 messages"_s));
    CHECK(choice->figuresLabel()->text().contains(u"recommend IMAP"_s));
    CHECK_FALSE(choice->conflictLabel()->isVisible()); // IMAP beside IMAP is fine
    lb::test::screenshot(&wizard, u"wizard-3-choice-imap"_s);
    choice->pop3Button()->click();
    CHECK(choice->conflictLabel()->isVisible());
    CHECK(choice->conflictLabel()->text().contains(u"Work mail"_s));
    CHECK(choice->pop3Options()->isEnabled());
    CHECK_FALSE(choice->imapOptions()->isEnabled());
    auto *deleteAfter = choice->pop3Options()->findChild<QCheckBox *>();
    REQUIRE(deleteAfter != nullptr);
    lb::accounts::Pop3Options options;
    options.deleteAfterDays = 7;
    choice->pop3Options()->setOptions(options);
    lb::test::screenshot(&wizard, u"wizard-3-choice-pop3-conflict"_s);
    next(wizard, AccountWizard::Servers);
    CHECK(wizard.serversPage()->incomingForm()->settings().port == servers.dovecot().pop3sPort());
    next(wizard, AccountWizard::Verify);
    REQUIRE(lb::test::waitUntil([&] { return !wizard.verifyPage()->isBusy(); }));
    INFO(wizard.verifyPage()->resultLabel()->text().toStdString());
    REQUIRE(wizard.verifyPage()->isComplete());
    next(wizard, AccountWizard::Finish);
    REQUIRE(lb::test::waitUntil([&] { return !wizard.finishPage()->isBusy(); }));
    CHECK_FALSE(wizard.finishPage()->keyringFailed());
    CHECK(wizard.finishPage()->keyringLabel()->text().contains(u"saved"_s));
    lb::test::screenshot(&wizard, u"wizard-6-finish"_s);
    wizard.button(QWizard::FinishButton)->click();
    REQUIRE(created.size() == 1);

    auto saved = lb::accounts::AccountRepository(cache.store()).byName(u"alice@localhost"_s);
    REQUIRE(saved.ok());
    REQUIRE(saved->has_value());
    const lb::accounts::AccountSettings &s = (*saved)->settings;
    CHECK(s.protocol == lb::accounts::Protocol::Pop3);
    CHECK(s.pop3.leaveOnServer);
    CHECK(s.pop3.deleteAfterDays == 7);
    CHECK(s.incoming.port == servers.dovecot().pop3sPort());
}

TEST_CASE("Cancelling after the password was stored takes it out of the keyring", "[wizard]")
{
    lb::test::TestServers servers;
    startOrFail(servers);
    lb::test::WizardCache cache;
    lb::ui::WizardServices services = fixtureServices(servers, cache, true, true);
    // Runs on a worker thread: it only records, the test thread checks.
    auto removed = std::make_shared<std::atomic<bool>>(false);
    auto removedName = std::make_shared<QString>();
    services.removePassword = [removed, removedName](const QString &account) -> lb::Result<void> {
        *removedName = account;
        removed->store(true);
        return lb::Ok{};
    };
    AccountWizard wizard(services);
    wizard.show();
    fillIdentity(wizard, servers.user(0).password);
    next(wizard, AccountWizard::Discovery);
    REQUIRE(lb::test::waitUntil([&] { return wizard.discoveryPage()->isComplete(); }));
    next(wizard, AccountWizard::Choice);
    next(wizard, AccountWizard::Servers);
    next(wizard, AccountWizard::Verify);
    REQUIRE(lb::test::waitUntil([&] { return wizard.verifyPage()->isComplete(); }));
    next(wizard, AccountWizard::Finish);
    REQUIRE(lb::test::waitUntil([&] { return !wizard.finishPage()->isBusy(); }));
    wizard.reject();
    REQUIRE(lb::test::waitUntil([&] { return removed->load(); }));
    CHECK(*removedName == u"alice@localhost"_s);
    CHECK_FALSE(wizard.createdAccount().has_value());
    CHECK(lb::accounts::AccountRepository(cache.store()).all()->empty());
}

TEST_CASE("A wrong password and missing settings are said plainly", "[wizard]")
{
    lb::test::TestServers servers;
    startOrFail(servers);
    lb::test::WizardCache cache;
    lb::ui::WizardServices services = fixtureServices(servers, cache, true, true);
    services.discover = [](const QString &email, const lb::ui::WizardServices::ProgressFn &,
                           const std::atomic<bool> *) {
        lb::accounts::discovery::DiscoveryResult nothing;
        nothing.email = email;
        nothing.domain = u"localhost"_s;
        return nothing;
    };
    AccountWizard wizard(services);
    wizard.show();
    fillIdentity(wizard, u"not-the-password"_s);
    next(wizard, AccountWizard::Discovery);
    REQUIRE(lb::test::waitUntil([&] { return wizard.discoveryPage()->isComplete(); }));
    next(wizard, AccountWizard::Choice);
    next(wizard, AccountWizard::Servers);
    // Nothing found: the host is empty and the page says what is missing.
    wizard.next();
    CHECK(wizard.currentId() == AccountWizard::Servers);
    lb::test::screenshot(&wizard, u"wizard-4-servers-missing"_s);
    lb::accounts::ServerSettings incoming;
    incoming.host = u"localhost"_s;
    incoming.port = servers.dovecot().imapsPort();
    incoming.tls = lb::net::TlsMode::Implicit;
    incoming.user = servers.user(0).name;
    wizard.serversPage()->incomingForm()->setSettings(incoming);
    wizard.serversPage()->findChild<QCheckBox *>()->setChecked(false); // no SMTP
    next(wizard, AccountWizard::Verify);
    REQUIRE(lb::test::waitUntil([&] { return !wizard.verifyPage()->isBusy(); }));
    CHECK_FALSE(wizard.verifyPage()->isComplete());
    CHECK(wizard.verifyPage()->resultLabel()->text().contains(
        u"refused the user name or password"_s));
    CHECK_FALSE(wizard.verifyPage()->trustButton()->isVisible());
    lb::test::screenshot(&wizard, u"wizard-5-verify-password"_s);
}
