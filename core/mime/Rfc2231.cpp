// SPDX-License-Identifier: GPL-3.0-or-later
#include "mime/Rfc2231.h"

#include "mime/Charsets.h"
#include "mime/EncodedWords.h"
#include "mime/HeaderTokens.h"

#include <algorithm>
#include <map>

namespace lb::mime {
namespace {

struct RawParam
{
    QByteArray name;  // lower case, without the RFC 2231 section suffix
    int section = -1; // -1: not a continuation
    bool extended = false;
    QByteArray value;
};

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c = char(c | 0x20);
    return (c >= 'a' && c <= 'f') ? c - 'a' + 10 : -1;
}

QByteArray percentDecode(QByteArrayView v)
{
    QByteArray out;
    out.reserve(v.size());
    for (qsizetype i = 0; i < v.size(); ++i) {
        if (v[i] == '%' && i + 2 < v.size() + 0 && hexValue(v[i + 1]) >= 0 &&
            hexValue(v[i + 2]) >= 0) {
            out.append(char(hexValue(v[i + 1]) * 16 + hexValue(v[i + 2])));
            i += 2;
        } else {
            out.append(v[i]);
        }
    }
    return out;
}

// "filename*1*" -> name "filename", section 1, extended.
RawParam splitName(QByteArray name)
{
    RawParam p;
    name = name.toLower();
    if (name.endsWith('*')) {
        p.extended = true;
        name.chop(1);
    }
    const qsizetype star = name.lastIndexOf('*');
    if (star > 0) {
        bool ok = false;
        const int section = name.sliced(star + 1).toInt(&ok);
        if (ok && section >= 0 && section < 10000) {
            p.section = section;
            name.truncate(star);
        }
    }
    p.name = std::move(name);
    return p;
}

std::vector<RawParam> readRawParams(QByteArrayView text)
{
    std::vector<RawParam> params;
    const auto tokens = tokenizeStructured(text, ";=");
    size_t i = 0;
    while (i < tokens.size()) {
        if (tokens[i].isSpecial(';')) {
            ++i;
            continue;
        }
        const QByteArray name = tokens[i].text.trimmed();
        ++i;
        if (i >= tokens.size() || !tokens[i].isSpecial('=')) {
            while (i < tokens.size() && !tokens[i].isSpecial(';'))
                ++i; // a bare word is no parameter
            continue;
        }
        ++i;
        QByteArray value;
        for (bool first = true; i < tokens.size() && !tokens[i].isSpecial(';'); ++i) {
            if (!first && tokens[i].spaceBefore)
                value.append(' ');
            value.append(tokens[i].text);
            first = false;
        }
        if (name.isEmpty())
            continue;
        RawParam p = splitName(name);
        p.value = std::move(value);
        params.push_back(std::move(p));
    }
    return params;
}

QString plainValue(const QByteArray &value)
{
    if (value.contains("=?")) // RFC 2047 misused inside a parameter (RFC 2047 5 forbids it)
        return decodeEncodedWords(value);
    return decodeUnlabelled(value);
}

// RFC 2231 3: sections sorted by number; the charset comes from the first section.
QString joinSections(std::vector<const RawParam *> sections)
{
    std::sort(sections.begin(), sections.end(),
              [](const RawParam *a, const RawParam *b) { return a->section < b->section; });
    QByteArray charset;
    QByteArray bytes;
    bool anyExtended = false;
    for (size_t k = 0; k < sections.size(); ++k) {
        const RawParam &s = *sections[k];
        QByteArrayView v = s.value;
        if (s.extended) {
            anyExtended = true;
            if (k == 0) {
                const qsizetype q1 = v.indexOf('\'');
                const qsizetype q2 = q1 >= 0 ? v.indexOf('\'', q1 + 1) : -1;
                if (q2 >= 0) {
                    charset = v.first(q1).toByteArray();
                    v = v.sliced(q2 + 1);
                }
            }
            bytes += percentDecode(v);
        } else {
            bytes += v.toByteArray();
        }
    }
    if (!anyExtended)
        return plainValue(bytes);
    return decodeCharset(bytes, charset);
}

} // namespace

QString decodeExtendedValue(QByteArrayView value)
{
    RawParam p;
    p.extended = true;
    p.section = 0;
    p.value = value.toByteArray();
    return joinSections({&p});
}

std::vector<Parameter> parseParameters(QByteArrayView text)
{
    const std::vector<RawParam> raw = readRawParams(text);
    std::vector<Parameter> out;
    std::map<QByteArray, std::vector<const RawParam *>> sectioned;
    std::vector<QByteArray> order;
    for (const RawParam &p : raw) {
        const bool isSectioned = p.section >= 0 || p.extended;
        auto known = std::find(order.begin(), order.end(), p.name);
        if (known == order.end())
            order.push_back(p.name);
        if (isSectioned)
            sectioned[p.name].push_back(&p);
    }
    for (const QByteArray &name : order) {
        auto it = sectioned.find(name);
        if (it != sectioned.end()) {
            out.push_back(Parameter{name, joinSections(it->second)});
            continue;
        }
        const auto plain =
            std::find_if(raw.begin(), raw.end(), [&](const RawParam &p) { return p.name == name; });
        out.push_back(Parameter{name, plainValue(plain->value)});
    }
    return out;
}

} // namespace lb::mime
