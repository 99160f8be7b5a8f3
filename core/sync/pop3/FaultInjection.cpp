// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/pop3/FaultInjection.h"

#include <QByteArray>

#include <atomic>
#include <csignal>
#include <unistd.h>

namespace lb::sync::pop3 {

namespace {

long killAfter()
{
    static const long limit = [] {
        bool ok = false;
        const long n = qEnvironmentVariable("LETTERBOX_FAULT_KILL_AFTER_STEP").toLong(&ok);
        return ok && n > 0 ? n : 0;
    }();
    return limit;
}

std::atomic<long> g_steps{0};

} // namespace

void faultStep()
{
    const long taken = ++g_steps;
    if (killAfter() > 0 && taken == killAfter())
        ::kill(::getpid(), SIGKILL); // no cleanup, no flush: as abrupt as a crash or power cut
}

long faultStepsTaken()
{
    return g_steps.load();
}

} // namespace lb::sync::pop3
