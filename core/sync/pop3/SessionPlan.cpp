// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/pop3/SessionPlan.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace lb::sync::pop3 {

SessionPlan planSession(std::span<const ServerMessage> server,
                        std::span<const store::PopSeenEntry> ledger)
{
    QHash<QString, const store::PopSeenEntry *> byUidl;
    byUidl.reserve(qsizetype(ledger.size()));
    for (const store::PopSeenEntry &e : ledger)
        byUidl.insert(e.uidl, &e);

    SessionPlan plan;
    QSet<QString> onServer;
    onServer.reserve(qsizetype(server.size()));
    for (const ServerMessage &m : server) {
        onServer.insert(m.uidl);
        const auto found = byUidl.constFind(m.uidl);
        if (found == byUidl.constEnd())
            plan.download.push_back(m);
        else if ((*found)->state == store::PopState::Deleting)
            plan.retryDelete.push_back(m);
        else if ((*found)->state == store::PopState::DeleteRequested)
            plan.deleteRequested.push_back(m);
        else if ((*found)->state == store::PopState::Skipped)
            plan.skipped.push_back(m);
        else
            plan.known.push_back({m, **found});
    }
    std::reverse(plan.download.begin(), plan.download.end()); // newest first
    std::reverse(plan.skipped.begin(), plan.skipped.end());
    for (const store::PopSeenEntry &e : ledger) {
        if (e.state != store::PopState::Gone && !onServer.contains(e.uidl))
            plan.vanished.push_back(e.uidl);
    }
    return plan;
}

} // namespace lb::sync::pop3
