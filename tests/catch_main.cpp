// SPDX-License-Identifier: GPL-3.0-or-later
// The one Catch2 main of every test executable. A QCoreApplication exists for the whole run
// so that code relying on Qt's event loop, locale or codecs behaves as in the application.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
