// SPDX-License-Identifier: GPL-3.0-or-later
#include "main/MainWindow.h"

#include <QLabel>
#include <QStatusBar>
#include <QVBoxLayout>

namespace lb::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Letterbox"));
    resize(1100, 720);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    auto *title = new QLabel(central);
    m_title = title;
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);

    auto *body = new QLabel(central);
    m_body = body;
    body->setWordWrap(true);
    body->setAlignment(Qt::AlignCenter);
    body->setTextInteractionFlags(Qt::TextSelectableByMouse);

    layout->addStretch();
    layout->addWidget(title);
    layout->addSpacing(12);
    layout->addWidget(body);
    layout->addStretch();
    setCentralWidget(central);
    showAccounts({});
}

void MainWindow::showAccounts(const QStringList &names)
{
    if (names.isEmpty()) {
        m_title->setText(tr("No mail account is set up yet"));
        m_body->setText(
            tr("This build of Letterbox cannot set up accounts from the window yet: the setup "
               "wizard is still being written.\n\nYou can add an account with the command line "
               "tool:\n    letterbox-cli account add NAME --protocol imap --email ADDRESS "
               "--host HOST --user USER --password-stdin"));
        statusBar()->showMessage(tr("Offline: no accounts"));
        return;
    }
    m_title->setText(tr("Your accounts: %1").arg(names.join(QStringLiteral(", "))));
    m_body->setText(
        tr("The mail window is still being written: this build cannot show your messages "
           "yet.\n\nThe command line tool syncs and reads the same mail:\n"
           "    letterbox-cli sync\n    letterbox-cli messages ACCOUNT inbox\n"
           "    letterbox-cli show ACCOUNT MESSAGE-ID"));
    statusBar()->showMessage(tr("Mail is synced with letterbox-cli sync"));
}

void MainWindow::showTlsProblem(const QString &explanation)
{
    auto *bar = new QLabel(explanation, this);
    bar->setWordWrap(true);
    bar->setStyleSheet(QStringLiteral("background:#fdecea;color:#611a15;padding:8px;"));
    setMenuWidget(bar);
}

} // namespace lb::ui
