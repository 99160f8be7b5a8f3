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
    auto *title = new QLabel(tr("No mail account is set up yet"), central);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);

    auto *body = new QLabel(
        tr("This build of Letterbox cannot set up accounts from the window yet: the setup "
           "wizard is still being written.\n\nYou can add an account with the command line "
           "tool:\n    letterbox-cli account add NAME --protocol imap --email ADDRESS "
           "--host HOST --user USER --password-stdin"),
        central);
    body->setWordWrap(true);
    body->setAlignment(Qt::AlignCenter);
    body->setTextInteractionFlags(Qt::TextSelectableByMouse);

    layout->addStretch();
    layout->addWidget(title);
    layout->addSpacing(12);
    layout->addWidget(body);
    layout->addStretch();
    setCentralWidget(central);
    statusBar()->showMessage(tr("Offline: no accounts"));
}

void MainWindow::showTlsProblem(const QString &explanation)
{
    auto *bar = new QLabel(explanation, this);
    bar->setWordWrap(true);
    bar->setStyleSheet(QStringLiteral("background:#fdecea;color:#611a15;padding:8px;"));
    setMenuWidget(bar);
}

} // namespace lb::ui
