// SPDX-License-Identifier: GPL-3.0-or-later
// The mailbox figures the account wizard shows beside the POP3/IMAP choice: how many
// messages, how large, and the quota, read with as few round trips as the server allows.
#include "sync/verify/AccountVerifier.h"

#include "imap/Session.h"

#include <QElapsedTimer>

using namespace Qt::Literals::StringLiterals;

namespace lb::sync::verify {

namespace {

constexpr qsizetype MaxFolders = 500;       // beyond this, INBOX alone is counted
constexpr quint64 MaxSizedMessages = 20000; // message sizes are summed only up to this many

// RFC 9208 section 5.1: STORAGE is in units of 1024 octets.
void readQuota(imap::Session &session, MailboxFigures &figures)
{
    Result<QList<imap::QuotaData>> quota = session.quotaRoot(u"INBOX"_s);
    if (!quota)
        return;
    for (const imap::QuotaData &root : *quota) {
        for (const imap::QuotaResource &resource : root.resources) {
            if (resource.name != "STORAGE")
                continue;
            figures.quotaUsedBytes = resource.usage * 1024;
            figures.quotaLimitBytes = resource.limit * 1024;
            return;
        }
    }
}

QList<imap::MailboxName> selectableFolders(imap::Session &session)
{
    Result<QList<imap::ListData>> list = session.listMailboxes();
    QList<imap::MailboxName> names;
    if (!list)
        return {imap::MailboxName::fromWire("INBOX")};
    for (const imap::ListData &entry : *list) {
        if (entry.lsub || entry.attributes.testFlag(imap::MailboxAttribute::NoSelect) ||
            entry.attributes.testFlag(imap::MailboxAttribute::NonExistent))
            continue;
        // INBOX first: it is what the fallback counts.
        if (entry.mailbox.text == u"INBOX"_s)
            names.prepend(entry.mailbox);
        else
            names.append(entry.mailbox);
    }
    if (names.isEmpty())
        names.append(imap::MailboxName::fromWire("INBOX"));
    return names;
}

struct Counted
{
    imap::MailboxName name;
    quint64 messages = 0;
    std::optional<quint64> size;
};

// STATUS for every folder, pipelined (RFC 9051 section 6.3.11; SIZE from RFC 8438).
std::optional<QList<Counted>> statusAll(imap::Session &session,
                                        const QList<imap::MailboxName> &folders, bool withSize,
                                        const QElapsedTimer &clock,
                                        std::chrono::milliseconds budget)
{
    QList<QByteArray> items{"MESSAGES"};
    if (withSize)
        items.append("SIZE");
    QList<Counted> counted;
    constexpr qsizetype Batch = 25;
    for (qsizetype start = 0; start < folders.size(); start += Batch) {
        if (start > 0 && clock.elapsed() > budget.count())
            return std::nullopt;
        QList<QByteArray> tags;
        for (qsizetype i = start; i < std::min(folders.size(), start + Batch); ++i) {
            Result<QByteArray> tag = session.send(
                session.commands().status(imap::CommandArg::rawMailbox(folders.at(i).raw), items));
            if (!tag)
                return std::nullopt;
            tags.append(*tag);
        }
        for (qsizetype i = 0; i < tags.size(); ++i) {
            Result<imap::CommandResult> result = session.wait(tags.at(i));
            if (!result)
                return std::nullopt;
            Counted c{folders.at(start + i), 0, std::nullopt};
            for (const imap::StatusData &status : result->all<imap::StatusData>()) {
                c.messages = status.messages.value_or(0);
                c.size = status.size;
            }
            counted.append(c);
        }
    }
    return counted;
}

// Without STATUS=SIZE: the sum of RFC822.SIZE, folder by folder (read-only EXAMINE).
std::optional<quint64> sumSizes(imap::Session &session, const QList<Counted> &folders,
                                const QElapsedTimer &clock, std::chrono::milliseconds budget)
{
    quint64 total = 0;
    for (const Counted &folder : folders) {
        if (folder.messages == 0)
            continue;
        if (clock.elapsed() > budget.count())
            return std::nullopt;
        imap::SelectOptions options;
        options.readOnly = true;
        if (!session.select(folder.name.text, options))
            return std::nullopt;
        Result<QList<imap::FetchData>> sizes =
            session.uidFetch(imap::SequenceSet::range(1, imap::SequenceSet::Star), "(RFC822.SIZE)");
        if (!sizes)
            return std::nullopt;
        for (const imap::FetchData &item : *sizes)
            total += item.rfc822Size.value_or(0);
    }
    return total;
}

} // namespace

MailboxFigures imapFigures(imap::Session &session, std::chrono::milliseconds budget)
{
    QElapsedTimer clock;
    clock.start();
    MailboxFigures figures;
    readQuota(session, figures);
    QList<imap::MailboxName> folders = selectableFolders(session);
    if (folders.size() > MaxFolders) {
        folders = folders.mid(0, 1);
        figures.inboxOnly = true;
    }
    const bool statusSize = session.capabilities().has("STATUS=SIZE");
    std::optional<QList<Counted>> counted = statusAll(session, folders, statusSize, clock, budget);
    if (!counted && folders.size() > 1) {
        // Too slow for every folder: INBOX alone still says something true.
        figures.inboxOnly = true;
        counted = statusAll(session, folders.mid(0, 1), statusSize, clock, budget * 2);
    }
    if (!counted)
        return figures;
    quint64 messages = 0;
    std::optional<quint64> bytes = quint64(0);
    for (const Counted &c : *counted) {
        messages += c.messages;
        bytes = bytes && c.size ? std::optional(*bytes + *c.size) : std::nullopt;
    }
    figures.messages = messages;
    figures.folders = static_cast<int>(counted->size());
    if (!bytes && messages <= MaxSizedMessages)
        bytes = sumSizes(session, *counted, clock, budget);
    if (!bytes && figures.quotaUsedBytes && !figures.inboxOnly) {
        bytes = figures.quotaUsedBytes;
        figures.sizeFromQuota = true;
    }
    figures.bytes = bytes;
    return figures;
}

} // namespace lb::sync::verify
