// SPDX-License-Identifier: GPL-3.0-or-later
#include "pop3/Tokens.h"

namespace lb::pop3 {

std::optional<std::uint64_t> parseDecimal(QByteArrayView digits, std::uint64_t max)
{
    if (digits.isEmpty() || digits.size() > 20)
        return std::nullopt;
    std::uint64_t value = 0;
    for (char c : digits) {
        if (c < '0' || c > '9')
            return std::nullopt;
        const auto digit = std::uint64_t(c - '0');
        if (value > (max - digit) / 10)
            return std::nullopt;
        value = value * 10 + digit;
    }
    return value;
}

QByteArrayList splitWords(QByteArrayView line)
{
    QByteArrayList words;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= line.size(); ++i) {
        const bool space = i == line.size() || line[i] == ' ' || line[i] == '\t';
        if (space && start >= 0) {
            words.append(line.sliced(start, i - start).toByteArray());
            start = -1;
        } else if (!space && start < 0) {
            start = i;
        }
    }
    return words;
}

QList<QByteArrayView> bodyLines(QByteArrayView body)
{
    QList<QByteArrayView> lines;
    qsizetype pos = 0;
    while (pos < body.size()) {
        qsizetype end = body.indexOf('\n', pos);
        if (end < 0)
            end = body.size();
        QByteArrayView line = body.sliced(pos, end - pos);
        if (line.endsWith('\r'))
            line.chop(1);
        lines.append(line);
        pos = end + 1;
    }
    return lines;
}

} // namespace lb::pop3
