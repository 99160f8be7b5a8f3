// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QLabel;

namespace lb::ui {

// The window users live in. Until the account wizard and the three panes land, it says
// plainly what this build can do from the window and what the command line tool offers.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    // The names of the accounts in the cache (empty: none is set up yet).
    void showAccounts(const QStringList &names);
    // Shown in a bar at the top when TLS is unusable; Letterbox still opens the cache.
    void showTlsProblem(const QString &explanation);

private:
    QLabel *m_title = nullptr;
    QLabel *m_body = nullptr;
};

} // namespace lb::ui
