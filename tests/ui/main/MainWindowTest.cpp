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

TEST_CASE("With accounts the window names them and points to the command line", "[ui]")
{
    lb::ui::MainWindow window;
    window.showAccounts({u"Home"_s, u"Work"_s});
    QStringList texts;
    for (const QLabel *label : window.findChildren<QLabel *>())
        texts << label->text();
    const QString all = texts.join(u'\n');
    CHECK(all.contains(u"Your accounts: Home, Work"_s));
    CHECK(all.contains(u"letterbox-cli sync"_s));
    CHECK_FALSE(all.contains(u"No mail account is set up yet"_s));
}
