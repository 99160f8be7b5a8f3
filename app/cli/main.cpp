// SPDX-License-Identifier: GPL-3.0-or-later
// letterbox-cli: headless sync, inspection and account management (CLI.md).
#include "Commands.h"

#include "common/DataDir.h"

#include <QCoreApplication>

namespace lb::cli {

std::map<QString, CommandInfo> &commandTable()
{
    static std::map<QString, CommandInfo> table;
    return table;
}

namespace {

int printUsage(QTextStream &stream)
{
    stream << "usage: letterbox-cli [--data-dir DIR] COMMAND [ARGS...]\n\ncommands:\n";
    for (const auto &[name, info] : commandTable())
        stream << "  " << info.usage << '\n';
    stream.flush();
    return 2;
}

} // namespace
} // namespace lb::cli

int main(int argc, char *argv[])
{
    using namespace lb::cli;
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("letterbox"));
    QCoreApplication::setOrganizationName(QStringLiteral("Letterbox"));

    QStringList args = QCoreApplication::arguments().mid(1);
    QString dataDirOption;
    if (const qsizetype at = args.indexOf(QStringLiteral("--data-dir")); at >= 0) {
        if (at + 1 >= args.size()) {
            QTextStream(stderr) << "--data-dir needs a directory\n";
            return 2;
        }
        dataDirOption = args.at(at + 1);
        args.remove(at, 2);
    }

    QTextStream err(stderr);
    if (args.isEmpty() || args.first() == QLatin1String("--help") ||
        args.first() == QLatin1String("help"))
        return printUsage(err);

    const QString name = args.takeFirst();
    const auto found = commandTable().find(name);
    if (found == commandTable().end()) {
        err << "unknown command: " << name << '\n';
        return printUsage(err);
    }
    CliContext context(args, lb::resolveDataDir(dataDirOption));
    return found->second.run(context);
}
