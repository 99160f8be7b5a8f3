// SPDX-License-Identifier: GPL-3.0-or-later
#include "QtCatch.h"

#include "accounts/AccountRepository.h"

#include "ComposerFixture.h"
#include "composer/AddressField.h"
#include "composer/ComposerEditor.h"
#include "composer/ComposerWindow.h"
#include "composer/DraftKeeper.h"
#include "sync/actions/DraftStore.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using lb::test::ComposerFixture;
using lb::ui::ComposerWindow;

TEST_CASE("Ctrl+S saves a draft version after version and sending removes it", "[ui]")
{
    ComposerFixture f;
    ComposerWindow window(*f.store, f.accounts, f.drafts);
    window.toField()->setText(u"kim@example.com, not-yet"_s);
    window.subjectField()->setText(u"Plan"_s);
    window.editor()->setPlainText(u"First idea"_s);
    window.saveAction()->trigger();
    REQUIRE(f.drafts.saves.size() == 1);
    CHECK_FALSE(f.drafts.saves[0].previous.has_value());
    CHECK(f.drafts.saves[0].account == f.accounts.front().id);
    CHECK(f.drafts.saves[0].raw.contains("First idea"));
    CHECK(f.drafts.saves[0].raw.contains("kim@example.com"));
    CHECK_FALSE(f.drafts.saves[0].raw.contains("not-yet")); // unfinished entries left out
    CHECK_FALSE(window.isModified());
    CHECK(window.statusText().startsWith(u"Draft saved at"_s));

    window.editor()->setPlainText(u"Second idea"_s);
    REQUIRE(window.saveDraft());
    REQUIRE(f.drafts.saves.size() == 2);
    CHECK(f.drafts.saves[1].previous == lb::MessageId(1001));

    window.toField()->setText(u"kim@example.com"_s);
    REQUIRE(window.send());
    CHECK(f.drafts.sent == std::vector<lb::MessageId>{lb::MessageId(1002)});
    CHECK(f.drafts.discarded.empty());
    CHECK(f.outbox().size() == 1);
}

TEST_CASE("Drafts are saved every draftAutosaveSeconds while the text changes", "[ui]")
{
    ComposerFixture f;
    ComposerWindow window(*f.store, f.accounts, f.drafts);
    CHECK(window.autosaveTimer()->interval() == 60 * 1000);
    window.fromBox()->setCurrentIndex(1); // the account that saves every second
    CHECK(window.autosaveTimer()->interval() == 1000);
    CHECK(window.autosaveTimer()->isActive());
    window.editor()->setPlainText(u"Autosaved words"_s);
    QSignalSpy saved(&window, &ComposerWindow::draftSaved);
    REQUIRE(saved.wait());
    REQUIRE(f.drafts.saves.size() == 1);
    CHECK(f.drafts.saves[0].account == f.accounts[1].id);
    CHECK(f.drafts.saves[0].raw.contains("Autosaved words"));
    CHECK(f.drafts.saves[0].raw.contains("me@work.example"));
    // Nothing changed since: the next tick saves nothing.
    QSignalSpy ticked(window.autosaveTimer(), &QTimer::timeout);
    REQUIRE(ticked.wait());
    CHECK(f.drafts.saves.size() == 1);

    // Discarding the message throws its autosaved version away too.
    window.show();
    window.editor()->setPlainText(u"Changed my mind"_s);
    window.setCloseQuestion([](bool) { return ComposerWindow::CloseChoice::Discard; });
    CHECK(window.close());
    CHECK(f.drafts.discarded == std::vector<lb::MessageId>{lb::MessageId(1001)});
}

TEST_CASE("Without draft storage the composer says so and keeps the text", "[ui]")
{
    ComposerFixture f;
    ComposerWindow window(*f.store, f.accounts, f.noDrafts);
    window.editor()->setPlainText(u"Words"_s);
    CHECK_FALSE(window.saveDraft());
    CHECK(window.statusText().contains(u"Drafts are not kept"_s));
    CHECK(window.isModified());
}

TEST_CASE("Closing with unsaved changes asks, and Cancel keeps the window", "[ui]")
{
    ComposerFixture f;
    ComposerWindow window(*f.store, f.accounts, f.drafts);
    window.show();
    QList<bool> asked;
    ComposerWindow::CloseChoice choice = ComposerWindow::CloseChoice::Cancel;
    window.setCloseQuestion([&](bool canSave) {
        asked << canSave;
        return choice;
    });
    window.editor()->setPlainText(u"Unsent"_s);
    CHECK_FALSE(window.close());
    CHECK(window.isVisible());
    CHECK(asked == QList<bool>{true});

    choice = ComposerWindow::CloseChoice::SaveDraft;
    CHECK(window.close());
    CHECK(f.drafts.saves.size() == 1);
    CHECK(f.drafts.discarded.empty());

    // A draft the user chose to save stays when later changes are discarded.
    window.show();
    window.editor()->setPlainText(u"More"_s);
    choice = ComposerWindow::CloseChoice::Discard;
    CHECK(window.close());
    CHECK(f.drafts.discarded.empty());

    // Nothing changed: no question.
    window.show();
    const qsizetype before = asked.size();
    CHECK(window.close());
    CHECK(asked.size() == before);
}

TEST_CASE("Drafts go to the cache's Drafts folder and leave it when sent", "[ui]")
{
    ComposerFixture f;
    lb::accounts::AccountSettings settings;
    settings.name = u"Pop"_s;
    settings.protocol = lb::accounts::Protocol::Pop3;
    settings.email = u"pop@example.org"_s;
    settings.displayName = u"Pop User"_s;
    settings.incoming = {u"127.0.0.1"_s, 995, lb::net::TlsMode::Implicit, u"pop"_s, {}};
    settings.draftAutosaveSeconds = 0;
    auto added = lb::accounts::AccountRepository(*f.store).add(settings);
    REQUIRE(added.ok());
    auto stored = lb::accounts::AccountRepository(*f.store).byName(u"Pop"_s);
    REQUIRE(stored.ok());
    REQUIRE(stored->has_value());
    lb::ui::StoreDraftKeeper keeper(*f.store);
    ComposerWindow window(*f.store, {lb::ui::ComposerAccount::from(**stored)}, keeper);
    CHECK_FALSE(window.autosaveTimer()->isActive()); // 0: only on close
    window.toField()->setText(u"kim@example.com"_s);
    window.subjectField()->setText(u"Kept"_s);
    window.editor()->setPlainText(u"Half a thought"_s);
    REQUIRE(window.saveDraft());
    const lb::MessageId first = window.draftId().value();
    auto body = f.store->body(first);
    REQUIRE(body.ok());
    REQUIRE(body->has_value());
    CHECK((*body)->contains("Half a thought"));
    auto folder = lb::sync::DraftStore(*f.store).draftsFolder(*added);
    REQUIRE(folder.ok());
    CHECK(f.store->message(first)->value().folder == *folder);

    window.editor()->setPlainText(u"A whole thought"_s);
    REQUIRE(window.saveDraft());
    const lb::MessageId second = window.draftId().value();
    CHECK_FALSE(f.store->message(first)->has_value()); // the older version went

    REQUIRE(window.send());
    CHECK_FALSE(f.store->message(second)->has_value());
    auto outbox = f.store->outboxEntries(*added);
    REQUIRE(outbox.ok());
    REQUIRE(outbox->size() == 1);
    CHECK(f.store->outboxMessage(outbox->front().id)->contains("A whole thought"));
}
