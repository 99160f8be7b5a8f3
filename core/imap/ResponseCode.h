// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "imap/SequenceSet.h"

#include <QByteArray>
#include <QList>

#include <cstdint>

namespace lb::imap {

// The bracketed code of a status response, "[UIDNEXT 4392]" (RFC 9051 section 7.1, RFC 5530
// for the error codes, RFC 7162 for the CONDSTORE ones, RFC 4315 for UIDPLUS).
struct ResponseCode
{
    enum class Kind
    {
        Unknown, // any other code: see atom and text
        Alert,
        Parse,
        BadCharset,     // charsets
        Capability,     // capabilities
        PermanentFlags, // flags ("\*" means new keywords may be created)
        UidValidity,    // number
        UidNext,        // number
        Unseen,         // number
        HighestModSeq,  // number
        NoModSeq,
        Modified,  // set (RFC 7162 section 3.1.3)
        AppendUid, // number (UIDVALIDITY), destUids
        CopyUid,   // number (UIDVALIDITY), sourceUids, destUids
        UidNotSticky,
        ReadOnly,
        ReadWrite,
        TryCreate,
        Closed,
        // RFC 5530
        Unavailable,
        AuthenticationFailed,
        AuthorizationFailed,
        Expired,
        PrivacyRequired,
        ContactAdmin,
        NoPerm,
        InUse,
        ExpungeIssued,
        Corruption,
        ServerBug,
        ClientBug,
        Cannot,
        Limit,
        OverQuota,
        AlreadyExists,
        NonExistent,
        // RFC 9051
        HasChildren,
        UseAttr,
        NotSaved,
    };

    Kind kind = Kind::Unknown;
    QByteArray atom;                // the code as sent, upper-cased ("UIDNEXT")
    QByteArray text;                // Unknown: the raw arguments, or empty
    QList<QByteArray> capabilities; // Capability (upper case), BadCharset (as sent)
    QList<QByteArray> flags;        // PermanentFlags
    std::uint64_t number = 0;       // UidValidity/UidNext/Unseen/HighestModSeq, and the
                                    // UIDVALIDITY of AppendUid/CopyUid
    SequenceSet sourceUids;         // CopyUid
    SequenceSet destUids;           // AppendUid/CopyUid
    SequenceSet set;                // Modified

    bool operator==(const ResponseCode &) const = default;
};

} // namespace lb::imap
