// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QSet>

namespace lb::imap {

// What the server said it can do (RFC 9051 section 7.2.2), minus what we were told to ignore.
// Hiding a capability lets an account switch off an extension a server implements badly (some
// send malformed VANISHED), and lets tests drive the fallbacks against a server that has it.
class Capabilities
{
public:
    Capabilities() = default;

    // Replaces the list (a CAPABILITY response or response code). Names are upper-cased.
    void assign(const QList<QByteArray> &advertised);
    void clear() { m_advertised.clear(); }
    // Names to ignore; a name without "=" also hides its "NAME=..." forms (COMPRESS=DEFLATE).
    void setHidden(QSet<QByteArray> hidden);

    [[nodiscard]] bool isKnown() const { return !m_advertised.isEmpty(); }
    // Advertised and not hidden. "AUTH=PLAIN" is one name.
    [[nodiscard]] bool has(QByteArrayView name) const;
    // What we may use, in the server's order.
    [[nodiscard]] QList<QByteArray> effective() const;

    [[nodiscard]] bool condstore() const { return has("CONDSTORE") || qresync(); }
    // RFC 7162 section 3.2.3: QRESYNC implies CONDSTORE; it needs ENABLE.
    [[nodiscard]] bool qresync() const { return has("QRESYNC"); }

private:
    [[nodiscard]] bool isHidden(const QByteArray &upper) const;

    QList<QByteArray> m_advertised;
    QSet<QByteArray> m_hidden;
};

} // namespace lb::imap
