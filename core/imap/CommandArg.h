// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "imap/Command.h"

#include <QByteArray>
#include <QString>

namespace lb::imap {

// What the server supports that changes how strings are written.
struct QuotingOptions
{
    bool literalPlus = false;  // LITERAL+ (RFC 7888): literals never wait
    bool literalMinus = false; // LITERAL- (RFC 7888): literals up to 4096 bytes never wait
    bool utf8Accept = false;   // UTF8=ACCEPT enabled (RFC 6855): UTF-8 in quoted strings and
                               // mailbox names sent as UTF-8
    bool binary = false;       // BINARY (RFC 3516): literal8 for data with NUL bytes
};

// One argument of a command, before it becomes bytes.
class CommandArg
{
public:
    enum class Kind
    {
        Raw,
        String,
        QuotedString,
        Mailbox,
        Literal
    };

    // Bytes sent as they are: keywords, numbers, sequence sets, flag lists, fetch items.
    static CommandArg raw(QByteArray bytes) { return {Kind::Raw, std::move(bytes), false}; }
    // A string in the cheapest correct form: atom, quoted string or literal.
    static CommandArg string(QByteArray bytes) { return {Kind::String, std::move(bytes), false}; }
    // A string where the grammar wants "string", not astring: quoted or literal, never an atom.
    static CommandArg quotedString(QByteArray bytes)
    {
        return {Kind::QuotedString, std::move(bytes), false};
    }
    // A string that must never appear in logs (a password).
    static CommandArg secret(QByteArray bytes) { return {Kind::String, std::move(bytes), true}; }
    // A mailbox name as text: encoded in modified UTF-7 or, with UTF8=ACCEPT, UTF-8.
    static CommandArg mailbox(const QString &name);
    // A mailbox name already in wire form (MailboxName::raw from LIST).
    static CommandArg rawMailbox(QByteArray wire)
    {
        return {Kind::Mailbox, std::move(wire), false};
    }
    // Always a literal (APPEND's message).
    static CommandArg literal(QByteArray bytes) { return {Kind::Literal, std::move(bytes), false}; }

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] const QByteArray &bytes() const { return m_bytes; }
    [[nodiscard]] bool sensitive() const { return m_sensitive; }

    // Appends this argument's bytes to chunks, splitting at synchronizing literals.
    void appendTo(std::vector<CommandChunk> &chunks, const QuotingOptions &options) const;

private:
    CommandArg(Kind kind, QByteArray bytes, bool sensitive, bool mailboxIsText = false)
        : m_kind(kind), m_bytes(std::move(bytes)), m_sensitive(sensitive),
          m_mailboxIsText(mailboxIsText)
    {}

    Kind m_kind;
    QByteArray m_bytes; // Mailbox: UTF-8 text until encoded, or the wire form
    bool m_sensitive;
    bool m_mailboxIsText = false;
};

enum class StringForm
{
    Atom,
    Quoted,
    Literal
};

// RFC 9051 section 4.3: an atom when every byte is an ASTRING-CHAR (and it is not "NIL"), a
// quoted string unless it holds CR, LF, NUL or (without UTF8=ACCEPT) 8-bit bytes or is
// longer than 1024 bytes, else a literal. The empty string is "".
[[nodiscard]] StringForm chooseStringForm(QByteArrayView s, bool utf8Accept);
// "..." with " and \ escaped.
[[nodiscard]] QByteArray quoted(QByteArrayView s);

} // namespace lb::imap
