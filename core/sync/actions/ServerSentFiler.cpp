// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/actions/ServerSentFiler.h"

#include "accounts/AccountRepository.h"
#include "common/Log.h"
#include "imap/Session.h"
#include "mime/MessageParser.h"
#include "store/Store.h"
#include "sync/LocalFolderPaths.h"
#include "sync/MessageRecordBuilder.h"
#include "sync/actions/ActionContext.h"
#include "sync/imap/FolderRoles.h"
#include "sync/imap/SyncContext.h"

using namespace Qt::Literals::StringLiterals;

namespace lb::sync {

namespace {

// An IMAP quoted string (RFC 9051 section 4.3): backslash and quote escaped.
QByteArray quoted(const QString &text)
{
    QByteArray out = "\"";
    for (const char c : text.toUtf8()) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + '"';
}

store::FolderRecord recordFor(AccountId account, const lb::imap::ListData &listed)
{
    store::FolderRecord record;
    record.account = account;
    record.path = listed.mailbox.text;
    record.delimiter = listed.delimiter ? QChar(QLatin1Char(*listed.delimiter)) : QChar();
    record.role = store::FolderRole::Sent;
    return record;
}

} // namespace

QString ServerSentFiler::appendingNote()
{
    return u"Delivered; its copy is being saved in the server's Sent folder."_s;
}

ServerSentFiler::ServerSentFiler(SyncRequest request) : m_request(std::move(request)) {}

ServerSentFiler::~ServerSentFiler()
{
    if (m_session)
        m_session->logout();
}

ServerSentHandler ServerSentFiler::handler()
{
    return
        [this](const store::OutboxEntry &entry, const QByteArray &raw) { return file(entry, raw); };
}

Result<void> ServerSentFiler::ensureSession()
{
    if (m_session && m_session->state() != lb::imap::SessionState::Disconnected)
        return Ok{};
    m_session = std::make_unique<lb::imap::Session>(imap::sessionOptions(m_request, {}));
    return imap::openSession(*m_session, m_request);
}

Result<store::FolderRecord> ServerSentFiler::sentFolder()
{
    if (m_sent)
        return *m_sent;
    store::Store &store = *m_request.store;
    auto known = store.folders(m_request.account);
    if (!known)
        return known.error();
    for (const store::FolderRecord &folder : *known) {
        if (folder.role == store::FolderRole::Sent &&
            !isLocalFolderPath(m_request.settings.protocol, folder.path)) {
            m_sent = folder;
            return folder;
        }
    }
    // Not synced yet: ask the server which folder is Sent, as the folder list sync would.
    auto listed = m_session->listMailboxes();
    if (!listed)
        return listed.error();
    const QList<store::FolderRole> roles = imap::assignRoles(*listed);
    std::optional<store::FolderRecord> found;
    for (qsizetype i = 0; i < listed->size(); ++i) {
        if (roles[i] == store::FolderRole::Sent)
            found = recordFor(m_request.account, (*listed)[i]);
    }
    if (!found) {
        if (auto created = m_session->createMailbox(u"Sent"_s); !created)
            return created.error();
        (void)m_session->subscribe(u"Sent"_s);
        found = store::FolderRecord{};
        found->account = m_request.account;
        found->path = u"Sent"_s;
        found->role = store::FolderRole::Sent;
    }
    auto id = store.upsertFolder(*found);
    if (!id)
        return id.error();
    auto stored = store.folder(*id);
    if (!stored)
        return stored.error();
    if (!*stored)
        return storageError(u"The Sent folder vanished from the mail cache."_s);
    m_sent = **stored;
    return *m_sent;
}

Result<bool> ServerSentFiler::alreadyFiled(const QString &messageId)
{
    auto folder = sentFolder();
    if (!folder)
        return folder.error();
    if (auto selected = m_session->select(folder->path); !selected)
        return selected.error();
    auto found = m_session->uidSearch("HEADER Message-ID " + quoted(messageId));
    if (!found)
        return found.error();
    return !found->isEmpty();
}

Result<void> ServerSentFiler::learnServerFilesSent()
{
    store::Store &store = *m_request.store;
    // The stored settings, not our copy: the user may have changed others meanwhile.
    auto current = actions::settingsOf(store, m_request.account);
    if (!current)
        return current.error();
    current->imap.serverFilesSent = true;
    if (auto saved = accounts::AccountRepository(store).update(m_request.account, *current); !saved)
        return saved;
    m_request.settings.imap.serverFilesSent = true;
    qCInfo(lcSmtp) << m_request.settings.name << "files sent mail in Sent by itself";
    return Ok{};
}

Result<void> ServerSentFiler::cacheCopy(const store::FolderRecord &folder, const QByteArray &raw,
                                        UidValidity validity, Uid uid)
{
    // Only under the UIDVALIDITY the cache knows; otherwise the folder's next sync fetches it.
    if (!uid.isValid() || !validity.isValid() || folder.sync.uidValidity != validity)
        return Ok{};
    store::MessageRecord record = recordFromMessage(mime::parseMessage(raw));
    record.uid = uid;
    record.size = raw.size();
    record.flags = store::MessageFlag::Seen;
    auto ids = m_request.store->upsertHeaders(folder.id, std::span(&record, 1));
    if (!ids)
        return ids.error();
    return m_request.store->storeBody(ids->front(), raw);
}

Result<void> ServerSentFiler::file(const store::OutboxEntry &entry, const QByteArray &raw)
{
    if (m_request.settings.imap.serverFilesSent)
        return Ok{};
    if (auto opened = ensureSession(); !opened)
        return opened;
    auto filed = alreadyFiled(entry.messageId);
    if (!filed)
        return filed.error();
    if (*filed) {
        // Our own APPEND of an earlier run that stopped before the entry went is no sign.
        if (entry.lastError == appendingNote())
            return Ok{};
        return learnServerFilesSent();
    }
    auto folder = sentFolder();
    if (!folder)
        return folder.error();
    // Recorded before the APPEND, so a run that stops between it and the removal of the entry
    // does not take our copy for the server's next time.
    if (auto noted =
            m_request.store->setOutboxState(entry.id, store::OutboxState::Sent, appendingNote());
        !noted)
        return noted;
    auto appended = m_session->append(folder->path, raw, {"\\Seen"});
    if (!appended)
        return appended.error();
    return cacheCopy(*folder, raw, appended->uidValidity, appended->uid);
}

} // namespace lb::sync
