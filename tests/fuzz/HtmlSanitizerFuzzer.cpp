// SPDX-License-Identifier: GPL-3.0-or-later
// The HTML sanitiser on arbitrary bytes, as a message's text/html part delivers them. What
// must hold whatever the input: no element that runs code, loads a document or submits a form
// survives (text is escaped, so "<name" in the output is always a real tag).
#include "FuzzSupport.h"

#include "mime/html/HtmlSanitizer.h"

#include <QRegularExpression>

#include <cstdint>

namespace {

using namespace lb::mime;
using namespace Qt::Literals::StringLiterals;

void check(const SanitizedHtml &result)
{
    static const QRegularExpression forbidden(
        uR"(<\s*/?\s*(script|iframe|frame|frameset|object|embed|applet|form|input|button|textarea|select|base|meta|link)\b)"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (forbidden.match(result.html).hasMatch())
        lb::fuzz::invariantBroken("an active or loading element survived sanitising");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    check(sanitizeHtml(bytes));

    HtmlSanitizeOptions options;
    options.cidImages = HtmlSanitizeOptions::CidImages::DataUrl;
    options.inlineParts.insert(QStringLiteral("part1@example.org"),
                               InlinePart{"image/png", QByteArray("\x89PNG\r\n", 6)});
    options.maxDepth = 4;
    options.maxInputLength = 512;
    check(sanitizeHtml(QString::fromUtf8(bytes), options));
    return 0;
}
