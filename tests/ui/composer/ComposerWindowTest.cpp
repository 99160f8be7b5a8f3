// SPDX-License-Identifier: GPL-3.0-or-later
#include "QtCatch.h"

#include "ComposerFixture.h"
#include "composer/AddressField.h"
#include "composer/AttachmentList.h"
#include "composer/ComposerEditor.h"
#include "composer/ComposerWindow.h"
#include "message/AttachmentPane.h"
#include "mime/MessageParser.h"
#include "mime/TextExtraction.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;
using lb::test::ComposerFixture;
using lb::ui::ComposeMode;
using lb::ui::ComposerWindow;

namespace {

lb::mime::Message sentMessage(ComposerFixture &f)
{
    const auto entries = f.outbox();
    REQUIRE(entries.size() == 1);
    return lb::mime::parseMessage(f.outboxBytes(entries.front()));
}

} // namespace

TEST_CASE("A new message goes to the Outbox with identity and signature", "[ui]")
{
    ComposerFixture f;
    ComposerWindow window(*f.store, f.accounts, f.noDrafts);
    window.show();
    QSignalSpy queued(&window, &ComposerWindow::messageQueued);
    window.toField()->setText(u"\"Doe, Jane\" <jane@example.com>; kim@example.com"_s);
    window.bccField()->setText(u"hidden@example.com"_s);
    window.subjectField()->setText(u"Lunch"_s);
    window.editor()->setPlainText(u"Noon at the usual place?"_s);
    CHECK(window.isModified());
    CHECK(window.windowTitle() == u"Write: Lunch"_s);

    window.sendAction()->trigger();
    REQUIRE(queued.size() == 1);
    CHECK_FALSE(window.isVisible());
    const auto entries = f.outbox();
    REQUIRE(entries.size() == 1);
    CHECK(entries.front().account == f.accounts.front().id);
    QStringList recipients;
    for (const auto &r : entries.front().recipients)
        recipients << r.address;
    CHECK(recipients ==
          QStringList{u"jane@example.com"_s, u"kim@example.com"_s, u"hidden@example.com"_s});
    const auto message = sentMessage(f);
    REQUIRE(message.from.size() == 1);
    CHECK(message.from.front().address == u"me@example.org"_s);
    CHECK(message.from.front().name == u"Me Myself"_s);
    CHECK(message.to.size() == 2);
    CHECK(message.to.front().name == u"Doe, Jane"_s);
    CHECK(message.bcc.empty());
    CHECK(message.subject == u"Lunch"_s);
    const QByteArray raw = f.outboxBytes(f.outbox().front());
    CHECK(raw.contains("Noon at the usual place?\r\n-- \r\nMe\r\nexample.org"));
    CHECK_FALSE(raw.contains("hidden@example.com"));
}

TEST_CASE("Wrong or missing recipients stop the send and are named", "[ui]")
{
    ComposerFixture f;
    ComposerWindow window(*f.store, f.accounts, f.noDrafts);
    QStringList warnings;
    window.setWarning([&](const QString &text) { warnings << text; });
    window.subjectField()->setText(u"Hi"_s);
    CHECK_FALSE(window.send());
    CHECK(warnings.last().contains(u"at least one recipient"_s));

    window.toField()->setText(u"ok@example.com, bob@, \"Eve\" <eve example.com>"_s);
    CHECK_FALSE(window.send());
    CHECK(warnings.last().contains(u"bob@"_s));
    CHECK_FALSE(window.toField()->toolTip().isEmpty());
    CHECK(f.outbox().empty());
}

TEST_CASE("Reply, reply to all and forwards start from the stored message", "[ui]")
{
    ComposerFixture f;
    ComposerWindow window(*f.store, f.accounts, f.noDrafts);

    REQUIRE(window.startFrom(f.original, ComposeMode::Reply).ok());
    CHECK(window.toField()->text() == u"Ann Example <ann@example.com>"_s);
    CHECK(window.ccField()->text().isEmpty());
    CHECK(window.subjectField()->text() == u"Re: Quarterly numbers"_s);
    CHECK(window.editor()->toPlainText().contains(u"> the numbers are in the sheet."_s));
    CHECK(window.fromBox()->currentIndex() == 0);
    CHECK_FALSE(window.isModified());

    REQUIRE(window.startFrom(f.original, ComposeMode::ReplyAll).ok());
    CHECK(window.toField()->text() == u"Ann Example <ann@example.com>, Bob <bob@example.net>"_s);
    CHECK(window.ccField()->text() == u"Carol <carol@example.net>"_s);
    CHECK(window.grab().save(lb::test::screenshotPath(u"composer-reply-all.png"_s)));

    REQUIRE(window.startFrom(f.original, ComposeMode::ForwardInline).ok());
    CHECK(window.subjectField()->text() == u"Fwd: Quarterly numbers"_s);
    CHECK(window.toField()->text().isEmpty());
    CHECK(window.editor()->toPlainText().contains(u"Forwarded Message"_s));
    REQUIRE(window.attachmentList()->attachments().size() == 1);
    CHECK(window.attachmentList()->attachments().front().filename == u"q3.csv"_s);

    REQUIRE(window.startFrom(f.original, ComposeMode::ForwardAsAttachment).ok());
    REQUIRE(window.attachmentList()->attachments().size() == 1);
    CHECK(window.attachmentList()->attachments().front().mimeType == "message/rfc822");

    // The reply keeps the thread when it is sent.
    REQUIRE(window.startFrom(f.original, ComposeMode::Reply).ok());
    window.editor()->textCursor().insertText(u"Thanks!\n"_s);
    window.show();
    REQUIRE(window.send());
    const auto sent = sentMessage(f);
    CHECK(sent.inReplyTo == "<q3@example.com>");
    CHECK(sent.references == QList<QByteArray>{"<q3@example.com>"});
}

TEST_CASE("Files are attached by button or drop, listed with sizes and removable", "[ui]")
{
    ComposerFixture f;
    ComposerWindow window(*f.store, f.accounts, f.noDrafts);
    window.show();
    window.attachFiles({f.writeFile(u"notes.txt"_s, QByteArray(2048, 'n'))});
    window.editor()->setPlainText(u"Body"_s);
    // Pasting or dropping a file on the text attaches it instead of typing its name.
    auto *pasted = new QMimeData;
    pasted->setUrls({QUrl::fromLocalFile(f.writeFile(u"photo.png"_s, "png-bytes"))});
    QGuiApplication::clipboard()->setMimeData(pasted);
    window.editor()->paste();
    CHECK(window.editor()->toPlainText() == u"Body"_s);
    // Dropping on the window attaches too.
    QMimeData dropped;
    dropped.setUrls({QUrl::fromLocalFile(f.writeFile(u"sheet.csv"_s, "a,b\n"))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &dropped, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &dropped, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);

    QTreeWidget *list = window.attachmentList()->list();
    REQUIRE(list->topLevelItemCount() == 3);
    CHECK(list->topLevelItem(2)->text(0) == u"sheet.csv"_s);
    CHECK(list->topLevelItem(0)->text(0) == u"notes.txt"_s);
    CHECK(list->topLevelItem(0)->text(1) == lb::ui::formatSize(2048));
    CHECK(list->topLevelItem(1)->text(0) == u"photo.png"_s);
    CHECK(window.attachmentList()->attachments()[1].mimeType == "image/png");

    QStringList warnings;
    window.setWarning([&](const QString &text) { warnings << text; });
    window.attachFiles({f.dir.filePath(u"missing.bin"_s)});
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.front().contains(u"missing.bin"_s));

    CHECK(window.grab().save(lb::test::screenshotPath(u"composer-attachments.png"_s)));
    window.attachmentList()->removeAt(2);
    window.attachmentList()->removeAt(0);
    REQUIRE(window.attachmentList()->attachments().size() == 1);
    window.toField()->setText(u"kim@example.com"_s);
    window.subjectField()->setText(u"Photo"_s);
    REQUIRE(window.send());
    const QByteArray raw = f.outboxBytes(f.outbox().front());
    CHECK(raw.contains("photo.png"));
    CHECK_FALSE(raw.contains("notes.txt"));
}

TEST_CASE("Mentioning an attachment without one asks before sending", "[ui]")
{
    ComposerFixture f;
    ComposerWindow window(*f.store, f.accounts, f.noDrafts);
    QStringList asked;
    bool answer = false;
    window.setQuestion([&](const QString &text) {
        asked << text;
        return answer;
    });
    window.toField()->setText(u"kim@example.com"_s);
    window.subjectField()->setText(u"Report"_s);
    window.editor()->setPlainText(u"Please find the report attached.\n> attachment in a quote"_s);
    CHECK_FALSE(window.send());
    REQUIRE(asked.size() == 1);
    CHECK(asked.front().contains(u"mentions an attachment"_s));
    CHECK(f.outbox().empty());
    answer = true;
    CHECK(window.send());
    CHECK(f.outbox().size() == 1);
}

TEST_CASE("Rich text sends an HTML alternative beside the plain text", "[ui]")
{
    ComposerFixture f;
    ComposerWindow window(*f.store, f.accounts, f.noDrafts);
    window.richTextAction()->setChecked(true);
    CHECK(window.editor()->isRichText());
    window.editor()->setHtml(u"<p>This is <b>important</b>.</p>"_s);
    window.toField()->setText(u"kim@example.com"_s);
    window.subjectField()->setText(u"Formatted"_s);
    REQUIRE(window.send());
    const QByteArray raw = f.outboxBytes(f.outbox().front());
    CHECK(raw.contains("multipart/alternative"));
    CHECK(raw.contains("text/html"));
    CHECK(raw.contains("This is important."));
    const auto parsed = lb::mime::parseMessage(raw);
    const auto html = lb::mime::firstHtmlPart(parsed);
    REQUIRE(html.has_value());
    CHECK(lb::mime::partText(*html->part).contains(u"font-weight"_s));
    const auto plain = lb::mime::firstPlainTextPart(parsed);
    REQUIRE(plain.has_value());
    CHECK(lb::mime::partText(*plain->part).startsWith(u"This is important."_s));
}

TEST_CASE("The composer's shortcuts follow the usual ones and work from the text", "[ui]")
{
    ComposerFixture f;
    ComposerWindow window(*f.store, f.accounts, f.drafts);
    CHECK(window.sendAction()->shortcuts().contains(QKeySequence(u"Ctrl+Return"_s)));
    CHECK(window.saveAction()->shortcut() == QKeySequence(u"Ctrl+S"_s));
    CHECK(window.attachAction()->shortcut() == QKeySequence(u"Ctrl+Shift+A"_s));

    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    window.toField()->setText(u"kim@example.com"_s);
    window.subjectField()->setText(u"Keys"_s);
    window.editor()->setFocus();
    QTest::keyClicks(window.editor(), u"typed"_s);
    QTest::keyClick(window.editor(), Qt::Key_S, Qt::ControlModifier);
    REQUIRE(f.drafts.saves.size() == 1);
    CHECK(f.drafts.saves[0].raw.contains("typed"));
    QTest::keyClick(window.editor(), Qt::Key_Return, Qt::ControlModifier);
    CHECK(f.outbox().size() == 1);
    CHECK_FALSE(window.isVisible());
}
