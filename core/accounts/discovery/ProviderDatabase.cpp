// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/discovery/ProviderDatabase.h"

#include "accounts/discovery/ClientConfigReader.h"
#include "common/Log.h"

#include <QDir>
#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace lb::accounts::discovery {

const ProviderDatabase &ProviderDatabase::builtIn()
{
    static const ProviderDatabase database = [] {
        QStringList errors;
        ProviderDatabase db = fromDirectory(u":/providers"_s, &errors);
        for (const QString &error : errors)
            qCWarning(lcAccounts) << "provider database:" << error;
        return db;
    }();
    return database;
}

ProviderDatabase ProviderDatabase::fromDirectory(const QString &directory, QStringList *errors)
{
    ProviderDatabase db;
    const QDir dir(directory);
    const QStringList files = dir.entryList({u"*.xml"_s}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            if (errors)
                errors->append(u"%1: %2"_s.arg(name, file.errorString()));
            continue;
        }
        Result<ClientConfig> config = parseClientConfig(file.readAll());
        if (!config) {
            if (errors)
                errors->append(u"%1: %2"_s.arg(name, config.error().message));
            continue;
        }
        const qsizetype index = db.m_providers.size();
        for (const QString &domain : config->domains)
            db.m_byDomain.insert(domain.toLower(), index);
        db.m_providers.append(std::move(*config));
    }
    return db;
}

std::optional<ClientConfig> ProviderDatabase::lookup(const QString &domain) const
{
    const auto it = m_byDomain.constFind(domain.trimmed().toLower());
    if (it == m_byDomain.constEnd())
        return std::nullopt;
    return m_providers.at(*it);
}

} // namespace lb::accounts::discovery
