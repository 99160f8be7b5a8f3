// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/pop3/MailboxConflict.h"

using namespace Qt::Literals::StringLiterals;

namespace lb::sync::pop3 {

namespace {

bool sameText(const QString &a, const QString &b)
{
    return !a.trimmed().isEmpty() && a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

bool sameMailbox(const accounts::AccountSettings &a, const accounts::AccountSettings &b)
{
    if (sameText(a.email, b.email))
        return true;
    return sameText(a.incoming.host, b.incoming.host) && a.incoming.user == b.incoming.user &&
           !a.incoming.user.isEmpty();
}

} // namespace

std::optional<QString> mixedProtocolWarning(const accounts::AccountSettings &account,
                                            std::span<const accounts::StoredAccount> others)
{
    for (const accounts::StoredAccount &other : others) {
        if (other.settings.name == account.name || other.settings.protocol == account.protocol)
            continue;
        if (!sameMailbox(account, other.settings))
            continue;
        return u"The mailbox of \"%1\" is also set up as the %2 account \"%3\". POP3 downloads "
               "and deletes mail that the %2 account then no longer shows; use one protocol "
               "per mailbox."_s.arg(account.name,
                                    accounts::toString(other.settings.protocol).toUpper(),
                                    other.settings.name);
    }
    return std::nullopt;
}

} // namespace lb::sync::pop3
