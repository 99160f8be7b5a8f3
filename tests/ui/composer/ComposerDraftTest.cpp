// SPDX-License-Identifier: GPL-3.0-or-later
#include "QtCatch.h"

#include "ComposerFixture.h"
#include "composer/AddressField.h"
#include "composer/ComposerEditor.h"
#include "composer/ComposerWindow.h"

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
    CHECK(f.drafts.discarded == std::vector<lb::MessageId>{lb::MessageId(1002)});
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
