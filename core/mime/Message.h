// SPDX-License-Identifier: GPL-3.0-or-later
// The parsed form of an RFC 5322 / MIME message. Plain values: a parser produces them, the
// composer and the sync engines read them; nothing here does I/O.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace lb::mime {

// One header field as it appeared: the name as written, the value unfolded (the CRLF of each
// fold removed, the whitespace after it kept; leading whitespace trimmed) but not yet decoded.
struct HeaderField
{
    QByteArray name;
    QByteArray rawValue;
};

// The header block of a message or a body part. Lookups are case-insensitive (RFC 5322 1.2.2).
class Headers
{
public:
    void append(HeaderField field) { m_fields.push_back(std::move(field)); }
    [[nodiscard]] const std::vector<HeaderField> &fields() const { return m_fields; }
    [[nodiscard]] bool isEmpty() const { return m_fields.empty(); }

    // The first field of that name, raw (unfolded, undecoded); nullopt when absent.
    [[nodiscard]] std::optional<QByteArray> first(QByteArrayView name) const;
    // Every field of that name, in order.
    [[nodiscard]] QList<QByteArray> all(QByteArrayView name) const;
    [[nodiscard]] bool contains(QByteArrayView name) const { return first(name).has_value(); }

private:
    std::vector<HeaderField> m_fields;
};

// An RFC 5322 mailbox: display name decoded to Unicode, address as local@domain.
struct Mailbox
{
    QString name;
    QString address;
    bool operator==(const Mailbox &) const = default;
};

// A parameter list after RFC 2231 continuations and charsets (and RFC 2047, which some
// producers misuse for filenames) have been undone. Names are lower case.
struct Parameter
{
    QByteArray name;
    QString value;
};

struct ContentType
{
    QByteArray type = "text";      // lower case
    QByteArray subtype = "plain";  // lower case
    std::vector<Parameter> params; // e.g. charset, boundary, name

    [[nodiscard]] QByteArray mimeType() const { return type + '/' + subtype; }
    [[nodiscard]] std::optional<QString> param(QByteArrayView name) const;
    [[nodiscard]] bool isMultipart() const { return type == "multipart"; }
};

enum class TransferEncoding
{
    SevenBit,
    EightBit,
    Binary,
    Base64,
    QuotedPrintable,
    UuEncode,
    Unknown
};

// Something about the input that was wrong and how we coped. Never fatal: the raw bytes are
// always kept, so a defect never loses mail.
struct Defect
{
    QString partPath; // "1", "1.2", ... as in the corpus oracle
    QString what;
};

// One node of the MIME tree. For multipart/* the children are the body parts; for
// message/rfc822 (and message/global, message/news) there is a single child: the root of the
// encapsulated message, whose headers are that message's header block.
struct Part
{
    Headers headers;
    ContentType contentType;
    TransferEncoding encoding = TransferEncoding::SevenBit;
    QByteArray disposition; // lower case: "attachment", "inline", other, or empty if absent
    QString filename;       // Content-Disposition filename, else Content-Type name; decoded
    QByteArray contentId;   // without angle brackets
    QByteArray body;        // leaves: the bytes after undoing the transfer encoding;
                            // encapsulated messages: the inner message's bytes
    std::vector<Part> children;

    [[nodiscard]] bool isMultipart() const { return contentType.isMultipart(); }
    [[nodiscard]] bool isEncapsulatedMessage() const;
    [[nodiscard]] bool isLeaf() const
    {
        return children.empty() && !isMultipart() && !isEncapsulatedMessage();
    }
    // The corpus rule: disposition "attachment", or no disposition and a file name.
    [[nodiscard]] bool isAttachment() const;
};

struct Message
{
    Part root;      // root.headers is the message's header block
    QByteArray raw; // the bytes we were given, untouched

    // Convenience views of root.headers, decoded.
    QString subject;
    std::vector<Mailbox> from, sender, replyTo, to, cc, bcc;
    std::optional<QDateTime> date; // UTC
    QByteArray messageId;          // with angle brackets, whitespace removed; empty if none
    QByteArray inReplyTo;          // first msg-id of In-Reply-To, with brackets
    QList<QByteArray> references;  // msg-ids of References, in order, with brackets

    std::vector<Defect> defects;
};

} // namespace lb::mime
