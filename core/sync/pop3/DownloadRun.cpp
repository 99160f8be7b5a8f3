// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/pop3/DownloadRun.h"

#include "accounts/AccountRepository.h"
#include "common/Log.h"
#include "mime/MessageParser.h"
#include "mime/TextExtraction.h"
#include "store/Store.h"
#include "sync/MessageRecordBuilder.h"
#include "sync/pop3/FaultInjection.h"
#include "sync/pop3/LocalFolders.h"
#include "sync/pop3/MailboxConflict.h"
#include "sync/pop3/Retention.h"

#include <QDateTime>

using namespace Qt::Literals::StringLiterals;

namespace lb::sync::pop3 {

using Phase = SyncProgress::Phase;

Result<void> openSession(lb::pop3::Pop3Session &session, const SyncRequest &request)
{
    const accounts::ServerSettings &server = request.settings.incoming;
    if (request.log)
        session.connection().setProtocolLog(request.log,
                                            u"pop3 %1@%2"_s.arg(server.user, server.host));
    session.setStepHook([](lb::pop3::SessionStep) { faultStep(); });
    if (auto opened = session.open(server.endpoint()); !opened)
        return opened;
    return session.login(server.user, request.password);
}

qint64 nowFrom(const EngineOptions &options)
{
    return options.now ? options.now() : QDateTime::currentSecsSinceEpoch();
}

DownloadRun::DownloadRun(const SyncRequest &request, const EngineOptions &options)
    : m_request(request), m_options(options), m_store(*request.store), m_session(options.session)
{}

Result<SyncReport> DownloadRun::run()
{
    m_started = nowFrom(m_options);
    if (auto ready = prepare(); !ready)
        return ready.error();
    if (auto connected = connect(); !connected)
        return connected.error();
    // Sizes (LIST) only matter to the size limit and to "keep at most N MB".
    const accounts::Pop3Options &pop = m_request.settings.pop3;
    const bool needSizes =
        (pop.maxMessageSizeKb && *pop.maxMessageSizeKb > 0) || pop.keepAtMostMb.has_value();
    auto listing = listServer(m_session, needSizes);
    if (!listing)
        return listing.error();
    m_listing = std::move(*listing);
    if (m_listing.byHeaderDigest)
        m_report.warnings << u"The server does not support UIDL; messages are recognised by "
                             "their headers."_s;

    auto ledger = m_store.popLedger(m_request.account);
    if (!ledger)
        return ledger.error();
    const SessionPlan plan = planSession(m_listing.messages, *ledger);
    if (auto marked = markVanished(plan); !marked)
        return marked.error();
    auto wanted = chooseDownloads(plan);
    if (!wanted)
        return wanted.error();
    if (auto alive = m_session.keepAlive(); !alive)
        return alive.error();
    if (auto downloaded = download(*wanted); !downloaded)
        return downloaded.error();
    auto deletions = chooseDeletions(plan);
    if (!deletions)
        return deletions.error();
    if (auto cleaned = deleteAndQuit(*deletions); !cleaned)
        return cleaned.error();

    progress(Phase::Done, qint64(m_downloaded.size()), qint64(m_downloaded.size()));
    return m_report;
}

Result<void> DownloadRun::prepare()
{
    progress(Phase::Connecting);
    auto inbox = ensureLocalFolders(m_store, m_request.account);
    if (!inbox)
        return inbox.error();
    m_inbox = *inbox;
    auto accounts = accounts::AccountRepository(m_store).all();
    if (!accounts)
        return accounts.error();
    if (auto warning = mixedProtocolWarning(m_request.settings, *accounts))
        m_report.warnings << *warning;
    return Ok{};
}

Result<void> DownloadRun::connect()
{
    progress(Phase::LoggingIn);
    if (auto opened = openSession(m_session, m_request); !opened)
        return opened;
    auto stat = m_session.stat();
    if (!stat)
        return stat.error();
    m_report.serverMessages = stat->count;
    m_report.serverOctets = qint64(stat->octets);
    return checkCancel();
}

Result<void> DownloadRun::markVanished(const SessionPlan &plan)
{
    if (plan.vanished.empty())
        return Ok{};
    auto marked = m_store.setPopState(m_request.account, plan.vanished, store::PopState::Gone);
    if (marked)
        faultStep();
    return marked;
}

DownloadRun::SizeRule DownloadRun::sizeRule(const ServerMessage &message) const
{
    const accounts::Pop3Options &options = m_request.settings.pop3;
    const auto &limit = options.maxMessageSizeKb;
    if (!limit || *limit <= 0 || message.octets <= std::uint64_t(*limit) * 1024)
        return SizeRule::Whole;
    return options.oversize == accounts::Pop3Options::Oversize::Skip ? SizeRule::Skip
                                                                     : SizeRule::Preview;
}

Result<std::vector<ServerMessage>> DownloadRun::chooseDownloads(const SessionPlan &plan)
{
    std::vector<ServerMessage> wanted;
    std::vector<QString> skipNow;
    qint64 skipped = 0;
    for (const ServerMessage &m : plan.download) {
        if (sizeRule(m) == SizeRule::Skip)
            skipNow.push_back(m.uidl);
        else
            wanted.push_back(m);
    }
    for (const ServerMessage &m : plan.skipped) {
        if (sizeRule(m) == SizeRule::Skip)
            ++skipped;
        else
            wanted.push_back(m); // the limit was raised (or lifted) since
    }
    std::sort(wanted.begin(), wanted.end(),
              [](const ServerMessage &a, const ServerMessage &b) { return b.number < a.number; });
    // Recorded so the next run does not offer them as new again, and the user can list them.
    for (const QString &uidl : skipNow) {
        auto recorded =
            m_store.recordPopSeen(m_request.account, uidl, MessageId{}, store::PopState::Skipped);
        if (!recorded)
            return recorded.error();
    }
    if (!skipNow.empty())
        faultStep();
    skipped += qint64(skipNow.size());
    if (skipped > 0)
        m_report.warnings << u"%1 message(s) over the size limit of %2 kB stay on the server "
                             "without being downloaded."_s.arg(skipped)
                                 .arg(*m_request.settings.pop3.maxMessageSizeKb);
    return wanted;
}

Result<void> DownloadRun::download(const std::vector<ServerMessage> &messages)
{
    const qint64 total = qint64(messages.size());
    progress(Phase::Downloading, 0, total);
    std::vector<lb::pop3::Pop3Session::Fetch> requests;
    requests.reserve(messages.size());
    for (const ServerMessage &m : messages)
        requests.push_back(
            {m.number, sizeRule(m) == SizeRule::Preview ? int(m_options.previewLines) : -1, 0});
    std::size_t next = 0;
    auto fetched =
        m_session.fetchMany(requests, [&](lb::pop3::MessageNumber, Result<QByteArray> raw) {
            const ServerMessage &message = messages[next++];
            if (!raw) {
                // One message the server cannot give us now; the rest go on, it comes next time.
                m_report.warnings << u"Message %1: %2"_s.arg(message.uidl, raw.error().toString());
                return checkCancel();
            }
            if (auto stored =
                    storeOne(message, std::move(*raw), sizeRule(message) == SizeRule::Preview);
                !stored)
                return stored;
            progress(Phase::Downloading, qint64(next), total);
            return checkCancel();
        });
    // Whatever arrived whole is committed, also when the session broke off or was cancelled.
    auto flushed = flushPending();
    if (!fetched)
        return fetched;
    return flushed;
}

Result<void> DownloadRun::storeOne(const ServerMessage &message, QByteArray raw, bool preview)
{
    const mime::Message parsed = mime::parseMessage(raw);
    store::MessageRecord record = recordFromMessage(parsed);
    record.uidl = message.uidl;
    if (preview)
        record.size = qint64(message.octets);
    if (m_pending.empty())
        m_pendingSince.start();
    m_pendingBytes += raw.size();
    // The body text for search comes from this parse: no second read and parse later.
    m_pendingTexts.push_back(mime::readableText(parsed));
    m_pending.push_back({std::move(record), std::move(raw),
                         preview ? store::BodyState::Partial : store::BodyState::Full});
    // The first message at once (newest first: the inbox shows the latest mail early), then
    // batches bounded in count, bytes and time.
    constexpr std::size_t kBatchMessages = 100;
    constexpr qsizetype kBatchBytes = 8 * 1024 * 1024;
    constexpr qint64 kBatchMs = 500;
    if (!m_inboxReady || m_pending.size() >= kBatchMessages || m_pendingBytes >= kBatchBytes ||
        m_pendingSince.hasExpired(kBatchMs))
        return flushPending();
    return Ok{};
}

Result<void> DownloadRun::flushPending()
{
    if (m_pending.empty())
        return Ok{};
    auto ids = m_store.storePopMessages(m_inbox, m_pending, m_started);
    if (!ids)
        return ids.error();
    faultStep();
    std::vector<store::BodyText> texts;
    texts.reserve(ids->size());
    for (std::size_t i = 0; i < ids->size(); ++i)
        texts.push_back({(*ids)[i], std::move(m_pendingTexts[i])});
    if (auto indexed = m_store.indexTexts(texts); !indexed)
        return indexed;
    m_downloaded.insert(m_downloaded.end(), ids->begin(), ids->end());
    m_report.newMessages += qint64(ids->size());
    m_pending.clear();
    m_pendingTexts.clear();
    m_pendingBytes = 0;
    m_inboxReady = true;
    return Ok{};
}

Result<std::vector<ServerMessage>> DownloadRun::chooseDeletions(const SessionPlan &before)
{
    // What this run stored may be due for deletion too (leave on server off, keep at most):
    // then the ledger is read again. With nothing stored, the first plan still holds.
    SessionPlan after;
    if (m_report.newMessages > 0) {
        auto ledger = m_store.popLedger(m_request.account);
        if (!ledger)
            return ledger.error();
        after = planSession(m_listing.messages, *ledger);
    }
    const SessionPlan &plan = m_report.newMessages > 0 ? after : before;
    // Retried and requested deletions go whatever the rules say: their local copies are
    // committed (or were deleted here on purpose).
    std::vector<ServerMessage> deletions = plan.retryDelete;
    deletions.insert(deletions.end(), plan.deleteRequested.begin(), plan.deleteRequested.end());
    const std::vector<ServerMessage> picked = pickRetentionDeletions(
        m_listing.messages, plan.known, deletions, m_request.settings.pop3, nowFrom(m_options));
    deletions.insert(deletions.end(), picked.begin(), picked.end());
    return deletions;
}

Result<void> DownloadRun::deleteAndQuit(const std::vector<ServerMessage> &deletions)
{
    progress(Phase::CleaningUp, 0, qint64(deletions.size()));
    if (auto alive = m_session.keepAlive(); !alive)
        return alive;
    std::vector<QString> uidls;
    std::vector<lb::pop3::MessageNumber> numbers;
    for (const ServerMessage &m : deletions) {
        uidls.push_back(m.uidl);
        numbers.push_back(m.number);
    }
    std::vector<lb::pop3::MessageNumber> refused;
    if (!deletions.empty()) {
        // Deleting is committed before any DELE, and one fsync makes every commit of this run
        // survive even power loss before QUIT lets the server destroy its copies.
        if (auto marked = m_store.setPopState(m_request.account, uidls, store::PopState::Deleting);
            !marked)
            return marked;
        faultStep();
        auto deleted = m_session.deleteMany(numbers);
        if (!deleted)
            return deleted.error();
        refused = std::move(*deleted);
        if (auto durable = m_store.durableCheckpoint(); !durable)
            return durable;
        faultStep();
    }
    if (auto quit = m_session.quit(); !quit)
        return quit; // Deleting entries stay so: the next run asks the server what happened
    if (deletions.empty())
        return Ok{};
    std::vector<QString> gone;
    for (const ServerMessage &m : deletions) {
        if (std::find(refused.begin(), refused.end(), m.number) == refused.end())
            gone.push_back(m.uidl);
    }
    auto marked = m_store.setPopState(m_request.account, gone, store::PopState::Gone);
    if (!marked)
        return marked;
    faultStep();
    m_report.deletedOnServer = qint64(gone.size());
    progress(Phase::CleaningUp, qint64(deletions.size()), qint64(deletions.size()));
    return Ok{};
}

Result<void> DownloadRun::checkCancel() const
{
    if (m_request.cancel && m_request.cancel->load())
        return Error{ErrorScope::Cancelled, Remedy::None, u"The download was cancelled."_s, {}};
    return Ok{};
}

void DownloadRun::progress(Phase phase, qint64 done, qint64 total)
{
    if (!m_request.progress)
        return;
    SyncProgress p;
    p.account = m_request.account;
    p.phase = phase;
    p.folder = u"Inbox"_s;
    p.done = done;
    p.total = total;
    p.inboxReady = m_inboxReady || phase == Phase::CleaningUp || phase == Phase::Indexing ||
                   phase == Phase::Done;
    m_request.progress(p);
}

} // namespace lb::sync::pop3
