// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

namespace lb::ui {

// The window users live in. Until the account wizard and the three panes land, it says
// plainly that no account can be set up from the window yet and how to add one headlessly.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    // Shown in a bar at the top when TLS is unusable; Letterbox still opens the cache.
    void showTlsProblem(const QString &explanation);
};

} // namespace lb::ui
