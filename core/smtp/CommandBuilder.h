// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "smtp/Command.h"

#include <QString>

namespace lb::smtp {

// Builds SMTP command lines. Arguments are checked so that no value can end the line early
// or smuggle a second command: CR, LF, NUL and other controls are refused everywhere, and
// "<" or ">" in addresses. Addresses and names go out as UTF-8.
class CommandBuilder
{
public:
    // RFC 5321 section 4.5.3.1.3: a path is at most 256 octets.
    static constexpr qsizetype MaxPathLength = 256;

    // `domain` is our host name or an address literal such as "[192.0.2.1]".
    [[nodiscard]] static Result<Command> ehlo(const QString &domain);
    [[nodiscard]] static Result<Command> helo(const QString &domain);
    [[nodiscard]] static Command startTls();

    // AUTH PLAIN with initial response (RFC 4954 section 4, RFC 4616).
    [[nodiscard]] static Result<Command> authPlain(const QString &user, const QString &password,
                                                   const QString &authzid = {});
    // AUTH LOGIN: send authLogin(), then answer each 334 with the user name, then the password.
    [[nodiscard]] static Command authLogin();
    [[nodiscard]] static Command authLoginUser(const QString &user);
    [[nodiscard]] static Command authLoginPassword(const QString &password);
    [[nodiscard]] static Command saslResponse(QByteArrayView raw);
    [[nodiscard]] static Command saslCancel(); // "*" (RFC 4954 section 4)

    // MAIL FROM:<address>; an empty address is the null reverse-path "<>" of bounces.
    [[nodiscard]] static Result<Command> mailFrom(const QString &address,
                                                  const MailParameters &parameters = {});
    [[nodiscard]] static Result<Command> rcptTo(const QString &address);
    [[nodiscard]] static Command data();
    [[nodiscard]] static Command rset();
    [[nodiscard]] static Command noop();
    [[nodiscard]] static Command quit();
};

} // namespace lb::smtp
