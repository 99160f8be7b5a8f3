// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/discovery/ClientConfig.h"
#include "common/Result.h"

#include <QHash>

#include <optional>

namespace lb::accounts::discovery {

// The provider database shipped with Letterbox: one clientConfig v1.1 document per provider
// (resources/providers/*.xml, compiled into the binary), each listing the domains it serves.
// Immutable after construction; lookups are safe from any thread.
class ProviderDatabase
{
public:
    // The built-in database (":/providers"). Documents that do not parse are left out and
    // logged: the database is ours, so a test makes sure none is.
    [[nodiscard]] static const ProviderDatabase &builtIn();

    // Every *.xml document of `directory` (a resource path or a folder on disk).
    [[nodiscard]] static ProviderDatabase fromDirectory(const QString &directory,
                                                        QStringList *errors = nullptr);

    // The provider serving this domain (case-insensitive), if any.
    [[nodiscard]] std::optional<ClientConfig> lookup(const QString &domain) const;
    [[nodiscard]] qsizetype providerCount() const { return m_providers.size(); }
    [[nodiscard]] const QList<ClientConfig> &providers() const { return m_providers; }

private:
    QList<ClientConfig> m_providers;
    QHash<QString, qsizetype> m_byDomain;
};

} // namespace lb::accounts::discovery
