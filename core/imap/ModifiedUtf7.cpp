// SPDX-License-Identifier: GPL-3.0-or-later
#include "imap/ModifiedUtf7.h"

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace lb::imap {

namespace {

bool isDirect(char16_t c)
{
    return c >= 0x20 && c <= 0x7e;
}

// Modified base64 uses "," for "/" and no "=" padding (RFC 3501 section 5.1.3).
QByteArray encodeRun(QStringView run)
{
    QByteArray utf16;
    utf16.reserve(run.size() * 2);
    for (QChar c : run) {
        utf16 += char(c.unicode() >> 8);
        utf16 += char(c.unicode() & 0xff);
    }
    QByteArray b64 = utf16.toBase64(QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals);
    b64.replace('/', ',');
    return '&' + b64 + '-';
}

int sextet(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+')
        return 62;
    if (c == ',')
        return 63;
    return -1;
}

// Decodes the base64 between "&" and "-"; nullopt unless it is the canonical encoding of
// well-formed UTF-16 that needed encoding.
std::optional<QString> decodeRun(QByteArrayView b64)
{
    QString out;
    quint32 bits = 0;
    int bitCount = 0;
    for (char c : b64) {
        const int v = sextet(c);
        if (v < 0)
            return std::nullopt;
        bits = (bits << 6) | quint32(v);
        bitCount += 6;
        if (bitCount >= 16) {
            bitCount -= 16;
            out += QChar(char16_t((bits >> bitCount) & 0xffff));
        }
    }
    // Leftover bits are padding: fewer than 6 of them and all zero.
    if (bitCount >= 6 || (bits & ((1u << bitCount) - 1)) != 0 || out.isEmpty())
        return std::nullopt;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QChar c = out[i];
        if (isDirect(c.unicode()))
            return std::nullopt;
        if (c.isHighSurrogate() && (i + 1 >= out.size() || !out[i + 1].isLowSurrogate()))
            return std::nullopt;
        if (c.isLowSurrogate() && (i == 0 || !out[i - 1].isHighSurrogate()))
            return std::nullopt;
    }
    return out;
}

} // namespace

QByteArray encodeModifiedUtf7(QStringView name)
{
    QByteArray out;
    qsizetype i = 0;
    while (i < name.size()) {
        const char16_t c = name[i].unicode();
        if (c == u'&') {
            out += "&-";
            ++i;
        } else if (isDirect(c)) {
            out += char(c);
            ++i;
        } else {
            qsizetype j = i;
            while (j < name.size() && !isDirect(name[j].unicode()))
                ++j;
            out += encodeRun(name.sliced(i, j - i));
            i = j;
        }
    }
    return out;
}

ModifiedUtf7Decoding decodeModifiedUtf7(QByteArrayView encoded)
{
    ModifiedUtf7Decoding result;
    auto fail = [&](qsizetype at, QString why) {
        if (result.ok) {
            result.ok = false;
            result.errorOffset = at;
            result.error = std::move(why);
        }
    };
    qsizetype i = 0;
    while (i < encoded.size()) {
        const char c = encoded[i];
        if (c != '&') {
            if (!isDirect(char16_t(uchar(c))))
                fail(i,
                     u"byte 0x%1 is not printable ASCII"_s.arg(uchar(c), 2, 16, QLatin1Char('0')));
            result.text += QLatin1Char(c);
            ++i;
            continue;
        }
        const qsizetype end = encoded.indexOf('-', i + 1);
        if (end < 0) {
            fail(i, u"\"&\" without a closing \"-\""_s);
            result.text += QLatin1StringView(encoded.sliced(i));
            break;
        }
        if (end == i + 1) {
            result.text += QLatin1Char('&');
        } else if (auto run = decodeRun(encoded.sliced(i + 1, end - i - 1))) {
            result.text += *run;
        } else {
            fail(i, u"malformed modified base64"_s);
            result.text += QLatin1StringView(encoded.sliced(i, end + 1 - i));
        }
        i = end + 1;
    }
    return result;
}

} // namespace lb::imap
