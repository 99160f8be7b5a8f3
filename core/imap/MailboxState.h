// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/StrongId.h"
#include "imap/Responses.h"
#include "imap/SequenceSet.h"

#include <QByteArray>
#include <QList>

#include <cstdint>
#include <optional>

namespace lb::imap {

// What the server told us about the selected mailbox, whichever command was running when it
// did: SELECT data, and the unsolicited EXISTS, EXPUNGE, VANISHED and FETCH FLAGS that may
// come after any command (RFC 9051 section 7, RFC 7162 section 3.2.10). The session feeds
// every untagged response here except FETCH and VANISHED that a running command asked for
// (those are the command's answer). HIGHESTMODSEQ comes only from response codes: a FETCH
// MODSEQ seen mid-resync does not prove that every earlier change was seen (RFC 7162 3.1.2.1).
class MailboxState
{
public:
    // Changes seen since the last takeChanges().
    struct Changes
    {
        SequenceSet vanishedUids;      // VANISHED (also EARLIER): UIDs gone
        QList<std::uint32_t> expunged; // EXPUNGE: sequence numbers, not UIDs
        QList<FetchData> flagUpdates;  // FETCH with UID and FLAGS
        bool existsGrew = false;       // new mail may be there

        [[nodiscard]] bool isEmpty() const
        {
            return vanishedUids.isEmpty() && expunged.isEmpty() && flagUpdates.isEmpty() &&
                   !existsGrew;
        }
    };

    // A new SELECT/EXAMINE starts from nothing.
    void reset(QByteArray mailbox, bool readOnly);
    void close();
    void apply(const Response &response);
    [[nodiscard]] Changes takeChanges();
    [[nodiscard]] bool hasChanges() const { return !m_changes.isEmpty(); }

    [[nodiscard]] bool isSelected() const { return m_selected; }
    [[nodiscard]] const QByteArray &mailbox() const { return m_mailbox; }
    [[nodiscard]] bool readOnly() const { return m_readOnly; }
    [[nodiscard]] std::uint32_t exists() const { return m_exists; }
    [[nodiscard]] UidValidity uidValidity() const { return m_uidValidity; }
    [[nodiscard]] Uid uidNext() const { return m_uidNext; }
    // 0 until the server reported one; see noModSeq().
    [[nodiscard]] ModSeq highestModSeq() const { return m_highestModSeq; }
    [[nodiscard]] bool noModSeq() const { return m_noModSeq; }
    [[nodiscard]] const QList<QByteArray> &flags() const { return m_flags; }
    [[nodiscard]] const QList<QByteArray> &permanentFlags() const { return m_permanentFlags; }

private:
    void applyCode(const ResponseCode &code);
    void applyFetch(const FetchData &fetch);

    bool m_selected = false;
    QByteArray m_mailbox;
    bool m_readOnly = false;
    std::uint32_t m_exists = 0;
    UidValidity m_uidValidity;
    Uid m_uidNext;
    ModSeq m_highestModSeq;
    bool m_noModSeq = false;
    QList<QByteArray> m_flags;
    QList<QByteArray> m_permanentFlags;
    Changes m_changes;
};

} // namespace lb::imap
