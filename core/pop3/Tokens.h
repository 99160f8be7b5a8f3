// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayList>
#include <QByteArrayView>

#include <cstdint>
#include <optional>

namespace lb::pop3 {

// Small lexical helpers shared by the reply readers of this library.

// A run of ASCII digits only (no sign, no spaces), without overflow past `max`.
[[nodiscard]] std::optional<std::uint64_t> parseDecimal(QByteArrayView digits,
                                                        std::uint64_t max = UINT64_MAX);

// Splits on runs of spaces and tabs, dropping empty tokens.
[[nodiscard]] QByteArrayList splitWords(QByteArrayView line);

// Splits a multi-line body into its lines, without their CRLF.
[[nodiscard]] QList<QByteArrayView> bodyLines(QByteArrayView body);

} // namespace lb::pop3
