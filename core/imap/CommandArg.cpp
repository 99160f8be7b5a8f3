// SPDX-License-Identifier: GPL-3.0-or-later
#include "imap/CommandArg.h"

#include "imap/Cursor.h"
#include "imap/ModifiedUtf7.h"

namespace lb::imap {

namespace {

constexpr qsizetype kMaxQuoted = 1024;
constexpr qsizetype kLiteralMinusMax = 4096; // RFC 7888 section 5

void appendText(std::vector<CommandChunk> &chunks, QByteArrayView bytes, bool sensitive)
{
    const bool canMerge = !chunks.empty() && !sensitive && !chunks.back().sensitive &&
                          !chunks.back().waitForContinuation;
    if (canMerge)
        chunks.back().bytes += bytes;
    else
        chunks.push_back(CommandChunk{bytes.toByteArray(), sensitive, false});
}

void appendLiteral(std::vector<CommandChunk> &chunks, const QByteArray &bytes, bool sensitive,
                   const QuotingOptions &options)
{
    const bool literal8 = options.binary && bytes.contains('\0');
    const bool nonSync =
        options.literalPlus || (options.literalMinus && bytes.size() <= kLiteralMinusMax);
    QByteArray announce = literal8 ? "~{" : "{";
    announce += QByteArray::number(bytes.size()) + (nonSync ? "+}\r\n" : "}\r\n");
    appendText(chunks, announce, false);
    chunks.back().waitForContinuation = !nonSync;
    chunks.push_back(CommandChunk{bytes, sensitive, false});
}

} // namespace

CommandArg CommandArg::mailbox(const QString &name)
{
    return CommandArg(Kind::Mailbox, name.toUtf8(), false, true);
}

StringForm chooseStringForm(QByteArrayView s, bool utf8Accept)
{
    if (s.size() > kMaxQuoted)
        return StringForm::Literal;
    bool atom = !s.isEmpty() && s.compare("NIL", Qt::CaseInsensitive) != 0;
    for (char c : s) {
        const auto u = uchar(c);
        if (c == '\r' || c == '\n' || c == '\0' || (u >= 0x80 && !utf8Accept))
            return StringForm::Literal;
        atom = atom && u < 0x80 && (isAtomChar(c) || c == ']');
    }
    return atom ? StringForm::Atom : StringForm::Quoted;
}

QByteArray quoted(QByteArrayView s)
{
    QByteArray out;
    out.reserve(s.size() + 2);
    out += '"';
    for (char c : s) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    out += '"';
    return out;
}

void CommandArg::appendTo(std::vector<CommandChunk> &chunks, const QuotingOptions &options) const
{
    if (m_kind == Kind::Raw) {
        appendText(chunks, m_bytes, m_sensitive);
        return;
    }
    if (m_kind == Kind::Literal) {
        appendLiteral(chunks, m_bytes, m_sensitive, options);
        return;
    }
    QByteArray bytes = m_bytes;
    if (m_mailboxIsText && !options.utf8Accept)
        bytes = encodeModifiedUtf7(QString::fromUtf8(m_bytes));
    StringForm form = chooseStringForm(bytes, options.utf8Accept);
    if (form == StringForm::Atom && m_kind == Kind::QuotedString)
        form = StringForm::Quoted;
    switch (form) {
    case StringForm::Atom:
        appendText(chunks, bytes, m_sensitive);
        break;
    case StringForm::Quoted:
        appendText(chunks, quoted(bytes), m_sensitive);
        break;
    case StringForm::Literal:
        appendLiteral(chunks, bytes, m_sensitive, options);
        break;
    }
}

} // namespace lb::imap
