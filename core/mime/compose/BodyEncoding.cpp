// SPDX-License-Identifier: GPL-3.0-or-later
#include "mime/compose/BodyEncoding.h"

#include "mime/compose/Base64Encoder.h"
#include "mime/compose/FoldedField.h"
#include "mime/compose/QuotedPrintableEncoder.h"

namespace lb::mime {

namespace {

struct Shape
{
    bool ascii = true;
    bool hasNul = false;
    qsizetype longestLine = 0;
};

// What a CRLF-normalised text looks like to a transport.
Shape shapeOf(QByteArrayView crlfText)
{
    Shape shape;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < crlfText.size(); ++i) {
        const auto u = static_cast<unsigned char>(crlfText[i]);
        shape.ascii = shape.ascii && u < 0x80;
        shape.hasNul = shape.hasNul || u == 0;
        if (u == '\r') {
            shape.longestLine = qMax(shape.longestLine, i - lineStart);
            lineStart = i + 2;
            ++i;
        }
    }
    shape.longestLine = qMax(shape.longestLine, crlfText.size() - lineStart);
    return shape;
}

} // namespace

QByteArray encodingName(BodyEncoding encoding)
{
    switch (encoding) {
    case BodyEncoding::SevenBit:
        return "7bit";
    case BodyEncoding::EightBit:
        return "8bit";
    case BodyEncoding::QuotedPrintable:
        return "quoted-printable";
    case BodyEncoding::Base64:
        return "base64";
    }
    return "7bit";
}

QByteArray toCrlf(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size() + text.size() / 32);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\r' || c == '\n') {
            out += "\r\n";
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
        } else {
            out += c;
        }
    }
    return out;
}

EncodedBody encodeTextBody(QByteArrayView utf8)
{
    const QByteArray text = toCrlf(utf8);
    const Shape shape = shapeOf(text);
    if (shape.ascii && !shape.hasNul && shape.longestLine <= kFoldWidth)
        return {BodyEncoding::SevenBit, text};
    QByteArray qp = encodeQuotedPrintable(text);
    QByteArray b64 = encodeBase64Body(text);
    // Quoted-printable keeps the ASCII readable; it may cost up to a third more than base64.
    if (qp.size() * 3 <= b64.size() * 4)
        return {BodyEncoding::QuotedPrintable, qp};
    return {BodyEncoding::Base64, b64};
}

EncodedBody encodeBinaryBody(QByteArrayView data)
{
    return {BodyEncoding::Base64, encodeBase64Body(data)};
}

EncodedBody encodeMessageBody(QByteArrayView raw)
{
    const QByteArray text = toCrlf(raw);
    const Shape shape = shapeOf(text);
    if (shape.hasNul || shape.longestLine > kMaxLineLength)
        return encodeBinaryBody(raw);
    return {shape.ascii ? BodyEncoding::SevenBit : BodyEncoding::EightBit, text};
}

} // namespace lb::mime
