// SPDX-License-Identifier: GPL-3.0-or-later
// The least a Qt Widgets program does to show a window: the floor for Letterbox's start-up.
#include <QApplication>
#include <QMainWindow>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1200, 760);
    window.show();
    QTimer::singleShot(0, &app, &QCoreApplication::quit);
    return QApplication::exec();
}
