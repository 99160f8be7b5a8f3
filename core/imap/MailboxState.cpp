// SPDX-License-Identifier: GPL-3.0-or-later
#include "imap/MailboxState.h"

#include <utility>

namespace lb::imap {

void MailboxState::reset(QByteArray mailbox, bool readOnly)
{
    *this = MailboxState();
    m_selected = true;
    m_mailbox = std::move(mailbox);
    m_readOnly = readOnly;
}

void MailboxState::close()
{
    *this = MailboxState();
}

MailboxState::Changes MailboxState::takeChanges()
{
    return std::exchange(m_changes, Changes{});
}

void MailboxState::apply(const Response &response)
{
    if (const auto *status = std::get_if<StatusResponse>(&response)) {
        if (status->code)
            applyCode(*status->code);
    } else if (const auto *exists = std::get_if<ExistsData>(&response)) {
        if (exists->count > m_exists)
            m_changes.existsGrew = true;
        m_exists = exists->count;
    } else if (const auto *expunge = std::get_if<ExpungeData>(&response)) {
        // RFC 9051 section 7.5.1: each EXPUNGE lowers EXISTS by one.
        m_changes.expunged.append(expunge->sequence);
        if (m_exists > 0)
            --m_exists;
    } else if (const auto *vanished = std::get_if<VanishedData>(&response)) {
        for (const SequenceSet::Range &r : vanished->uids.ranges())
            m_changes.vanishedUids.addRange(r.first, r.last);
        // RFC 7162 section 3.2.10: only VANISHED without EARLIER lowers EXISTS.
        if (!vanished->earlier) {
            const auto count = std::uint64_t(vanished->uids.toList(UINT32_MAX).size());
            m_exists = count >= m_exists ? 0 : std::uint32_t(m_exists - count);
        }
    } else if (const auto *fetch = std::get_if<FetchData>(&response)) {
        applyFetch(*fetch);
    } else if (const auto *flags = std::get_if<FlagsData>(&response)) {
        m_flags = flags->flags;
    }
}

void MailboxState::applyCode(const ResponseCode &code)
{
    using Kind = ResponseCode::Kind;
    switch (code.kind) {
    case Kind::UidValidity:
        m_uidValidity = UidValidity{std::uint32_t(code.number)};
        break;
    case Kind::UidNext:
        m_uidNext = Uid{std::uint32_t(code.number)};
        break;
    case Kind::HighestModSeq:
        m_highestModSeq = ModSeq{code.number};
        break;
    case Kind::NoModSeq:
        m_noModSeq = true;
        break;
    case Kind::PermanentFlags:
        m_permanentFlags = code.flags;
        break;
    case Kind::ReadOnly:
        m_readOnly = true;
        break;
    case Kind::ReadWrite:
        m_readOnly = false;
        break;
    default:
        break;
    }
}

void MailboxState::applyFetch(const FetchData &fetch)
{
    if (fetch.uid && fetch.flags) {
        FetchData update;
        update.sequence = fetch.sequence;
        update.uid = fetch.uid;
        update.flags = fetch.flags;
        update.modSeq = fetch.modSeq;
        m_changes.flagUpdates.append(std::move(update));
    }
}

} // namespace lb::imap
