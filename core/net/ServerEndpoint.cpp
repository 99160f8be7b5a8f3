// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/ServerEndpoint.h"

using namespace Qt::Literals::StringLiterals;

namespace lb::net {

QString toString(TlsMode mode)
{
    switch (mode) {
    case TlsMode::Implicit:
        return u"implicit TLS"_s;
    case TlsMode::StartTls:
        return u"STARTTLS"_s;
    case TlsMode::None:
        break;
    }
    return u"no encryption"_s;
}

} // namespace lb::net
