// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModelFixture.h"

#include "main/MainWindow.h"

#include "QtCatch.h"

#include <QCoreApplication>
#include <QLabel>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace {

QString titleIn(const QString &language)
{
    QTranslator translator;
    REQUIRE(translator.load(u":/i18n/letterbox_%1.qm"_s.arg(language)));
    QCoreApplication::installTranslator(&translator);
    lb::test::ModelFixture f(0);
    lb::ui::MainWindow window(*f.store, nullptr);
    QString title;
    for (const QLabel *label : window.findChildren<QLabel *>()) {
        if (label->text().startsWith(u"No"_s) || label->text().startsWith(u"Aucun"_s))
            title = label->text();
    }
    QCoreApplication::removeTranslator(&translator);
    return title;
}

} // namespace

TEST_CASE("German and French translations are compiled in and used", "[ui][i18n]")
{
    CHECK(titleIn(u"de"_s) == u"Noch kein E-Mail-Konto eingerichtet"_s);
    CHECK(titleIn(u"fr"_s) == u"Aucun compte de messagerie n’est encore configuré"_s);
}
