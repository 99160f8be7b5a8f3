// SPDX-License-Identifier: GPL-3.0-or-later
#include "mime/Charsets.h"

#include <QStringDecoder>

#include <algorithm>

namespace lb::mime {
namespace {

bool isAscii(QByteArrayView bytes)
{
    return std::all_of(bytes.begin(), bytes.end(),
                       [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

QString decodeWindows1252(QByteArrayView bytes)
{
    QStringDecoder decoder("windows-1252");
    if (!decoder.isValid())
        return QString::fromLatin1(bytes);
    return decoder.decode(bytes);
}

bool isUtf8Label(QByteArrayView name)
{
    return name == "utf-8";
}

bool isAsciiLabel(QByteArrayView name)
{
    return name == "us-ascii" || name == "ascii" || name == "ansi_x3.4-1968" ||
           name == "iso646-us" || name == "us";
}

} // namespace

bool isStatefulCharset(QByteArrayView name)
{
    return name == "utf-7" || name.startsWith("iso-2022") || name.startsWith("hz") ||
           name.startsWith("utf-16") || name.startsWith("utf-32");
}

QByteArray normalizeCharsetName(QByteArrayView label)
{
    QByteArray name = label.trimmed().toByteArray().toLower();
    while (!name.isEmpty() && (name.front() == '"' || name.front() == '\''))
        name.remove(0, 1);
    while (!name.isEmpty() && (name.back() == '"' || name.back() == '\''))
        name.chop(1);
    name = name.trimmed();
    if (name == "utf8" || name == "unicode-1-1-utf-8")
        return "utf-8";
    if (name == "unicode-1-1-utf-7" || name == "utf7")
        return "utf-7";
    if (name == "latin1" || name == "latin-1" || name == "iso8859-1" || name == "iso_8859-1")
        return "iso-8859-1";
    if (name == "iso-8859-8-i")
        return "iso-8859-8";
    if (name == "cp1252")
        return "windows-1252";
    return name;
}

bool isKnownCharset(QByteArrayView label)
{
    const QByteArray name = normalizeCharsetName(label);
    if (name.isEmpty())
        return false;
    if (isUtf8Label(name) || isAsciiLabel(name))
        return true;
    return QStringDecoder(name.constData()).isValid();
}

// Length of the valid UTF-8 sequence at p (1-4), or 0 when the byte there starts none.
int utf8SequenceLength(const unsigned char *p, qsizetype left)
{
    const unsigned char c = p[0];
    int n = 0;
    if (c >= 0xC2 && c <= 0xDF)
        n = 2;
    else if (c >= 0xE0 && c <= 0xEF)
        n = 3;
    else if (c >= 0xF0 && c <= 0xF4)
        n = 4;
    if (n == 0 || left < n)
        return 0;
    for (int i = 1; i < n; ++i) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
    }
    return QByteArrayView(p, n).isValidUtf8() ? n : 0;
}

QString decodeUnlabelled(QByteArrayView bytes)
{
    if (isAscii(bytes) || bytes.isValidUtf8())
        return QString::fromUtf8(bytes);
    // Mixed input (UTF-8 with a few legacy bytes, often after a bad cut): each valid UTF-8
    // sequence as UTF-8, every other byte as windows-1252.
    QString out;
    out.reserve(bytes.size());
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    qsizetype i = 0;
    while (i < bytes.size()) {
        if (p[i] < 0x80) {
            out += QLatin1Char(char(p[i++]));
            continue;
        }
        if (const int n = utf8SequenceLength(p + i, bytes.size() - i)) {
            out += QString::fromUtf8(bytes.sliced(i, n));
            i += n;
        } else {
            out += decodeWindows1252(bytes.sliced(i++, 1));
        }
    }
    return out;
}

QString decodeCharset(QByteArrayView bytes, QByteArrayView label)
{
    const QByteArray name = normalizeCharsetName(label);
    if (!isStatefulCharset(name) && isAscii(bytes))
        return QString::fromLatin1(bytes);
    // UTF-8 and ASCII labels on data that does not fit them are common mislabels.
    if (name.isEmpty() || isUtf8Label(name) || isAsciiLabel(name))
        return decodeUnlabelled(bytes);
    if (name == "iso-8859-1")
        return QString::fromLatin1(bytes);
    QStringDecoder decoder(name.constData());
    if (!decoder.isValid())
        return decodeUnlabelled(bytes);
    return decoder.decode(bytes);
}

} // namespace lb::mime
