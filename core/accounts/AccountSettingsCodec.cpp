// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/AccountSettingsCodec.h"

namespace lb::accounts {

using namespace Qt::Literals::StringLiterals;

namespace {

QString boolText(bool b)
{
    return b ? u"yes"_s : u"no"_s;
}

QString offlineText(const OfflinePolicy &policy)
{
    switch (policy.kind) {
    case OfflinePolicy::Kind::HeadersOnly:
        return u"headers"_s;
    case OfflinePolicy::Kind::RecentBodies:
        return u"recent:%1"_s.arg(policy.recentDays);
    case OfflinePolicy::Kind::Everything:
        break;
    }
    return u"all"_s;
}

void encodeServer(SettingsMap &map, const QString &prefix, const ServerSettings &server)
{
    map[prefix + u".host"_s] = server.host;
    map[prefix + u".port"_s] = QString::number(server.port);
    map[prefix + u".tls"_s] = tlsModeKey(server.tls);
    map[prefix + u".user"_s] = server.user;
    if (!server.trust.caFile.isEmpty())
        map[prefix + u".ca_file"_s] = server.trust.caFile;
    if (!server.trust.pinnedSha256.isEmpty())
        map[prefix + u".pin_sha256"_s] = server.trust.pinnedSha256;
}

// Reads typed values out of the map, remembering the first malformed key.
class Reader
{
public:
    explicit Reader(const SettingsMap &map) : m_map(map) {}

    QString text(const QString &key, const QString &fallback = {}) const
    {
        return m_map.value(key, fallback);
    }
    bool flag(const QString &key, bool fallback)
    {
        if (!m_map.contains(key))
            return fallback;
        const QString v = m_map.value(key);
        if (v == u"yes")
            return true;
        if (v == u"no")
            return false;
        fail(key, v);
        return fallback;
    }
    std::optional<int> number(const QString &key)
    {
        if (!m_map.contains(key))
            return std::nullopt;
        bool ok = false;
        const int n = m_map.value(key).toInt(&ok);
        if (!ok) {
            fail(key, m_map.value(key));
            return std::nullopt;
        }
        return n;
    }
    ServerSettings server(const QString &prefix)
    {
        ServerSettings s;
        s.host = text(prefix + u".host"_s);
        s.port = static_cast<quint16>(number(prefix + u".port"_s).value_or(0));
        const QString tls = text(prefix + u".tls"_s, u"implicit"_s);
        if (auto mode = tlsModeFromString(tls))
            s.tls = *mode;
        else
            fail(prefix + u".tls"_s, tls);
        s.user = text(prefix + u".user"_s);
        s.trust.caFile = text(prefix + u".ca_file"_s);
        s.trust.pinnedSha256 = text(prefix + u".pin_sha256"_s);
        return s;
    }
    void fail(const QString &key, const QString &value)
    {
        if (m_error.isEmpty())
            m_error = u"The account setting %1 has an invalid value \"%2\"."_s.arg(key, value);
    }
    [[nodiscard]] const QString &error() const { return m_error; }

private:
    const SettingsMap &m_map;
    QString m_error;
};

OfflinePolicy parseOffline(Reader &reader, const QString &text)
{
    OfflinePolicy policy;
    if (text == u"all")
        return policy;
    if (text == u"headers") {
        policy.kind = OfflinePolicy::Kind::HeadersOnly;
        return policy;
    }
    bool ok = false;
    const int days = text.startsWith(u"recent:"_s) ? text.mid(7).toInt(&ok) : 0;
    if (!ok || days < 1) {
        reader.fail(u"imap.offline"_s, text);
        return policy;
    }
    policy.kind = OfflinePolicy::Kind::RecentBodies;
    policy.recentDays = days;
    return policy;
}

} // namespace

SettingsMap encodeSettings(const AccountSettings &s)
{
    SettingsMap map;
    map[u"name"_s] = s.name;
    map[u"protocol"_s] = toString(s.protocol);
    map[u"email"_s] = s.email;
    if (!s.displayName.isEmpty())
        map[u"display_name"_s] = s.displayName;
    encodeServer(map, u"incoming"_s, s.incoming);
    if (s.smtp)
        encodeServer(map, u"smtp"_s, *s.smtp);
    map[u"imap.offline"_s] = offlineText(s.imap.offline);
    map[u"imap.server_sent"_s] = boolText(s.imap.serverSent);
    map[u"imap.server_drafts"_s] = boolText(s.imap.serverDrafts);
    map[u"imap.server_trash"_s] = boolText(s.imap.serverTrash);
    map[u"imap.mark_deleted_instead"_s] = boolText(s.imap.markDeletedInstead);
    if (s.imap.serverFilesSent)
        map[u"imap.server_files_sent"_s] = boolText(true);
    if (!s.imap.disabledExtensions.isEmpty())
        map[u"imap.disabled_extensions"_s] = s.imap.disabledExtensions.join(u' ');
    if (!s.signature.isEmpty())
        map[u"signature"_s] = s.signature;
    map[u"draft_autosave_seconds"_s] = QString::number(s.draftAutosaveSeconds);
    map[u"pop3.leave_on_server"_s] = boolText(s.pop3.leaveOnServer);
    if (s.pop3.deleteAfterDays)
        map[u"pop3.delete_after_days"_s] = QString::number(*s.pop3.deleteAfterDays);
    map[u"pop3.delete_when_deleted_here"_s] = boolText(s.pop3.deleteWhenDeletedHere);
    if (s.pop3.maxMessageSizeKb)
        map[u"pop3.max_size_kb"_s] = QString::number(*s.pop3.maxMessageSizeKb);
    map[u"pop3.oversize"_s] =
        s.pop3.oversize == Pop3Options::Oversize::Skip ? u"skip"_s : u"preview"_s;
    if (s.pop3.keepAtMostMessages)
        map[u"pop3.keep_at_most_messages"_s] = QString::number(*s.pop3.keepAtMostMessages);
    if (s.pop3.keepAtMostMb)
        map[u"pop3.keep_at_most_mb"_s] = QString::number(*s.pop3.keepAtMostMb);
    map[u"pop3.check_every_minutes"_s] = QString::number(s.pop3.checkEveryMinutes);
    return map;
}

Result<AccountSettings> decodeSettings(const SettingsMap &map)
{
    Reader reader(map);
    AccountSettings s;
    s.name = reader.text(u"name"_s);
    const QString protocol = reader.text(u"protocol"_s, u"imap"_s);
    if (auto p = protocolFromString(protocol))
        s.protocol = *p;
    else
        reader.fail(u"protocol"_s, protocol);
    s.email = reader.text(u"email"_s);
    s.displayName = reader.text(u"display_name"_s);
    s.incoming = reader.server(u"incoming"_s);
    if (map.contains(u"smtp.host"_s))
        s.smtp = reader.server(u"smtp"_s);
    s.imap.offline = parseOffline(reader, reader.text(u"imap.offline"_s, u"all"_s));
    s.imap.serverSent = reader.flag(u"imap.server_sent"_s, true);
    s.imap.serverDrafts = reader.flag(u"imap.server_drafts"_s, true);
    s.imap.serverTrash = reader.flag(u"imap.server_trash"_s, true);
    s.imap.markDeletedInstead = reader.flag(u"imap.mark_deleted_instead"_s, false);
    s.imap.serverFilesSent = reader.flag(u"imap.server_files_sent"_s, false);
    s.imap.disabledExtensions =
        reader.text(u"imap.disabled_extensions"_s).toUpper().split(u' ', Qt::SkipEmptyParts);
    s.signature = reader.text(u"signature"_s);
    s.draftAutosaveSeconds = reader.number(u"draft_autosave_seconds"_s).value_or(60);
    s.pop3.leaveOnServer = reader.flag(u"pop3.leave_on_server"_s, true);
    s.pop3.deleteAfterDays = reader.number(u"pop3.delete_after_days"_s);
    s.pop3.deleteWhenDeletedHere = reader.flag(u"pop3.delete_when_deleted_here"_s, false);
    s.pop3.maxMessageSizeKb = reader.number(u"pop3.max_size_kb"_s);
    const QString oversize = reader.text(u"pop3.oversize"_s, u"preview"_s);
    if (oversize == u"skip")
        s.pop3.oversize = Pop3Options::Oversize::Skip;
    else if (oversize != u"preview")
        reader.fail(u"pop3.oversize"_s, oversize);
    s.pop3.keepAtMostMessages = reader.number(u"pop3.keep_at_most_messages"_s);
    s.pop3.keepAtMostMb = reader.number(u"pop3.keep_at_most_mb"_s);
    s.pop3.checkEveryMinutes = reader.number(u"pop3.check_every_minutes"_s).value_or(10);
    if (!reader.error().isEmpty())
        return inputError(reader.error());
    return s;
}

} // namespace lb::accounts
