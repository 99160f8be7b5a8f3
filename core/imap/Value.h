// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <cstdint>
#include <vector>

namespace lb::imap {

// A piece of IMAP data whose meaning we do not know (an unknown FETCH item, a body
// extension, an unknown STATUS item): kept whole so nothing the server said is lost.
struct Value
{
    enum class Kind
    {
        Nil,
        Atom,
        Number,
        String,
        List
    };

    Kind kind = Kind::Nil;
    QByteArray bytes;         // Atom and String: the bytes (strings unquoted / literal data)
    std::uint64_t number = 0; // Number
    std::vector<Value> list;  // List

    static Value nil() { return {}; }
    static Value atom(QByteArray a) { return Value{Kind::Atom, std::move(a), 0, {}}; }
    static Value string(QByteArray s) { return Value{Kind::String, std::move(s), 0, {}}; }
    static Value num(std::uint64_t n) { return Value{Kind::Number, {}, n, {}}; }
    static Value makeList(std::vector<Value> items)
    {
        return Value{Kind::List, {}, 0, std::move(items)};
    }

    bool operator==(const Value &) const = default;
    // IMAP-like text for logs and tests: NIL, ATOM, 12, "str", (a b).
    [[nodiscard]] QByteArray toDebugString() const;
};

} // namespace lb::imap
