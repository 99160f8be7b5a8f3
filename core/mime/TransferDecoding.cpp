// SPDX-License-Identifier: GPL-3.0-or-later
#include "mime/TransferDecoding.h"

#include <array>
#include <cstring>

namespace lb::mime {
namespace {

constexpr std::array<signed char, 256> makeBase64Table()
{
    std::array<signed char, 256> table{};
    for (auto &v : table)
        v = -1;
    const char *alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (int i = 0; i < 64; ++i)
        table[static_cast<unsigned char>(alphabet[i])] = static_cast<signed char>(i);
    return table;
}
constexpr auto kBase64 = makeBase64Table();

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// Appends the decoded bytes of a quoted-printable line (without its line ending); returns
// true when the line ended in a soft break.
bool decodeQpLine(QByteArrayView line, char *&out, bool &garbage)
{
    qsizetype end = line.size();
    while (end > 0 && (line[end - 1] == ' ' || line[end - 1] == '\t'))
        --end; // RFC 2045 6.7 rule 3: trailing blanks were added in transport
    const char *p = line.data();
    for (qsizetype i = 0; i < end; ++i) {
        const char c = p[i];
        if (c != '=') {
            *out++ = c;
            continue;
        }
        if (i + 1 == end)
            return true;
        const int hi = i + 1 < end ? hexValue(p[i + 1]) : -1;
        const int lo = i + 2 < end ? hexValue(p[i + 2]) : -1;
        if (hi < 0 || lo < 0) {
            garbage = true;
            *out++ = '=';
            continue;
        }
        *out++ = char(hi * 16 + lo);
        i += 2;
    }
    return false;
}

int uuValue(char c)
{
    return (c - ' ') & 0x3f;
}

void decodeUuLine(QByteArrayView line, QByteArray &out)
{
    if (line.isEmpty())
        return;
    const int count = uuValue(line[0]);
    const qsizetype old = out.size();
    out.resize(old + count + 2);
    char *dst = out.data() + old;
    int produced = 0;
    for (qsizetype i = 1; produced < count; i += 4) {
        char q[4];
        for (int k = 0; k < 4; ++k)
            q[k] = i + k < line.size() ? char(uuValue(line[i + k])) : 0;
        const char bytes[3] = {char(q[0] << 2 | q[1] >> 4), char(q[1] << 4 | q[2] >> 2),
                               char(q[2] << 6 | q[3])};
        for (int k = 0; k < 3 && produced < count; ++k)
            dst[produced++] = bytes[k];
        if (i >= line.size())
            break;
    }
    out.truncate(old + produced);
}

QByteArrayView lineContent(QByteArrayView text, qsizetype pos, qsizetype &next)
{
    const void *lf = std::memchr(text.data() + pos, '\n', size_t(text.size() - pos));
    qsizetype end = lf ? static_cast<const char *>(lf) - text.data() : text.size();
    next = lf ? end + 1 : end;
    if (end > pos && text[end - 1] == '\r')
        --end;
    return text.sliced(pos, end - pos);
}

// "begin 644 name" (RFC-less de-facto format): the mode is octal digits.
std::optional<QString> uuBeginName(QByteArrayView line)
{
    if (!line.startsWith("begin "))
        return std::nullopt;
    qsizetype i = 6;
    const qsizetype modeStart = i;
    while (i < line.size() && line[i] >= '0' && line[i] <= '7')
        ++i;
    if (i == modeStart || i - modeStart > 4 || i >= line.size() || line[i] != ' ')
        return std::nullopt;
    return QString::fromUtf8(line.sliced(i + 1).trimmed());
}

} // namespace

DecodeResult decodeBase64(QByteArrayView in)
{
    DecodeResult result;
    result.data.resize(in.size() * 3 / 4 + 3);
    char *out = result.data.data();
    char *const begin = out;
    quint32 acc = 0;
    int count = 0;
    const auto flush = [&] {
        if (count == 1)
            result.hadGarbage = true;
        if (count >= 2)
            *out++ = char(acc >> (count == 2 ? 4 : 10));
        if (count == 3)
            *out++ = char(acc >> 2);
        acc = 0;
        count = 0;
    };
    for (const char c : in) {
        const int v = kBase64[static_cast<unsigned char>(c)];
        if (v < 0) {
            if (c == '=')
                flush();
            else if (c != '\r' && c != '\n' && c != ' ' && c != '\t')
                result.hadGarbage = true;
            continue;
        }
        acc = (acc << 6) | quint32(v);
        if (++count == 4) {
            out[0] = char(acc >> 16);
            out[1] = char(acc >> 8);
            out[2] = char(acc);
            out += 3;
            acc = 0;
            count = 0;
        }
    }
    flush();
    result.data.truncate(out - begin);
    return result;
}

DecodeResult decodeQuotedPrintable(QByteArrayView in)
{
    DecodeResult result;
    result.data.resize(in.size());
    char *const begin = result.data.data();
    char *out = begin;
    qsizetype pos = 0;
    while (pos < in.size()) {
        const void *lf = std::memchr(in.data() + pos, '\n', size_t(in.size() - pos));
        const qsizetype lfAt = lf ? static_cast<const char *>(lf) - in.data() : in.size();
        qsizetype contentEnd = lfAt;
        if (lf && contentEnd > pos && in[contentEnd - 1] == '\r')
            --contentEnd;
        const bool soft = decodeQpLine(in.sliced(pos, contentEnd - pos), out, result.hadGarbage);
        if (lf && !soft) {
            for (qsizetype k = contentEnd; k <= lfAt; ++k)
                *out++ = in[k];
        }
        pos = lf ? lfAt + 1 : in.size();
    }
    result.data.truncate(out - begin);
    return result;
}

QByteArray decodeQEncoding(QByteArrayView in)
{
    QByteArray out(in.size(), Qt::Uninitialized);
    char *dst = out.data();
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in[i];
        int hi = -1, lo = -1;
        if (c == '=' && i + 2 < in.size()) {
            hi = hexValue(in[i + 1]);
            lo = hexValue(in[i + 2]);
        }
        if (c == '_') {
            *dst++ = ' ';
        } else if (hi >= 0 && lo >= 0) {
            *dst++ = char(hi * 16 + lo);
            i += 2;
        } else {
            *dst++ = c;
        }
    }
    out.truncate(dst - out.data());
    return out;
}

std::vector<UuBlock> findUuencodedBlocks(QByteArrayView text)
{
    std::vector<UuBlock> blocks;
    qsizetype pos = 0;
    while (pos < text.size()) {
        qsizetype next = 0;
        const qsizetype lineStart = pos;
        const auto name = uuBeginName(lineContent(text, pos, next));
        pos = next;
        if (!name)
            continue;
        UuBlock block{*name, {}, lineStart, text.size()};
        while (pos < text.size()) {
            const QByteArrayView line = lineContent(text, pos, next);
            pos = next;
            if (line == "end") {
                block.end = pos;
                break;
            }
            decodeUuLine(line, block.data);
        }
        blocks.push_back(std::move(block));
    }
    return blocks;
}

std::optional<UuBlock> decodeUuencodedBody(QByteArrayView body)
{
    auto blocks = findUuencodedBlocks(body);
    if (blocks.empty())
        return std::nullopt;
    return std::move(blocks.front());
}

TransferEncoding parseTransferEncoding(QByteArrayView value)
{
    const QByteArray v = value.trimmed().toByteArray().toLower();
    if (v.isEmpty() || v == "7bit")
        return TransferEncoding::SevenBit;
    if (v == "8bit")
        return TransferEncoding::EightBit;
    if (v == "binary")
        return TransferEncoding::Binary;
    if (v == "base64")
        return TransferEncoding::Base64;
    if (v == "quoted-printable")
        return TransferEncoding::QuotedPrintable;
    if (v == "x-uuencode" || v == "uuencode" || v == "x-uue" || v == "uue")
        return TransferEncoding::UuEncode;
    return TransferEncoding::Unknown;
}

DecodeResult decodeTransfer(QByteArrayView body, TransferEncoding encoding)
{
    switch (encoding) {
    case TransferEncoding::Base64:
        return decodeBase64(body);
    case TransferEncoding::QuotedPrintable:
        return decodeQuotedPrintable(body);
    case TransferEncoding::UuEncode:
        if (auto block = decodeUuencodedBody(body))
            return {std::move(block->data), false};
        return {body.toByteArray(), true};
    default:
        return {body.toByteArray(), false};
    }
}

} // namespace lb::mime
