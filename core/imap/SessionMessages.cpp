// SPDX-License-Identifier: GPL-3.0-or-later
// Commands in the Selected state: SELECT, FETCH, SEARCH, STORE, COPY/MOVE, EXPUNGE, APPEND.
#include "imap/Session.h"

#include "imap/ModifiedUtf7.h"

using namespace Qt::Literals::StringLiterals;

namespace lb::imap {

Result<SelectResult> Session::select(const QString &mailbox, SelectOptions options)
{
    if (!m_capabilities.condstore())
        options.condstore = false;
    if (!m_capabilities.qresync() || !m_enabled.contains("QRESYNC"))
        options.qresync.reset();
    m_mailbox.reset(encodeModifiedUtf7(mailbox), options.readOnly);
    m_state = SessionState::Authenticated;
    Result<CommandResult> result = execute(m_builder.select(CommandArg::mailbox(mailbox), options));
    if (!result)
        return result.error();
    if (!result->ok()) {
        m_mailbox.close();
        return commandError(*result, u"opening %1"_s.arg(mailbox));
    }
    m_state = SessionState::Selected;
    if (result->hasCode(ResponseCode::Kind::ReadOnly))
        m_mailbox.apply(Response(result->status));
    SelectResult out;
    out.uidValidity = m_mailbox.uidValidity();
    out.uidNext = m_mailbox.uidNext();
    out.highestModSeq = m_mailbox.noModSeq() ? ModSeq{} : m_mailbox.highestModSeq();
    out.exists = m_mailbox.exists();
    out.readOnly = m_mailbox.readOnly();
    for (const VanishedData &v : result->all<VanishedData>()) {
        for (const SequenceSet::Range &r : v.uids.ranges())
            out.vanished.addRange(r.first, r.last);
    }
    out.changed = result->all<FetchData>();
    return out;
}

Result<QList<FetchData>> Session::uidFetch(const SequenceSet &uids, const QByteArray &items,
                                           std::optional<ModSeq> changedSince, bool vanished)
{
    if (!m_capabilities.condstore())
        changedSince.reset();
    Result<CommandResult> result = executeOk(
        m_builder.uidFetch(uids, items, changedSince, vanished && m_capabilities.qresync()),
        u"fetching messages"_s);
    if (!result)
        return result.error();
    // VANISHED (EARLIER) of CHANGEDSINCE ... VANISHED goes where other expunges go.
    for (const VanishedData &v : result->all<VanishedData>())
        m_mailbox.apply(Response(v));
    return result->all<FetchData>();
}

Result<QList<std::uint32_t>> Session::uidSearch(const QByteArray &criteria)
{
    const bool esearch = m_capabilities.has("ESEARCH");
    Result<CommandResult> result =
        executeOk(m_builder.uidSearch({CommandArg::raw(criteria)},
                                      esearch ? QList<QByteArray>{"ALL"} : QList<QByteArray>{}),
                  u"searching"_s);
    if (!result)
        return result.error();
    QList<std::uint32_t> uids;
    for (const SearchData &s : result->all<SearchData>())
        uids.append(s.numbers);
    for (const ESearchData &e : result->all<ESearchData>()) {
        if (e.all)
            uids.append(e.all->toList(UINT32_MAX));
    }
    std::sort(uids.begin(), uids.end());
    uids.erase(std::unique(uids.begin(), uids.end()), uids.end());
    return uids;
}

Result<void> Session::uidStore(const SequenceSet &uids, StoreAction action,
                               const QList<QByteArray> &flags)
{
    Result<CommandResult> result =
        executeOk(m_builder.uidStore(uids, action, flags), u"changing flags"_s);
    if (!result)
        return result.error();
    return Ok{};
}

Result<void> Session::uidCopy(const SequenceSet &uids, const QString &target)
{
    Result<CommandResult> result = executeOk(m_builder.uidCopy(uids, CommandArg::mailbox(target)),
                                             u"copying to %1"_s.arg(target));
    if (!result)
        return result.error();
    return Ok{};
}

Result<MoveOutcome> Session::uidMove(const SequenceSet &uids, const QString &target,
                                     bool allowPlainExpunge)
{
    if (m_capabilities.has("MOVE")) {
        Result<CommandResult> result = executeOk(
            m_builder.uidMove(uids, CommandArg::mailbox(target)), u"moving to %1"_s.arg(target));
        if (!result)
            return result.error();
        return MoveOutcome::Moved;
    }
    // RFC 6851 section 3.3: what MOVE does, in three steps.
    if (Result<void> copied = uidCopy(uids, target); !copied)
        return copied.error();
    if (Result<void> marked = uidStore(uids, StoreAction::Add, {"\\Deleted"}); !marked)
        return marked.error();
    if (!m_capabilities.has("UIDPLUS") && !allowPlainExpunge)
        return MoveOutcome::MarkedDeleted;
    if (Result<void> expunged = uidExpunge(uids, allowPlainExpunge); !expunged)
        return expunged.error();
    return MoveOutcome::Moved;
}

Result<void> Session::uidExpunge(const SequenceSet &uids, bool allowPlainExpunge)
{
    Command command;
    if (m_capabilities.has("UIDPLUS")) {
        command = m_builder.uidExpunge(uids);
    } else if (allowPlainExpunge) {
        command = m_builder.expunge();
    } else {
        return Error{ErrorScope::Message,
                     Remedy::AskUser,
                     u"The server cannot expunge single messages (no UIDPLUS); expunging the "
                     u"folder would also remove messages other programs marked deleted."_s,
                     {}};
    }
    Result<CommandResult> result = executeOk(std::move(command), u"expunging messages"_s);
    if (!result)
        return result.error();
    return Ok{};
}

Result<AppendResult> Session::append(const QString &mailbox, const QByteArray &message,
                                     const QList<QByteArray> &flags,
                                     const std::optional<QDateTime> &date)
{
    Result<CommandResult> result =
        executeOk(m_builder.append(CommandArg::mailbox(mailbox), flags, date, message),
                  u"saving a message to %1"_s.arg(mailbox));
    if (!result)
        return result.error();
    AppendResult out;
    if (result->hasCode(ResponseCode::Kind::AppendUid)) {
        // RFC 4315 section 3: [APPENDUID uidvalidity uid]
        const ResponseCode &code = *result->status.code;
        out.uidValidity = UidValidity{std::uint32_t(code.number)};
        const QList<std::uint32_t> uids = code.destUids.toList(UINT32_MAX, 1);
        if (!uids.isEmpty())
            out.uid = Uid{uids.front()};
    }
    return out;
}

} // namespace lb::imap
