// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/pop3/SessionPlan.h"

#include <QHash>

#include <algorithm>

namespace lb::sync::pop3 {

SessionPlan planSession(std::span<const ServerMessage> server,
                        std::span<const store::PopSeenEntry> ledger)
{
    QHash<QString, std::size_t> byUidl; // ledger position
    byUidl.reserve(qsizetype(ledger.size()));
    for (std::size_t i = 0; i < ledger.size(); ++i)
        byUidl.insert(ledger[i].uidl, i);

    SessionPlan plan;
    std::vector<bool> onServer(ledger.size(), false);
    for (const ServerMessage &m : server) {
        const auto found = byUidl.constFind(m.uidl);
        if (found == byUidl.constEnd()) {
            plan.download.push_back(m);
            continue;
        }
        onServer[*found] = true;
        const store::PopSeenEntry &entry = ledger[*found];
        if (entry.state == store::PopState::Deleting)
            plan.retryDelete.push_back(m);
        else if (entry.state == store::PopState::DeleteRequested)
            plan.deleteRequested.push_back(m);
        else if (entry.state == store::PopState::Skipped)
            plan.skipped.push_back(m);
        else
            plan.known.push_back({m, entry});
    }
    std::reverse(plan.download.begin(), plan.download.end()); // newest first
    std::reverse(plan.skipped.begin(), plan.skipped.end());
    for (std::size_t i = 0; i < ledger.size(); ++i) {
        if (ledger[i].state != store::PopState::Gone && !onServer[i])
            plan.vanished.push_back(ledger[i].uidl);
    }
    return plan;
}

} // namespace lb::sync::pop3
