// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/AccountRepository.h"
#include "common/DataDir.h"
#include "main/MainWindow.h"
#include "net/TlsBackend.h"
#include "store/Store.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {

void installTranslations(QApplication &app)
{
    // Ours from the resources compiled in, Qt's own from the system.
    auto *ours = new QTranslator(&app);
    if (ours->load(QLocale(), QStringLiteral("letterbox"), QStringLiteral("_"),
                   QStringLiteral(":/i18n")))
        QApplication::installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

// The account names in the cache; a small read on start, before any window is shown.
QStringList accountNames()
{
    auto store = lb::store::Store::open(lb::cacheFilePath(lb::resolveDataDir()));
    if (!store)
        return {};
    auto accounts = lb::accounts::AccountRepository(*store).all();
    QStringList names;
    if (accounts) {
        for (const auto &account : *accounts)
            names << account.settings.name;
    }
    return names;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("letterbox"));
    QApplication::setApplicationDisplayName(QStringLiteral("Letterbox"));
    QApplication::setOrganizationName(QStringLiteral("Letterbox"));
    installTranslations(app);

    lb::ui::MainWindow window;
    window.showAccounts(accountNames());
    if (const auto tls = lb::net::checkTlsBackend(); !tls.ok()) {
        window.showTlsProblem(
            QCoreApplication::translate("main", "Secure connections are unavailable: %1")
                .arg(tls.error().message));
    }
    window.show();
    return QApplication::exec();
}
