// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/service/NetworkStatus.h"

#include <QNetworkInformation>

namespace lb::sync {
namespace {
bool isReachable(QNetworkInformation::Reachability r)
{
    // Local or site reach is not enough for mail servers on the internet; Unknown is given
    // the benefit of the doubt and left to connection failures.
    return r != QNetworkInformation::Reachability::Disconnected &&
           r != QNetworkInformation::Reachability::Local;
}
} // namespace

NetworkStatus::NetworkStatus(bool useSystem, QObject *parent) : QObject(parent)
{
    if (!useSystem ||
        !QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        return;
    QNetworkInformation *info = QNetworkInformation::instance();
    if (!info)
        return;
    m_backend = true;
    m_reachable = isReachable(info->reachability());
    connect(info, &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability r) { update(isReachable(r)); });
}

void NetworkStatus::update(bool reachable)
{
    if (reachable == m_reachable)
        return;
    m_reachable = reachable;
    Q_EMIT reachableChanged(reachable);
}

} // namespace lb::sync
