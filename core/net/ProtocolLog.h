// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace lb::net {

// An in-memory ring of the last protocol lines (both directions, several connections), for an
// error report to attach. Credentials never enter it: every line passes the redactors first,
// and lines a client sends during a SASL exchange (after AUTH/AUTHENTICATE, while the server
// answers with continuations) are replaced wholesale.
//
// Thread-safe: connections on worker threads append, the GUI thread reads.
class ProtocolLog
{
public:
    enum class Direction
    {
        Sent,
        Received,
        Info
    };

    struct Entry
    {
        QDateTime time;
        QString connection; // a label such as "imap alice@example.org #3"
        Direction direction = Direction::Info;
        QByteArray text; // one line without its CRLF, redacted and possibly shortened
    };

    // Looks at one client line; returns the text to log instead, or nothing to keep it.
    using Redactor = std::function<std::optional<QByteArray>(QByteArrayView line)>;

    static constexpr qsizetype kDefaultCapacity = 400;
    static constexpr qsizetype kMaxLineLength = 300;

    explicit ProtocolLog(qsizetype capacity = kDefaultCapacity);

    // The log shared by all connections that were not given their own.
    [[nodiscard]] static std::shared_ptr<ProtocolLog> global();

    // Redactors for IMAP LOGIN/AUTHENTICATE, SMTP AUTH and POP3 PASS/APOP, installed by default.
    [[nodiscard]] static QList<Redactor> standardRedactors();
    void addRedactor(Redactor redactor);

    // Bytes as they went over the wire; split into lines here (pieces may end mid-line).
    void append(const QString &connection, Direction direction, QByteArrayView bytes);
    // A line the caller already knows is secret: only `placeholder` is logged.
    void appendSecret(const QString &connection, QByteArrayView placeholder);
    void note(const QString &connection, const QString &text);
    // Logs any unterminated line and forgets the connection's state.
    void endConnection(const QString &connection);

    [[nodiscard]] QList<Entry> entries() const;
    // "hh:mm:ss.zzz label C: line" per line, for an error report.
    [[nodiscard]] QString toText() const;
    [[nodiscard]] qsizetype capacity() const { return m_capacity; }
    void clear();

private:
    struct StreamState
    {
        QByteArray partial;
        qsizetype dropped = 0;  // bytes cut from an overlong line
        bool lastWasCr = false; // the CR of CRLF may be among the dropped bytes
    };
    struct ConnectionState
    {
        StreamState sent;
        StreamState received;
        bool inSaslExchange = false;
    };

    void appendLineLocked(const QString &connection, Direction direction, QByteArray line,
                          qsizetype dropped);
    [[nodiscard]] QByteArray redactLocked(ConnectionState &state, QByteArray line) const;
    void pushLocked(Entry entry);

    mutable QMutex m_mutex;
    qsizetype m_capacity;
    QList<Entry> m_ring; // circular once full
    qsizetype m_next = 0;
    QList<Redactor> m_redactors;
    QHash<QString, ConnectionState> m_states;
};

} // namespace lb::net
