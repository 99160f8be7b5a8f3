// SPDX-License-Identifier: GPL-3.0-or-later
#include "imap/Value.h"

namespace lb::imap {

QByteArray Value::toDebugString() const
{
    switch (kind) {
    case Kind::Nil:
        return QByteArrayLiteral("NIL");
    case Kind::Atom:
        return bytes;
    case Kind::Number:
        return QByteArray::number(quint64(number));
    case Kind::String:
        return '"' + bytes + '"';
    case Kind::List: {
        QByteArray out = "(";
        for (std::size_t i = 0; i < list.size(); ++i) {
            if (i > 0)
                out += ' ';
            out += list[i].toDebugString();
        }
        return out + ')';
    }
    }
    return {};
}

} // namespace lb::imap
