// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/RemoteImagePolicy.h"

#include <QSettings>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace lb::ui {
namespace {

const QString kKey = u"reader/remoteImageSenders"_s;

QStringList senders(const QSettings *settings)
{
    if (settings)
        return settings->value(kKey).toStringList();
    return QSettings().value(kKey).toStringList();
}

void store(QSettings *settings, const QStringList &list)
{
    if (settings) {
        settings->setValue(kKey, list);
        settings->sync();
        return;
    }
    QSettings().setValue(kKey, list);
}

} // namespace

RemoteImagePolicy::RemoteImagePolicy(QSettings *settings) : m_settings(settings) {}

bool RemoteImagePolicy::isSenderAllowed(const QString &address) const
{
    return !address.isEmpty() && senders(m_settings).contains(address.toLower());
}

void RemoteImagePolicy::allowSender(const QString &address)
{
    if (address.isEmpty())
        return;
    QStringList list = senders(m_settings);
    if (!list.contains(address.toLower())) {
        list << address.toLower();
        store(m_settings, list);
    }
}

void RemoteImagePolicy::forgetSender(const QString &address)
{
    QStringList list = senders(m_settings);
    if (list.removeAll(address.toLower()) > 0)
        store(m_settings, list);
}

} // namespace lb::ui
