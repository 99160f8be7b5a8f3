// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "imap/Responses.h"

#include <QList>
#include <QString>

namespace lb::imap {

// A completed command: its tagged status and the untagged data that answered it.
struct CommandResult
{
    QByteArray name; // "UID FETCH"
    StatusResponse status;
    QList<Response> data;

    [[nodiscard]] bool ok() const { return status.status == Status::Ok; }
    [[nodiscard]] bool hasCode(ResponseCode::Kind kind) const
    {
        return status.code && status.code->kind == kind;
    }
    // Every untagged response of type T, in arrival order.
    template <typename T> [[nodiscard]] QList<T> all() const
    {
        QList<T> out;
        for (const Response &r : data) {
            if (const T *t = std::get_if<T>(&r))
                out.append(*t);
        }
        return out;
    }
};

// The sentence for a command the server answered with NO or BAD: what failed (`what`, e.g.
// "selecting Archive"), how far it reaches (RFC 5530 codes pick the scope and remedy) and the
// server's own words.
[[nodiscard]] Error commandError(const CommandResult &result, const QString &what);

// LOGIN/AUTHENTICATE refused: the password, the account or the server (RFC 5530 section 3).
[[nodiscard]] Error authenticationError(const CommandResult &result);

// The server said something we could not parse, or closed the session with BYE.
[[nodiscard]] Error protocolError(const QString &host, const QString &detail);
[[nodiscard]] Error byeError(const QString &host, const QByteArray &serverText);

} // namespace lb::imap
