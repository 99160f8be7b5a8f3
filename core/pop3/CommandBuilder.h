// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "pop3/Command.h"
#include "pop3/Listings.h"

#include <QString>

namespace lb::pop3 {

// Builds POP3 command lines. Arguments are checked: none may contain CR, LF or NUL, so a
// value can never smuggle a second command onto the wire. User names and secrets are sent
// as UTF-8.
class CommandBuilder
{
public:
    // RFC 5034 section 4: an AUTH line with initial response must fit in 255 octets.
    static constexpr qsizetype MaxAuthLine = 255;

    [[nodiscard]] static Result<Command> user(const QString &name);
    [[nodiscard]] static Result<Command> pass(const QString &password);
    [[nodiscard]] static Result<Command> apop(const QString &name, QByteArrayView timestamp,
                                              const QString &secret);
    // MD5 over timestamp + secret, lower-case hex (RFC 1939 section 7).
    [[nodiscard]] static QByteArray apopDigest(QByteArrayView timestamp, QByteArrayView secret);

    // AUTH PLAIN with initial response (RFC 5034, RFC 4616); authzid usually empty.
    [[nodiscard]] static Result<Command> authPlain(const QString &user, const QString &password,
                                                   const QString &authzid = {});
    // The "\0user\0pass" message of RFC 4616 section 2 before base64.
    [[nodiscard]] static QByteArray plainMessage(QByteArrayView authzid, QByteArrayView user,
                                                 QByteArrayView password);
    // A base64 answer to a "+ " challenge; saslCancel() aborts the exchange ("*").
    [[nodiscard]] static Command saslResponse(QByteArrayView raw);
    [[nodiscard]] static Command saslCancel();

    [[nodiscard]] static Command capa();
    [[nodiscard]] static Command stls();
    [[nodiscard]] static Command stat();
    [[nodiscard]] static Command list();
    [[nodiscard]] static Command list(MessageNumber number);
    [[nodiscard]] static Command uidl();
    [[nodiscard]] static Command uidl(MessageNumber number);
    [[nodiscard]] static Command top(MessageNumber number, std::uint32_t lines);
    [[nodiscard]] static Command retr(MessageNumber number);
    [[nodiscard]] static Command dele(MessageNumber number);
    [[nodiscard]] static Command rset();
    [[nodiscard]] static Command noop();
    [[nodiscard]] static Command quit();
};

} // namespace lb::pop3
