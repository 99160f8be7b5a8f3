// SPDX-License-Identifier: GPL-3.0-or-later
// The typed responses the parser yields (RFC 9051 section 7 and extensions). Plain values:
// they carry no behaviour and do not know the session that receives them.
#pragma once

#include "common/StrongId.h"
#include "imap/BodyStructure.h"
#include "imap/Envelope.h"
#include "imap/ResponseCode.h"
#include "imap/SequenceSet.h"
#include "imap/Value.h"

#include <QByteArray>
#include <QDateTime>
#include <QFlags>
#include <QList>
#include <QPair>
#include <QString>

#include <cstdint>
#include <optional>
#include <variant>

namespace lb::imap {

enum class Status
{
    Ok,
    No,
    Bad,
    PreAuth,
    Bye
};

// "tag OK [code] text" or untagged "* OK/NO/BAD/PREAUTH/BYE [code] text" (RFC 9051 7.1).
// Greetings are untagged OK, PREAUTH or BYE.
struct StatusResponse
{
    QByteArray tag; // empty when untagged
    Status status = Status::Ok;
    std::optional<ResponseCode> code;
    QByteArray text; // human-readable, as sent (UTF-8 in practice)

    [[nodiscard]] bool isTagged() const { return !tag.isEmpty(); }
    bool operator==(const StatusResponse &) const = default;
};

// "+ text": the server waits for the rest of a command (literal, AUTHENTICATE, IDLE).
struct ContinuationRequest
{
    std::optional<ResponseCode> code;
    QByteArray text; // for AUTHENTICATE: the base64 challenge

    bool operator==(const ContinuationRequest &) const = default;
};

// "* CAPABILITY ..." (RFC 9051 7.2.2). Capabilities are upper-cased.
struct CapabilityData
{
    QList<QByteArray> capabilities;

    [[nodiscard]] bool has(QByteArrayView capability) const;
    bool operator==(const CapabilityData &) const = default;
};

// Mailbox attributes of LIST (RFC 9051 7.3.1), LIST-EXTENDED (RFC 5258) and SPECIAL-USE
// (RFC 6154).
enum class MailboxAttribute : std::uint32_t
{
    NoInferiors = 1u << 0,
    NoSelect = 1u << 1,
    Marked = 1u << 2,
    Unmarked = 1u << 3,
    HasChildren = 1u << 4,
    HasNoChildren = 1u << 5,
    NonExistent = 1u << 6,
    Subscribed = 1u << 7,
    Remote = 1u << 8,
    All = 1u << 9,
    Archive = 1u << 10,
    Drafts = 1u << 11,
    Flagged = 1u << 12,
    Junk = 1u << 13,
    Sent = 1u << 14,
    Trash = 1u << 15,
    Important = 1u << 16,
};
Q_DECLARE_FLAGS(MailboxAttributes, MailboxAttribute)

// The attribute for "\HasChildren" and the like (case-insensitive), or nullopt.
[[nodiscard]] std::optional<MailboxAttribute> mailboxAttributeFromName(QByteArrayView name);

// A mailbox name as sent and as text: modified UTF-7 (RFC 3501 5.1.3) unless it holds 8-bit
// bytes (UTF-8, RFC 6855). "INBOX" is case-insensitive and always reads "INBOX".
struct MailboxName
{
    QByteArray raw; // use this in commands
    QString text;   // show this
    bool decodedCleanly = true;

    [[nodiscard]] static MailboxName fromWire(QByteArray raw);
    bool operator==(const MailboxName &) const = default;
};

// "* LIST (\HasNoChildren \Sent) "/" Sent" and "* LSUB ..." (RFC 9051 7.3.1, RFC 5258).
struct ListData
{
    bool lsub = false;
    QList<QByteArray> attributeNames; // as sent, including ones we do not know
    MailboxAttributes attributes;
    std::optional<char> delimiter; // nullopt: NIL, a flat namespace
    MailboxName mailbox;
    QList<QByteArray> childInfo;              // CHILDINFO ("SUBSCRIBED")
    std::optional<MailboxName> oldName;       // OLDNAME (RFC 5465)
    QList<QPair<QByteArray, Value>> extended; // other mbox-list-extended items

    bool operator==(const ListData &) const = default;
};

// One namespace of NAMESPACE (RFC 2342, RFC 9051 7.3.2).
struct Namespace
{
    MailboxName prefix;
    std::optional<char> delimiter;
    QList<QPair<QByteArray, QList<QByteArray>>> extensions;
    bool operator==(const Namespace &) const = default;
};

struct NamespaceData
{
    QList<Namespace> personal;
    QList<Namespace> otherUsers;
    QList<Namespace> shared;
    bool operator==(const NamespaceData &) const = default;
};

// "* STATUS box (MESSAGES 3 UIDNEXT 7)" (RFC 9051 7.3.4, RFC 7162, RFC 8438).
struct StatusData
{
    MailboxName mailbox;
    std::optional<std::uint32_t> messages;
    std::optional<std::uint32_t> recent;
    std::optional<Uid> uidNext;
    std::optional<UidValidity> uidValidity;
    std::optional<std::uint32_t> unseen;
    std::optional<std::uint32_t> deleted;
    std::optional<std::uint64_t> size;
    std::optional<ModSeq> highestModSeq;
    QList<QPair<QByteArray, Value>> other;
    bool operator==(const StatusData &) const = default;
};

// "* FLAGS (...)" (RFC 9051 7.3.5): flags as sent.
struct FlagsData
{
    QList<QByteArray> flags;
    bool operator==(const FlagsData &) const = default;
};

struct ExistsData
{
    std::uint32_t count = 0;
    bool operator==(const ExistsData &) const = default;
};

struct RecentData
{
    std::uint32_t count = 0;
    bool operator==(const RecentData &) const = default;
};

// "* 3 EXPUNGE": a message sequence number, not a UID (RFC 9051 7.4.1).
struct ExpungeData
{
    std::uint32_t sequence = 0;
    bool operator==(const ExpungeData &) const = default;
};

// A BODY[section]<origin> or BINARY[section] item of FETCH (RFC 9051 7.5.2, RFC 3516).
// RFC822, RFC822.HEADER and RFC822.TEXT come as sections "", "HEADER" and "TEXT".
struct BodySectionData
{
    QByteArray section; // between the brackets, as sent ("HEADER.FIELDS (FROM)")
    std::optional<std::uint32_t> origin;
    NString data; // NIL: the server had nothing
    bool binary = false;
    bool operator==(const BodySectionData &) const = default;
};

// "* 12 FETCH (...)" (RFC 9051 7.5.2). Items the server did not send stay empty.
struct FetchData
{
    std::uint32_t sequence = 0;
    std::optional<Uid> uid;
    std::optional<QList<QByteArray>> flags;
    std::optional<QDateTime> internalDate; // UTC
    std::optional<std::uint64_t> rfc822Size;
    std::optional<Envelope> envelope;
    std::optional<BodyPart> bodyStructure; // BODYSTRUCTURE, or BODY (no extension data)
    QList<BodySectionData> sections;
    QList<QPair<QByteArray, std::uint64_t>> binarySizes; // BINARY.SIZE[section]
    std::optional<ModSeq> modSeq;                        // RFC 7162
    std::optional<std::uint64_t> gmMsgId;                // X-GM-MSGID
    std::optional<std::uint64_t> gmThrId;                // X-GM-THRID
    std::optional<QList<QByteArray>> gmLabels;           // X-GM-LABELS, as sent
    NString emailId;                                     // EMAILID (RFC 8474)
    NString threadId;                                    // THREADID (RFC 8474), NIL allowed
    QList<QPair<QByteArray, Value>> other;               // items we do not know

    // The section with that name (case-insensitive), or nullptr.
    [[nodiscard]] const BodySectionData *section(QByteArrayView name, bool binary = false) const;
    bool operator==(const FetchData &) const = default;
};

// "* SEARCH 2 3 6 (MODSEQ 917162500)" (RFC 9051 7.3.6, RFC 7162 3.1.5).
struct SearchData
{
    QList<std::uint32_t> numbers;
    std::optional<ModSeq> highestModSeq;
    bool operator==(const SearchData &) const = default;
};

// "* ESEARCH (TAG "A1") UID MIN 2 COUNT 3 ALL 2,10:11" (RFC 4731, RFC 9051 7.3.4).
struct ESearchData
{
    QByteArray tag; // the command it answers; empty when the server did not say
    bool uid = false;
    std::optional<std::uint32_t> min;
    std::optional<std::uint32_t> max;
    std::optional<std::uint32_t> count;
    std::optional<SequenceSet> all;
    std::optional<ModSeq> modSeq;
    QList<QPair<QByteArray, Value>> other;
    bool operator==(const ESearchData &) const = default;
};

// "* VANISHED (EARLIER) 41,43:116" (RFC 7162 3.2.10): UIDs, not sequence numbers.
struct VanishedData
{
    bool earlier = false;
    SequenceSet uids;
    bool operator==(const VanishedData &) const = default;
};

// "* QUOTA root (STORAGE 10 512)" (RFC 9208 5.1). STORAGE counts KiB.
struct QuotaResource
{
    QByteArray name; // upper case
    std::uint64_t usage = 0;
    std::uint64_t limit = 0;
    bool operator==(const QuotaResource &) const = default;
};

struct QuotaData
{
    QByteArray root;
    QList<QuotaResource> resources;
    bool operator==(const QuotaData &) const = default;
};

// "* QUOTAROOT INBOX "" " (RFC 9208 5.2).
struct QuotaRootData
{
    MailboxName mailbox;
    QList<QByteArray> roots;
    bool operator==(const QuotaRootData &) const = default;
};

// "* ENABLED CONDSTORE" (RFC 5161).
struct EnabledData
{
    QList<QByteArray> capabilities; // upper case
    bool operator==(const EnabledData &) const = default;
};

// "* ID ("name" "Dovecot")" (RFC 2971); "* ID NIL" gives no fields.
struct IdData
{
    QList<QPair<QByteArray, NString>> fields;
    bool operator==(const IdData &) const = default;
};

// Any other untagged response ("* SORT 2 3", "* 5 XFOO ..."): kept so nothing is lost.
struct UnknownData
{
    std::optional<std::uint32_t> number; // "* 5 XFOO": 5
    QByteArray keyword;                  // upper case
    QByteArray raw;                      // the rest of the response after the keyword
    bool operator==(const UnknownData &) const = default;
};

using Response = std::variant<StatusResponse, ContinuationRequest, CapabilityData, ListData,
                              NamespaceData, StatusData, FlagsData, ExistsData, RecentData,
                              ExpungeData, FetchData, SearchData, ESearchData, VanishedData,
                              QuotaData, QuotaRootData, EnabledData, IdData, UnknownData>;

} // namespace lb::imap

Q_DECLARE_OPERATORS_FOR_FLAGS(lb::imap::MailboxAttributes)
