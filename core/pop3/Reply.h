// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QString>

#include <optional>
#include <variant>

namespace lb::pop3 {

// POP3 replies do not say whether a body follows: the command decides (RFC 1939 section 3).
enum class ReplyKind
{
    SingleLine, // a status line only
    MultiLine,  // a status line and, after +OK, a dot-terminated body
};

enum class Status
{
    Ok,       // "+OK"
    Err,      // "-ERR"
    Continue, // "+ challenge": a SASL step (RFC 5034 section 4)
};

// The response codes a client acts on (RFC 2449 section 8, RFC 3206).
enum class KnownCode
{
    None,       // no code, or one we do not know
    InUse,      // [IN-USE]: another session holds the mailbox lock
    LoginDelay, // [LOGIN-DELAY]: logged in too recently
    SysTemp,    // [SYS/TEMP]: a temporary server problem
    SysPerm,    // [SYS/PERM]: a permanent server problem
    Auth,       // [AUTH]: the credentials were wrong
};

// An extended response code such as [SYS/TEMP]: levels are "SYS", "TEMP" (RFC 2449 section 8).
struct ResponseCode
{
    QByteArrayList levels;

    [[nodiscard]] KnownCode known() const;
    [[nodiscard]] QByteArray toString() const; // "SYS/TEMP"
    bool operator==(const ResponseCode &) const = default;
};

struct StatusLine
{
    Status status = Status::Err;
    std::optional<ResponseCode> code; // present when the text began with "[...]"
    QByteArray text;                  // the rest of the line; for Continue, the base64 challenge

    [[nodiscard]] bool ok() const { return status == Status::Ok; }
    [[nodiscard]] KnownCode knownCode() const { return code ? code->known() : KnownCode::None; }
    bool operator==(const StatusLine &) const = default;
};

struct Reply
{
    StatusLine status;
    // The unstuffed body of a multi-line +OK reply, every line ending in CRLF (bare LF lines
    // are normalised to CRLF); absent for single-line replies and for -ERR.
    std::optional<QByteArray> body;
    bool bareLineFeeds = false; // the server ended some body lines with LF alone

    bool operator==(const Reply &) const = default;
};

// The stream could not be understood; `offset` counts bytes from the first byte fed.
struct ParseError
{
    qint64 offset = 0;
    QString what;

    [[nodiscard]] Error toError() const;
    bool operator==(const ParseError &) const = default;
};

struct NeedMore
{
    bool operator==(const NeedMore &) const = default;
};

using ParseEvent = std::variant<NeedMore, Reply, ParseError>;

} // namespace lb::pop3
