// SPDX-License-Identifier: GPL-3.0-or-later
// Rendering hostile HTML sends nothing to the network and runs nothing: a loopback HTTP
// server that every remote reference points at must see no connection until the user asks
// for remote images, and the document the browser built holds no script.
#include "QtCatch.h"

#include "../../unit/html/HostileSamples.h"
#include "LoopbackHttpServer.h"
#include "MessageFixture.h"
#include "message/MessageView.h"
#include "message/RemoteImageLoader.h"
#include "message/RemoteImagesBar.h"
#include "message/SafeTextBrowser.h"

#include "mime/html/HtmlSanitizer.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTextDocument>

using namespace Qt::Literals::StringLiterals;
using lb::test::LoopbackHttpServer;
using lb::test::MessageFixture;
using lb::ui::MessageView;

namespace {

QByteArray hostileMessage(const LoopbackHttpServer &server, const QByteArray &from)
{
    const QByteArray u = server.url(u""_s).toLatin1();
    const QByteArray html = "<html><head><meta http-equiv=refresh content=\"0;url=" + u +
                            "/refresh\">"
                            "<base href=\"" +
                            u + "/base/\"><link rel=stylesheet href=\"" + u +
                            "/link.css\">"
                            "<style>@import url(" +
                            u + "/import.css); body { background: url(" + u +
                            "/body-bg.png) } h1 { color: #204a87 }</style>"
                            "<script>document.write('<img src=" +
                            u +
                            "/script.png>')</script></head>"
                            "<body onload=\"evil()\" background=\"" +
                            u +
                            "/body-attr.png\">"
                            "<h1>Your parcel is waiting</h1>"
                            "<p>Dear customer, <img src=\"" +
                            u +
                            "/track.gif\" width=1 height=1>"
                            "<img src=\"" +
                            u +
                            "/logo.png\" alt=Logo width=120 height=40></p>"
                            "<table background=\"" +
                            u + "/table.png\"><tr><td style=\"background-image: url(" + u +
                            "/cell.png)\">Cell</td></tr></table>"
                            "<iframe src=\"" +
                            u +
                            "/frame.html\"></iframe>"
                            "<object data=\"" +
                            u + "/object.swf\"></object><embed src=\"" + u +
                            "/embed.swf\">"
                            "<form action=\"" +
                            u +
                            "/steal\"><input name=pw value=secret><button>Go</button></form>"
                            "<img src=\"x\" onerror=\"evil()\"><img src=\"file:///etc/hostname\">"
                            "<img srcset=\"" +
                            u +
                            "/srcset.png 2x\">"
                            "<p>Track it here: <a href=\"" +
                            u +
                            "/phish\">https://parcels.example/track</a> or "
                            "<a href=\"jav&#x61;script:evil()\">here</a>.</p>"
                            "<p style=\"list-style-image: url(" +
                            u +
                            "/list.png)\">Thanks</p>"
                            "</body></html>";
    return "From: Parcel Service <" + from +
           ">\r\nTo: me@example.org\r\n"
           "Subject: Your parcel\r\nMIME-Version: 1.0\r\n"
           "Content-Type: text/html; charset=utf-8\r\n\r\n" +
           html;
}

// Lays the document out and paints it, which is when a QTextDocument asks for images.
void render(MessageView &view)
{
    view.resize(760, 620);
    view.show();
    view.grab();
    view.browser()->document()->size();
    QCoreApplication::processEvents();
}

} // namespace

TEST_CASE("Hostile HTML renders with no network request and no script", "[ui][safe]")
{
    LoopbackHttpServer server;
    REQUIRE(server.port() != 0);
    MessageFixture f;
    const auto id = f.add(hostileMessage(server, "parcels@example.net"));
    MessageView view(*f.store);
    view.setRemoteImagePolicy(lb::ui::RemoteImagePolicy(f.settings()));
    view.showMessage(id);
    render(view);
    // Give any stray socket a chance to reach the server before we count.
    QCoreApplication::processEvents();

    CHECK(server.connections() == 0);
    for (const QUrl &url : view.browser()->requestedResources()) {
        INFO(url.toString().toStdString());
        CHECK((url.scheme() == u"lb-remote"_s || url.scheme() == u"cid"_s));
    }
    CHECK_FALSE(view.remoteImageLoader()->isLoading());

    const QString documentHtml = view.browser()->document()->toHtml();
    CHECK_FALSE(documentHtml.contains(u"<script"_s, Qt::CaseInsensitive));
    CHECK_FALSE(documentHtml.contains(u"evil"_s));
    CHECK_FALSE(documentHtml.contains(u"/track.gif"_s));
    CHECK_FALSE(view.browser()->toPlainText().contains(u"document.write"_s));
    CHECK_FALSE(view.browser()->toPlainText().contains(u"secret"_s));
    CHECK(view.browser()->toPlainText().contains(u"Your parcel is waiting"_s));

    // The bar says what was blocked and offers both choices.
    lb::ui::RemoteImagesBar *bar = view.remoteImagesBar();
    CHECK(bar->isVisible());
    CHECK(bar->text().contains(u"Remote images were blocked"_s));
    CHECK(bar->loadOnceButton()->isVisible());
    CHECK(bar->alwaysButton()->isVisible());
    CHECK(view.grab().save(lb::test::screenshotPath(u"reader-html-blocked.png"_s)));
}

TEST_CASE("Remote images load only after the user asks, and only the images", "[ui][safe]")
{
    LoopbackHttpServer server;
    MessageFixture f;
    const auto id = f.add(hostileMessage(server, "parcels@example.net"));
    MessageView view(*f.store);
    view.setRemoteImagePolicy(lb::ui::RemoteImagePolicy(f.settings()));
    view.showMessage(id);
    render(view);
    REQUIRE(server.connections() == 0);

    QSignalSpy loaded(&view, &MessageView::remoteImagesLoaded);
    view.remoteImagesBar()->loadOnceButton()->click();
    REQUIRE(loaded.wait());
    CHECK(loaded.at(0).at(0).toInt() == 2); // the two <img> sources
    QStringList paths = server.requestedPaths();
    paths.sort();
    CHECK(paths == QStringList{u"/logo.png"_s, u"/track.gif"_s});
    CHECK_FALSE(view.remoteImagesBar()->isVisible());
    CHECK(view.grab().save(lb::test::screenshotPath(u"reader-html-loaded.png"_s)));

    // "This message" is not remembered for the sender.
    const int before = server.connections();
    view.showMessage(id);
    render(view);
    CHECK(server.connections() == before);
    CHECK(view.remoteImagesBar()->isVisible());
}

TEST_CASE("Always for this sender is remembered in the settings", "[ui][safe]")
{
    LoopbackHttpServer server;
    MessageFixture f;
    const auto first = f.add(hostileMessage(server, "News@Example.NET"));
    const auto second = f.add(hostileMessage(server, "news@example.net"));
    const auto stranger = f.add(hostileMessage(server, "other@example.net"));
    {
        MessageView view(*f.store);
        view.setRemoteImagePolicy(lb::ui::RemoteImagePolicy(f.settings()));
        view.showMessage(first);
        QSignalSpy loaded(&view, &MessageView::remoteImagesLoaded);
        view.remoteImagesBar()->alwaysButton()->click();
        REQUIRE(loaded.wait());
    }
    CHECK(lb::ui::RemoteImagePolicy(f.settings()).isSenderAllowed(u"news@example.net"_s));

    MessageView view(*f.store);
    view.setRemoteImagePolicy(lb::ui::RemoteImagePolicy(f.settings()));
    QSignalSpy loaded(&view, &MessageView::remoteImagesLoaded);
    const int before = server.connections();
    view.showMessage(second);
    CHECK(view.remoteImagesBar()->isHidden());
    REQUIRE(loaded.wait());
    CHECK(server.connections() > before);

    const int afterSecond = server.connections();
    view.showMessage(stranger);
    render(view);
    CHECK(server.connections() == afterSecond);
    CHECK(view.remoteImagesBar()->isVisible());
}

TEST_CASE("A link whose text names another host asks before opening the real target", "[ui][safe]")
{
    LoopbackHttpServer server;
    MessageFixture f;
    const auto id = f.add(hostileMessage(server, "parcels@example.net"));
    MessageView view(*f.store);
    QList<QUrl> opened;
    view.setUrlOpener([&](const QUrl &url) {
        opened << url;
        return true;
    });
    QStringList asked;
    bool answer = false;
    view.setLinkConfirmer([&](const QString &shown, const QString &target) {
        asked << shown + u" -> "_s + target;
        return answer;
    });
    QStringList hovered;
    QObject::connect(&view, &MessageView::linkHovered, &view,
                     [&](const QString &target) { hovered << target; });
    view.showMessage(id);
    REQUIRE(view.prepared()->links.size() == 1); // the javascript: one is no link
    const QString real = server.url(u"/phish"_s);

    emit view.browser()->highlighted(QUrl(u"lb-link:0"_s));
    CHECK(hovered == QStringList{real});

    CHECK_FALSE(view.activateLink(QUrl(u"lb-link:0"_s)));
    CHECK(asked == QStringList{u"https://parcels.example/track -> "_s + real});
    CHECK(opened.isEmpty());
    answer = true;
    CHECK(view.activateLink(QUrl(u"lb-link:0"_s)));
    CHECK(opened == QList<QUrl>{QUrl(real)});
    CHECK(server.connections() == 0); // opening is the desktop's business, not ours
}

TEST_CASE("Inline cid images come from the message itself", "[ui][safe]")
{
    MessageFixture f;
    const QByteArray raw =
        "From: a@example.com\r\nSubject: Logo\r\nMIME-Version: 1.0\r\n"
        "Content-Type: multipart/related; boundary=b\r\n\r\n"
        "--b\r\nContent-Type: text/html\r\n\r\n<p>Logo: <img src=\"cid:logo@x\"></p>\r\n"
        "--b\r\nContent-Type: image/png\r\nContent-ID: <logo@x>\r\n"
        "Content-Transfer-Encoding: base64\r\n\r\n" +
        lb::test::smallPngBase64() + "\r\n--b--\r\n";
    const auto id = f.add(raw);
    MessageView view(*f.store);
    view.showMessage(id);
    render(view);
    const QVariant image =
        view.browser()->loadResource(QTextDocument::ImageResource, QUrl(u"cid:logo%40x"_s));
    REQUIRE(image.canConvert<QImage>());
    CHECK(image.value<QImage>().size() == QSize(3, 2));
    CHECK(view.browser()->requestedResources().contains(QUrl(u"cid:logo%40x"_s)));
    CHECK(view.remoteImagesBar()->isHidden());
    // Anything else is refused, local files included.
    CHECK_FALSE(view.browser()
                    ->loadResource(QTextDocument::ImageResource, QUrl(u"file:///etc/hostname"_s))
                    .isValid());
}

TEST_CASE("Every hostile sample renders without asking for anything but placeholders", "[ui][safe]")
{
    lb::ui::SafeTextBrowser browser;
    browser.resize(500, 400);
    for (const char16_t *sample : lb::test::kHostileSamples) {
        const QString input = QString::fromUtf16(sample);
        INFO(input.toStdString());
        browser.showSafeHtml(lb::mime::sanitizeHtml(input).html, {});
        browser.document()->size();
        browser.grab();
        for (const QUrl &url : browser.requestedResources()) {
            INFO(url.toString().toStdString());
            CHECK(url.scheme() == u"lb-remote"_s);
        }
        CHECK_FALSE(browser.document()->toHtml().contains(u"evil"_s));
    }
}
