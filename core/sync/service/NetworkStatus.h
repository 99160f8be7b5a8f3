// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace lb::sync {

// The system's view of the network (QNetworkInformation, where a backend such as
// NetworkManager is available). Without a backend the network counts as reachable and only
// connection failures tell otherwise.
// Contract: GUI thread only (QNetworkInformation is a GUI-thread singleton).
class NetworkStatus : public QObject
{
    Q_OBJECT
public:
    explicit NetworkStatus(bool useSystem, QObject *parent = nullptr);

    [[nodiscard]] bool reachable() const { return m_reachable; }
    [[nodiscard]] bool hasBackend() const { return m_backend; }

Q_SIGNALS:
    void reachableChanged(bool reachable);

private:
    void update(bool reachable);

    bool m_reachable = true;
    bool m_backend = false;
};

} // namespace lb::sync
