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

bool Capabilities::isHidden(const QByteArray &upper) const
{
    if (m_hidden.contains(upper))
        return true;
    // "COMPRESS" hides COMPRESS=DEFLATE, "AUTH" every AUTH=: what a user would write.
    const qsizetype eq = upper.indexOf('=');
    return eq > 0 && m_hidden.contains(upper.left(eq));
}

bool Capabilities::has(QByteArrayView name) const
{
    const QByteArray upper = name.toByteArray().toUpper();
    return !isHidden(upper) && m_advertised.contains(upper);
}

QList<QByteArray> Capabilities::effective() const
{
    QList<QByteArray> out;
    for (const QByteArray &name : m_advertised) {
        if (!isHidden(name))
            out.append(name);
    }
    return out;
}

} // namespace lb::imap
