// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <vector>

namespace lb::imap {

// A piece of a command's bytes. A synchronizing literal splits a command: the chunk that
// announces it ("... {12}\r\n") has waitForContinuation set, and the session sends the rest
// only after the server's "+" (RFC 9051 section 4.3). AUTHENTICATE without SASL-IR works the
// same way.
struct CommandChunk
{
    QByteArray bytes;
    bool sensitive = false;           // a password or SASL payload: never logged
    bool waitForContinuation = false; // send the next chunk only after "+"
    bool operator==(const CommandChunk &) const = default;
};

// One command ready to send: its tag, its name for logs and routing ("UID FETCH"), and its
// bytes in chunks ending with CRLF.
struct Command
{
    QByteArray tag;
    QByteArray name;
    std::vector<CommandChunk> chunks;

    // Every byte, as it goes on the wire (chunks concatenated).
    [[nodiscard]] QByteArray wire() const;
    // The same with sensitive chunks replaced by "<redacted>": safe for protocol logs.
    [[nodiscard]] QByteArray loggable() const;
    // Whether some chunk must wait for a continuation request.
    [[nodiscard]] bool needsContinuation() const;
};

} // namespace lb::imap
