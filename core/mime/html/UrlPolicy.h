// SPDX-License-Identifier: GPL-3.0-or-later
// What a URL found in untrusted HTML may be used for. Browsers ignore tabs, line breaks and
// leading controls in URLs and match schemes without case, so "  JaVa\tScRiPt:" is
// "javascript:"; the policy reads a URL the same way before it decides, and allows only by
// list: web and mail links, cid: references to the message's own parts, in-page anchors.
#pragma once

#include <QString>
#include <QStringView>

namespace lb::mime {

struct ClassifiedUrl
{
    enum class Kind
    {
        Web,       // http, https, or "//host/..." (read as https): remote
        Mail,      // mailto:
        ContentId, // cid: (RFC 2392); value is the decoded Content-ID
        Fragment,  // "#name" inside the message
        Unsafe,    // any other scheme (javascript, vbscript, data, file...), relative or empty
    };
    Kind kind = Kind::Unsafe;
    QString value; // the URL in canonical, encoded form (Content-ID for ContentId)
};

[[nodiscard]] ClassifiedUrl classifyUrl(QStringView raw);

// The host of a web URL written as link text ("www.bank.example", "https://bank.example/x"),
// lower case; empty when the text does not look like a URL.
[[nodiscard]] QString hostOfUrlLikeText(QStringView text);

} // namespace lb::mime
