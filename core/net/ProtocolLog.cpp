// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/ProtocolLog.h"

#include "common/Log.h"

#include <QMutexLocker>

using namespace Qt::Literals::StringLiterals;

namespace lb::net {

namespace {

const QByteArray kRedacted = "<redacted>"_ba;

// Splits "tag VERB rest" (IMAP) or "VERB rest" and keeps the first `keepWords` words.
QByteArray keepWords(QByteArrayView line, int keepWords)
{
    qsizetype pos = 0;
    for (int word = 0; word < keepWords; ++word) {
        const qsizetype space = line.indexOf(' ', pos);
        if (space < 0)
            return line.toByteArray();
        pos = space + 1;
    }
    return line.first(pos).toByteArray() + kRedacted;
}

// The verb of a client line: the first word, or the second when `tagged` (IMAP).
QByteArray verb(QByteArrayView line, bool tagged)
{
    const QList<QByteArray> words = line.toByteArray().split(' ');
    const qsizetype index = tagged ? 1 : 0;
    return words.size() > index ? words.at(index).toUpper() : QByteArray();
}

bool isSaslStart(QByteArrayView line)
{
    return verb(line, true) == "AUTHENTICATE" || verb(line, false) == "AUTH";
}

// RFC 3501 section 7.5 ("+ ") and RFC 4954 section 4 ("334 "): the server wants more SASL data.
bool isSaslContinuation(QByteArrayView line)
{
    return line.startsWith("+") || line.startsWith("334");
}

char directionMark(ProtocolLog::Direction direction)
{
    switch (direction) {
    case ProtocolLog::Direction::Sent:
        return 'C';
    case ProtocolLog::Direction::Received:
        return 'S';
    case ProtocolLog::Direction::Info:
        break;
    }
    return '*';
}

} // namespace

ProtocolLog::ProtocolLog(qsizetype capacity)
    : m_capacity(std::max<qsizetype>(capacity, 1)), m_redactors(standardRedactors())
{}

std::shared_ptr<ProtocolLog> ProtocolLog::global()
{
    static const auto log = std::make_shared<ProtocolLog>();
    return log;
}

QList<ProtocolLog::Redactor> ProtocolLog::standardRedactors()
{
    return {
        // RFC 3501 section 6.2.3: tag LOGIN user password
        [](QByteArrayView line) -> std::optional<QByteArray> {
            if (verb(line, true) == "LOGIN")
                return keepWords(line, 2);
            return std::nullopt;
        },
        // RFC 4959 / RFC 3501 section 6.2.2: tag AUTHENTICATE mechanism [initial-response]
        [](QByteArrayView line) -> std::optional<QByteArray> {
            if (verb(line, true) == "AUTHENTICATE")
                return keepWords(line, 3);
            return std::nullopt;
        },
        // RFC 4954 section 4 (SMTP) and RFC 5034 section 4 (POP3): AUTH mechanism [response]
        [](QByteArrayView line) -> std::optional<QByteArray> {
            if (verb(line, false) == "AUTH")
                return keepWords(line, 2);
            return std::nullopt;
        },
        // RFC 1939 section 7: PASS string, APOP name digest
        [](QByteArrayView line) -> std::optional<QByteArray> {
            const QByteArray v = verb(line, false);
            if (v == "PASS" || v == "APOP")
                return keepWords(line, 1);
            return std::nullopt;
        },
    };
}

void ProtocolLog::addRedactor(Redactor redactor)
{
    QMutexLocker lock(&m_mutex);
    m_redactors.append(std::move(redactor));
}

void ProtocolLog::append(const QString &connection, Direction direction, QByteArrayView bytes)
{
    QMutexLocker lock(&m_mutex);
    ConnectionState &state = m_states[connection];
    StreamState &stream = direction == Direction::Sent ? state.sent : state.received;
    qsizetype start = 0;
    while (start < bytes.size()) {
        const qsizetype lf = bytes.indexOf('\n', start);
        const qsizetype end = lf < 0 ? bytes.size() : lf;
        const QByteArrayView piece = bytes.sliced(start, end - start);
        const qsizetype room = kMaxLineLength - stream.partial.size();
        stream.partial += piece.first(std::clamp<qsizetype>(room, 0, piece.size()));
        stream.dropped += std::max<qsizetype>(piece.size() - std::max<qsizetype>(room, 0), 0);
        if (!piece.isEmpty())
            stream.lastWasCr = piece.back() == '\r';
        if (lf < 0)
            break;
        QByteArray line = std::exchange(stream.partial, {});
        if (line.endsWith('\r'))
            line.chop(1);
        else if (stream.lastWasCr && stream.dropped > 0)
            --stream.dropped;
        stream.lastWasCr = false;
        appendLineLocked(connection, direction, std::move(line), std::exchange(stream.dropped, 0));
        start = lf + 1;
    }
}

void ProtocolLog::appendSecret(const QString &connection, QByteArrayView placeholder)
{
    QMutexLocker lock(&m_mutex);
    pushLocked(
        {QDateTime::currentDateTimeUtc(), connection, Direction::Sent, placeholder.toByteArray()});
}

void ProtocolLog::note(const QString &connection, const QString &text)
{
    QMutexLocker lock(&m_mutex);
    pushLocked({QDateTime::currentDateTimeUtc(), connection, Direction::Info, text.toUtf8()});
}

void ProtocolLog::endConnection(const QString &connection)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_states.find(connection);
    if (it == m_states.end())
        return;
    const ConnectionState state = *it;
    if (!state.sent.partial.isEmpty())
        appendLineLocked(connection, Direction::Sent, state.sent.partial, state.sent.dropped);
    if (!state.received.partial.isEmpty())
        appendLineLocked(connection, Direction::Received, state.received.partial,
                         state.received.dropped);
    m_states.remove(connection);
}

void ProtocolLog::appendLineLocked(const QString &connection, Direction direction, QByteArray line,
                                   qsizetype dropped)
{
    ConnectionState &state = m_states[connection];
    if (direction == Direction::Sent) {
        line = redactLocked(state, std::move(line));
    } else if (direction == Direction::Received && state.inSaslExchange) {
        state.inSaslExchange = isSaslContinuation(line);
    }
    if (dropped > 0)
        line += " ... (" + QByteArray::number(dropped) + " more bytes)";
    qCDebug(lcNet).noquote() << connection << directionMark(direction) << line;
    pushLocked({QDateTime::currentDateTimeUtc(), connection, direction, std::move(line)});
}

QByteArray ProtocolLog::redactLocked(ConnectionState &state, QByteArray line) const
{
    if (state.inSaslExchange)
        return kRedacted; // a SASL response line: base64 credentials
    if (isSaslStart(line))
        state.inSaslExchange = true;
    for (const Redactor &redactor : m_redactors) {
        if (std::optional<QByteArray> replacement = redactor(line))
            return *replacement;
    }
    return line;
}

void ProtocolLog::pushLocked(Entry entry)
{
    if (m_ring.size() < m_capacity) {
        m_ring.append(std::move(entry));
        return;
    }
    m_ring[m_next] = std::move(entry);
    m_next = (m_next + 1) % m_capacity;
}

QList<ProtocolLog::Entry> ProtocolLog::entries() const
{
    QMutexLocker lock(&m_mutex);
    QList<Entry> ordered;
    ordered.reserve(m_ring.size());
    for (qsizetype i = 0; i < m_ring.size(); ++i)
        ordered.append(m_ring.at((m_next + i) % m_ring.size()));
    return ordered;
}

QString ProtocolLog::toText() const
{
    QString text;
    for (const Entry &entry : entries()) {
        text += entry.time.toString(u"HH:mm:ss.zzz"_s) + u' ' + entry.connection + u' ' +
                QLatin1Char(directionMark(entry.direction)) + u": "_s +
                QString::fromUtf8(entry.text) + u'\n';
    }
    return text;
}

void ProtocolLog::clear()
{
    QMutexLocker lock(&m_mutex);
    m_ring.clear();
    m_next = 0;
    m_states.clear();
}

} // namespace lb::net
