// SPDX-License-Identifier: GPL-3.0-or-later
#include "QtCatch.h"

#include "LoopbackHttpServer.h"
#include "MessageFixture.h"
#include "message/AttachmentPane.h"
#include "message/HeaderPane.h"
#include "message/MessageView.h"
#include "message/SafeTextBrowser.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QThreadPool>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;
using lb::test::MessageFixture;
using lb::ui::MessageView;

namespace {

const QByteArray kPlain = "From: =?UTF-8?Q?J=C3=BCrgen_M=C3=BCller?= <juergen@example.com>\r\n"
                          "To: Me Myself <me@example.org>, \"Bob, Jr.\" <bob@example.net>\r\n"
                          "Cc: carol@example.net\r\n"
                          "Subject: =?UTF-8?Q?Gr=C3=BC=C3=9Fe_aus_K=C3=B6ln?=\r\n"
                          "Date: Tue, 03 Nov 2026 14:05:00 +0100\r\n"
                          "Message-ID: <plain@example.com>\r\n"
                          "Content-Type: text/plain; charset=utf-8\r\n\r\n"
                          "Hello <b>not bold</b> <script>alert(1)</script>,\r\n"
                          "see https://example.com/path?a=1&b=2. Or write to info@example.com.\r\n"
                          "> a quoted line\r\n";

QByteArray withAttachments()
{
    return "From: Ann <ann@example.com>\r\nTo: me@example.org\r\nSubject: Files\r\n"
           "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=XX\r\n\r\n"
           "--XX\r\nContent-Type: text/plain\r\n\r\nTwo files.\r\n"
           "--XX\r\nContent-Type: text/csv; name=\"report.csv\"\r\n"
           "Content-Disposition: attachment; filename=\"../../report.csv\"\r\n\r\n"
           "a,b\r\n1,2\r\n"
           "--XX\r\nContent-Type: image/png\r\nContent-Disposition: attachment; "
           "filename=\"dot.png\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
           lb::test::smallPngBase64() + "\r\n--XX--\r\n";
}

} // namespace

TEST_CASE("Reader shows decoded headers and escaped plain text with links", "[ui]")
{
    MessageFixture f;
    const auto id = f.add(kPlain);
    MessageView view(*f.store);
    view.resize(700, 500);
    QList<QUrl> opened;
    view.setUrlOpener([&](const QUrl &url) {
        opened << url;
        return true;
    });
    view.showMessage(id);
    REQUIRE(view.prepared().has_value());
    CHECK(view.headerPane()->subjectText() == u"Grüße aus Köln"_s);
    CHECK(view.headerPane()->fromText() == u"Jürgen Müller <juergen@example.com>"_s);
    CHECK(view.headerPane()->toText() ==
          u"Me Myself <me@example.org>, Bob, Jr. <bob@example.net>"_s);
    CHECK(view.headerPane()->ccText() == u"carol@example.net"_s);
    CHECK_FALSE(view.headerPane()->dateText().isEmpty());

    const QString shown = view.browser()->toPlainText();
    CHECK(shown.contains(u"Hello <b>not bold</b> <script>alert(1)</script>,"_s));
    REQUIRE(view.prepared()->links.size() == 2);
    CHECK(view.activateLink(QUrl(u"lb-link:0"_s)));
    CHECK(view.activateLink(QUrl(u"lb-link:1"_s)));
    REQUIRE(opened.size() == 2);
    CHECK(opened[0] == QUrl(u"https://example.com/path?a=1&b=2"_s));
    CHECK(opened[1] == QUrl(u"mailto:info@example.com"_s));
    CHECK_FALSE(view.activateLink(QUrl(u"lb-link:7"_s)));

    // With a composer listening, mail links stay in the application.
    QSignalSpy mailto(&view, &MessageView::mailtoClicked);
    CHECK(view.activateLink(QUrl(u"lb-link:1"_s)));
    REQUIRE(mailto.size() == 1);
    CHECK(mailto.at(0).at(0).toUrl() == QUrl(u"mailto:info@example.com"_s));
    CHECK(opened.size() == 2);
    CHECK(view.grab().save(lb::test::screenshotPath(u"reader-plain.png"_s)));
}

TEST_CASE("Reader lists attachments, saves them and opens copies from a private folder", "[ui]")
{
    MessageFixture f;
    const auto id = f.add(withAttachments());
    MessageView view(*f.store);
    QList<QUrl> opened;
    view.setUrlOpener([&](const QUrl &url) {
        opened << url;
        return true;
    });
    view.showMessage(id);
    QTreeWidget *list = view.attachmentPane()->list();
    REQUIRE(list->topLevelItemCount() == 2);
    CHECK(list->topLevelItem(0)->text(0) == u"../../report.csv"_s);
    CHECK_FALSE(list->topLevelItem(0)->text(2).isEmpty());

    const QString target = f.path(u"saved.csv"_s);
    REQUIRE(view.saveAttachment(0, target).ok());
    QFile saved(target);
    REQUIRE(saved.open(QIODevice::ReadOnly));
    CHECK(saved.readAll() == "a,b\r\n1,2"); // the CRLF before the boundary belongs to it

    auto exported = view.exportAttachmentForOpening(0);
    REQUIRE(exported.ok());
    const QFileInfo info(*exported);
    CHECK(info.fileName() == u"report.csv"_s); // the path in the name went
    CHECK_FALSE(info.permissions().testFlag(QFileDevice::WriteOwner));
    emit view.attachmentPane()->openRequested(1);
    REQUIRE(opened.size() == 1);
    CHECK(opened[0].isLocalFile());
    CHECK(QFileInfo(opened[0].toLocalFile()).fileName() == u"dot.png"_s);
    CHECK_FALSE(view.saveAttachment(5, target).ok());

    // The image attachment is also shown below the text.
    view.resize(640, 420);
    CHECK(view.grab().save(lb::test::screenshotPath(u"reader-attachments.png"_s)));
    bool imageAsked = false;
    for (const QUrl &url : view.browser()->requestedResources())
        imageAsked = imageAsked || url.toString().startsWith(u"cid:lb-part-"_s);
    CHECK(imageAsked);
}

TEST_CASE("Reader says when a body is not downloaded yet", "[ui]")
{
    MessageFixture f;
    const auto id = f.addWithoutBody(u"Only headers"_s);
    MessageView view(*f.store);
    view.showMessage(id);
    CHECK_FALSE(view.prepared().has_value());
    CHECK(view.browser()->toPlainText().contains(u"not been downloaded"_s));
}

TEST_CASE("Reader parses large messages off the UI thread and keeps only the latest", "[ui]")
{
    MessageFixture f;
    QByteArray big = "From: a@example.com\r\nSubject: Big one\r\n\r\n";
    big += QByteArray(lb::ui::kBackgroundParseBytes, 'x');
    const auto bigId = f.add(big);
    const auto smallId = f.add(kPlain);
    MessageView view(*f.store);
    QSignalSpy shown(&view, &MessageView::messageShown);

    view.showMessage(bigId);
    CHECK_FALSE(view.prepared().has_value()); // still parsing
    REQUIRE(shown.wait());
    CHECK(view.prepared()->subject == u"Big one"_s);

    // A newer message wins over a slower older one.
    view.showMessage(bigId);
    view.showMessage(smallId);
    REQUIRE(view.prepared().has_value());
    CHECK(view.prepared()->id == smallId);
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    CHECK(view.prepared()->id == smallId);
}
