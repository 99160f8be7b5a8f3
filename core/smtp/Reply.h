// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QByteArrayList>
#include <QString>

#include <cstdint>
#include <optional>
#include <variant>

namespace lb::smtp {

// An enhanced status code such as 5.7.8 (RFC 3463 section 2): class.subject.detail.
struct EnhancedCode
{
    int klass = 0; // 2, 4 or 5
    int subject = 0;
    int detail = 0;

    [[nodiscard]] QString toString() const; // "5.7.8"
    [[nodiscard]] bool is(int k, int s, int d) const
    {
        return klass == k && subject == s && detail == d;
    }
    bool operator==(const EnhancedCode &) const = default;
};

// Parses "5.7.8" (class 2/4/5, subject and detail of 1 to 3 digits), else nullopt.
[[nodiscard]] std::optional<EnhancedCode> parseEnhancedCode(QByteArrayView text);

// One SMTP reply, all of its lines (RFC 5321 section 4.2).
struct Reply
{
    int code = 0;
    // From the first line, when enhanced codes were enabled and present (RFC 2034 section 4).
    std::optional<EnhancedCode> enhanced;
    // The text of each line after "ddd-"/"ddd " and after the enhanced code, if any.
    QByteArrayList lines;

    [[nodiscard]] bool isPositive() const { return code >= 200 && code < 300; }
    [[nodiscard]] bool isIntermediate() const { return code >= 300 && code < 400; }
    [[nodiscard]] bool isTransient() const { return code >= 400 && code < 500; }
    [[nodiscard]] bool isPermanent() const { return code >= 500 && code < 600; }
    // The lines joined with spaces.
    [[nodiscard]] QByteArray text() const { return lines.join(' '); }
    // "535 5.7.8 Authentication credentials invalid": what a person reading a log expects.
    [[nodiscard]] QString summary() const;

    bool operator==(const Reply &) const = default;
};

// The stream could not be understood; `offset` counts bytes from the first byte fed.
struct ParseError
{
    qint64 offset = 0;
    QString what;

    [[nodiscard]] Error toError() const;
    bool operator==(const ParseError &) const = default;
};

struct NeedMore
{
    bool operator==(const NeedMore &) const = default;
};

using ParseEvent = std::variant<NeedMore, Reply, ParseError>;

} // namespace lb::smtp
