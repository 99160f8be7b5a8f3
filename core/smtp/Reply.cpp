// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/Reply.h"

using namespace Qt::Literals::StringLiterals;

namespace lb::smtp {

namespace {

std::optional<int> parseSmallNumber(QByteArrayView digits)
{
    if (digits.isEmpty() || digits.size() > 3)
        return std::nullopt;
    int value = 0;
    for (char c : digits) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

} // namespace

QString EnhancedCode::toString() const
{
    return u"%1.%2.%3"_s.arg(klass).arg(subject).arg(detail);
}

std::optional<EnhancedCode> parseEnhancedCode(QByteArrayView text)
{
    const qsizetype firstDot = text.indexOf('.');
    const qsizetype secondDot = firstDot < 0 ? -1 : text.indexOf('.', firstDot + 1);
    if (firstDot != 1 || secondDot < 0)
        return std::nullopt;
    const auto klass = parseSmallNumber(text.first(1));
    const auto subject = parseSmallNumber(text.sliced(2, secondDot - 2));
    const auto detail = parseSmallNumber(text.sliced(secondDot + 1));
    if (!klass || !subject || !detail || (*klass != 2 && *klass != 4 && *klass != 5))
        return std::nullopt;
    return EnhancedCode{*klass, *subject, *detail};
}

QString Reply::summary() const
{
    QString result = QString::number(code);
    if (enhanced)
        result += QLatin1Char(' ') + enhanced->toString();
    const QByteArray joined = text();
    if (!joined.isEmpty())
        result += QLatin1Char(' ') + QString::fromUtf8(joined);
    return result;
}

Error ParseError::toError() const
{
    return Error{
        ErrorScope::Connection,
        Remedy::RetryLater,
        u"The SMTP server sent a reply that could not be understood: %1 (at byte %2)."_s.arg(what)
            .arg(offset),
        {}};
}

} // namespace lb::smtp
