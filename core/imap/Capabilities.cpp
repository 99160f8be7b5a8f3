// SPDX-License-Identifier: GPL-3.0-or-later
#include "imap/Capabilities.h"

namespace lb::imap {

void Capabilities::assign(const QList<QByteArray> &advertised)
{
    m_advertised.clear();
    m_advertised.reserve(advertised.size());
    for (const QByteArray &name : advertised)
        m_advertised.append(name.toUpper());
}

void Capabilities::setHidden(QSet<QByteArray> hidden)
{
    m_hidden.clear();
    for (const QByteArray &name : hidden)
        m_hidden.insert(name.toUpper());
}

bool Capabilities::has(QByteArrayView name) const
{
    const QByteArray upper = name.toByteArray().toUpper();
    return !m_hidden.contains(upper) && m_advertised.contains(upper);
}

QList<QByteArray> Capabilities::effective() const
{
    QList<QByteArray> out;
    for (const QByteArray &name : m_advertised) {
        if (!m_hidden.contains(name))
            out.append(name);
    }
    return out;
}

} // namespace lb::imap
