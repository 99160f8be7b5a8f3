// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/AccountRepository.h"
#include "common/DataDir.h"
#include "main/MainWindow.h"
#include "net/TlsBackend.h"
#include "store/Store.h"
#include "sync/service/SyncService.h"

#include <QApplication>
#include <QDir>
#include <QInputDialog>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTimer>
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

// The keyring first; without an entry (or without a keyring) the user is asked. Runs on the
// account's worker thread, which waits while the GUI thread shows the question.
lb::sync::PasswordSource keyringOrAsk()
{
    const lb::sync::PasswordSource keyring = lb::sync::keyringPasswords();
    return [keyring](const lb::accounts::AccountSettings &settings) -> lb::Result<QString> {
        auto stored = keyring(settings);
        if (stored)
            return stored;
        QString answer;
        bool given = false;
        QMetaObject::invokeMethod(
            qApp,
            [&] {
                const QString who =
                    settings.incoming.user.isEmpty()
                        ? settings.name
                        : QCoreApplication::translate("main", "%1 (%2)")
                              .arg(settings.name, settings.incoming.user);
                answer = QInputDialog::getText(
                    QApplication::activeWindow(), QCoreApplication::translate("main", "Password"),
                    QCoreApplication::translate("main", "The keyring holds no password for "
                                                        "%1.\nPassword:")
                        .arg(who),
                    QLineEdit::Password, {}, &given);
            },
            Qt::BlockingQueuedConnection);
        if (!given || answer.isEmpty())
            return stored.error();
        return answer;
    };
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("letterbox"));
    QApplication::setApplicationDisplayName(QStringLiteral("Letterbox"));
    QApplication::setOrganizationName(QStringLiteral("Letterbox"));
    installTranslations(app);

    const QString dataDir = lb::resolveDataDir();
    auto store = lb::store::Store::open(lb::cacheFilePath(dataDir));
    if (!store) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Letterbox"),
                              QCoreApplication::translate("main", "The mail cache cannot be "
                                                                  "opened: %1")
                                  .arg(store.error().message));
        return 1;
    }

    lb::sync::ServiceOptions options;
    options.cacheFile = lb::cacheFilePath(dataDir);
    options.passwords = keyringOrAsk();
    lb::sync::SyncService service(options);

    lb::ui::MainWindow window(*store, &service);
    window.setSettingsFile(QDir(dataDir).filePath(QStringLiteral("window.ini")));
    if (const auto tls = lb::net::checkTlsBackend(); !tls.ok()) {
        window.showTlsProblem(
            QCoreApplication::translate("main", "Secure connections are unavailable: %1")
                .arg(tls.error().message));
    }
    window.selectUnifiedInbox();
    window.show();

    // The workers start once the window is up: the cache is browsable at once, offline too.
    QTimer::singleShot(0, &window, [&] {
        if (qEnvironmentVariableIsSet("LETTERBOX_QUIT_WHEN_SHOWN")) {
            QCoreApplication::quit(); // start-up benchmark: stop once the window is shown
            return;
        }
        auto accounts = lb::accounts::AccountRepository(*store).all();
        if (!accounts)
            return;
        for (const auto &account : *accounts)
            service.addAccount(account);
    });
    const int code = QApplication::exec();
    (void)service.shutdown();
    return code;
}
