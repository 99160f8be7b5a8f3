// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the parser: reads the tokens of one complete response (RFC 9051 section 9,
// the formal syntax). Every read returns false on mismatch and records the first error with
// its position; later reads keep failing, so grammar code can chain them with &&.
#pragma once

#include "imap/Envelope.h"
#include "imap/ParseError.h"
#include "imap/SequenceSet.h"
#include "imap/Value.h"

#include <QByteArray>
#include <QList>

#include <cstdint>
#include <optional>

namespace lb::imap {

class Cursor
{
public:
    Cursor(QByteArrayView data, qint64 streamOffset, int maxDepth)
        : m_data(data), m_streamOffset(streamOffset), m_depthLeft(maxDepth)
    {}

    [[nodiscard]] qsizetype pos() const { return m_pos; }
    void setPos(qsizetype pos) { m_pos = pos; }
    [[nodiscard]] QByteArrayView data() const { return m_data; }
    [[nodiscard]] bool atEnd() const { return m_pos >= m_data.size(); }
    [[nodiscard]] char peek(qsizetype ahead = 0) const
    {
        return m_pos + ahead < m_data.size() ? m_data[m_pos + ahead] : '\0';
    }
    [[nodiscard]] bool failed() const { return m_error.has_value(); }
    [[nodiscard]] const std::optional<ParseError> &error() const { return m_error; }
    void clearError() { m_error.reset(); }

    bool fail(const QString &what) { return failAt(m_pos, what); }
    bool failAt(qsizetype pos, const QString &what);

    bool skip(char c);
    bool expect(char c);
    bool sp() { return expect(' '); }
    [[nodiscard]] bool atCrlf() const { return peek() == '\r' && peek(1) == '\n'; }
    bool crlf();
    // Whether the next token is `word` (case-insensitive) followed by a non-atom byte.
    [[nodiscard]] bool atKeyword(QByteArrayView word) const;
    bool keyword(QByteArrayView word);

    bool atom(QByteArray &out);         // 1*ATOM-CHAR
    bool astringChars(QByteArray &out); // 1*ASTRING-CHAR (an atom that may hold "]")
    bool number(std::uint32_t &out);
    bool number64(std::uint64_t &out);
    bool string(QByteArray &out); // quoted, literal or literal8
    bool nstring(NString &out);
    bool astring(QByteArray &out);
    bool flag(QByteArray &out);
    bool flagList(QList<QByteArray> &out); // "(" [flag *(SP flag)] ")"
    bool sequenceSet(SequenceSet &out);
    bool textToLineEnd(QByteArray &out);  // everything up to the next CR (may be empty)
    bool restOfResponse(QByteArray &out); // everything up to the final CRLF
    bool value(Value &out);               // any datum, for items we do not know

    // Guards recursion into nested lists.
    bool enter();
    void leave() { ++m_depthLeft; }

private:
    bool quoted(QByteArray &out);
    bool literal(QByteArray &out);
    bool token(QByteArray &out);

    QByteArrayView m_data;
    qsizetype m_pos = 0;
    qint64 m_streamOffset = 0;
    int m_depthLeft = 0;
    std::optional<ParseError> m_error;
};

// ATOM-CHAR (RFC 9051 section 9); 8-bit bytes are let through, as servers send them.
[[nodiscard]] bool isAtomChar(char c);

} // namespace lb::imap
