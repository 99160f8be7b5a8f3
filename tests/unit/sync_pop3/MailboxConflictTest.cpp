// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/pop3/MailboxConflict.h"

#include "QtCatch.h"

using namespace Qt::Literals::StringLiterals;
using lb::accounts::AccountSettings;
using lb::accounts::Protocol;
using lb::accounts::StoredAccount;

namespace {

AccountSettings account(const QString &name, Protocol protocol, const QString &email,
                        const QString &host, const QString &user)
{
    AccountSettings s;
    s.name = name;
    s.protocol = protocol;
    s.email = email;
    s.incoming.host = host;
    s.incoming.user = user;
    return s;
}

} // namespace

TEST_CASE("The same mailbox as POP3 and IMAP is found by address or by server and user",
          "[pop3][conflict]")
{
    const AccountSettings pop =
        account(u"Home"_s, Protocol::Pop3, u"me@example.org"_s, u"mail.example.org"_s, u"me"_s);
    const std::vector<StoredAccount> byEmail{
        {lb::AccountId{1}, pop},
        {lb::AccountId{2}, account(u"Work"_s, Protocol::Imap, u"ME@example.org"_s,
                                   u"imap.example.org"_s, u"other"_s)}};
    const auto warning = lb::sync::pop3::mixedProtocolWarning(pop, byEmail);
    REQUIRE(warning.has_value());
    CHECK(warning->contains(u"\"Home\""_s));
    CHECK(warning->contains(u"IMAP account \"Work\""_s));

    const std::vector<StoredAccount> byServer{
        {lb::AccountId{2}, account(u"Work"_s, Protocol::Imap, u"alias@example.org"_s,
                                   u"MAIL.example.org"_s, u"me"_s)}};
    CHECK(lb::sync::pop3::mixedProtocolWarning(pop, byServer).has_value());

    const std::vector<StoredAccount> unrelated{
        {lb::AccountId{2}, account(u"Work"_s, Protocol::Imap, u"boss@example.org"_s,
                                   u"mail.example.org"_s, u"boss"_s)},
        {lb::AccountId{3}, account(u"Other POP"_s, Protocol::Pop3, u"me@example.org"_s,
                                   u"mail.example.org"_s, u"me"_s)}};
    CHECK_FALSE(lb::sync::pop3::mixedProtocolWarning(pop, unrelated).has_value());
}
