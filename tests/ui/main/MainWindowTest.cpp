// SPDX-License-Identifier: GPL-3.0-or-later
#include "main/MainWindow.h"

#include "QtCatch.h"

#include <QLabel>
#include <QStatusBar>

using namespace Qt::Literals::StringLiterals;

TEST_CASE("Without accounts the window says so and how to add one", "[ui]")
{
    lb::ui::MainWindow window;
    window.show();
    CHECK(window.windowTitle() == u"Letterbox"_s);
    QStringList texts;
    for (const QLabel *label : window.findChildren<QLabel *>())
        texts << label->text();
    const QString all = texts.join(u'\n');
    CHECK(all.contains(u"No mail account is set up yet"_s));
    CHECK(all.contains(u"letterbox-cli account add"_s));
    CHECK(window.statusBar()->currentMessage() == u"Offline: no accounts"_s);
    const QPixmap shot = window.grab();
    CHECK_FALSE(shot.isNull());
    CHECK(shot.width() > 400);
}

TEST_CASE("A missing TLS backend is shown in a bar above the window", "[ui]")
{
    lb::ui::MainWindow window;
    window.showTlsProblem(u"Secure connections are unavailable: no OpenSSL"_s);
    const auto *bar = qobject_cast<QLabel *>(window.menuWidget());
    REQUIRE(bar != nullptr);
    CHECK(bar->text().contains(u"no OpenSSL"_s));
}
