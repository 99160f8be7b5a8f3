// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/RowReader.h"

#include "store/Statement.h"

#include <array>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace lb::store {

MessageRow readMessageRow(const Statement &stmt)
{
    MessageRow row;
    row.id = MessageId{stmt.intAt(0)};
    row.folder = FolderId{stmt.intAt(1)};
    row.thread = ThreadId{stmt.intAt(2)};
    row.bodyState = BodyState(stmt.intAt(3));
    MessageRecord &r = row.record;
    r.uid = Uid{std::uint32_t(stmt.intAt(4))};
    r.uidl = stmt.textAt(5);
    r.messageId = stmt.textAt(6);
    r.inReplyTo = stmt.textAt(7);
    r.references = stmt.textAt(8).split(u' ', Qt::SkipEmptyParts);
    r.date = stmt.intAt(9);
    r.fromName = stmt.textAt(10);
    r.fromAddress = stmt.textAt(11);
    r.toSummary = stmt.textAt(12);
    r.ccSummary = stmt.textAt(13);
    r.subject = stmt.textAt(14);
    r.size = stmt.intAt(15);
    r.flags = MessageFlags::fromInt(int(stmt.intAt(16)));
    r.keywords = stmt.textAt(17).split(u' ', Qt::SkipEmptyParts);
    r.hasAttachments = stmt.intAt(18) != 0;
    r.snippet = stmt.textAt(19);
    return row;
}

namespace {

template <typename Enum, std::size_t N>
QString toText(const std::array<std::pair<Enum, const char16_t *>, N> &table, Enum value)
{
    for (const auto &[e, text] : table) {
        if (e == value)
            return QString::fromUtf16(text);
    }
    return QString::fromUtf16(table.front().second);
}

template <typename Enum, std::size_t N>
Enum fromText(const std::array<std::pair<Enum, const char16_t *>, N> &table, const QString &text)
{
    for (const auto &[e, name] : table) {
        if (text == QStringView(name))
            return e;
    }
    return table.front().first;
}

constexpr std::array<std::pair<FolderRole, const char16_t *>, 7> kRoles{{
    {FolderRole::None, u"none"},
    {FolderRole::Inbox, u"inbox"},
    {FolderRole::Sent, u"sent"},
    {FolderRole::Drafts, u"drafts"},
    {FolderRole::Trash, u"trash"},
    {FolderRole::Junk, u"junk"},
    {FolderRole::Archive, u"archive"},
}};
constexpr std::array<std::pair<Protocol, const char16_t *>, 2> kProtocols{{
    {Protocol::Imap, u"imap"},
    {Protocol::Pop3, u"pop3"},
}};
constexpr std::array<std::pair<PendingOpKind, const char16_t *>, 8> kOpKinds{{
    {PendingOpKind::SetFlags, u"set_flags"},
    {PendingOpKind::Move, u"move"},
    {PendingOpKind::Copy, u"copy"},
    {PendingOpKind::Delete, u"delete"},
    {PendingOpKind::Expunge, u"expunge"},
    {PendingOpKind::Append, u"append"},
    {PendingOpKind::MoveLocal, u"move_local"},
    {PendingOpKind::EmptyFolder, u"empty_folder"},
}};
constexpr std::array<std::pair<PopState, const char16_t *>, 5> kPopStates{{
    {PopState::Stored, u"stored"},
    {PopState::Deleting, u"deleting"},
    {PopState::Gone, u"gone"},
    {PopState::DeleteRequested, u"delete_requested"},
    {PopState::Skipped, u"skipped"},
}};

} // namespace

QString roleText(FolderRole role)
{
    return toText(kRoles, role);
}
FolderRole roleFromText(const QString &text)
{
    return fromText(kRoles, text);
}
QString protocolText(Protocol protocol)
{
    return toText(kProtocols, protocol);
}
Protocol protocolFromText(const QString &text)
{
    return fromText(kProtocols, text);
}
QString opKindText(PendingOpKind kind)
{
    return toText(kOpKinds, kind);
}
PendingOpKind opKindFromText(const QString &text)
{
    return fromText(kOpKinds, text);
}
QString popStateText(PopState state)
{
    return toText(kPopStates, state);
}
PopState popStateFromText(const QString &text)
{
    return fromText(kPopStates, text);
}

Result<std::vector<MessageRow>> readMessageRows(Statement &stmt)
{
    return collectRows(stmt, readMessageRow);
}

} // namespace lb::store
