// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliContext.h"

#include <functional>
#include <map>

namespace lb::cli {

// A command registers itself from its own file in commands/ with a static CommandRegistration,
// so adding a command never edits a central table.
using CommandFn = std::function<int(CliContext &)>;

struct CommandInfo
{
    QString usage;
    CommandFn run;
};

std::map<QString, CommandInfo> &commandTable();

struct CommandRegistration
{
    CommandRegistration(const QString &name, QString usage, CommandFn run)
    {
        commandTable()[name] = CommandInfo{std::move(usage), std::move(run)};
    }
};

} // namespace lb::cli
