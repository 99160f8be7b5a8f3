// SPDX-License-Identifier: GPL-3.0-or-later
// Message identifiers for Message-ID, In-Reply-To and References (RFC 5322 3.6.4).
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace lb::mime {

// "<random-uuid@domain-of-sender>": the sender's domain (IDNA-encoded so the id stays
// ASCII), or "letterbox.invalid" when the address has no usable domain.
[[nodiscard]] QByteArray generateMessageId(const QString &senderAddress);

// The id with angle brackets, or nullopt when it could not be written safely: empty,
// longer than 250 characters, or holding whitespace, controls, non-ASCII or brackets inside.
[[nodiscard]] std::optional<QByteArray> normaliseMessageId(QByteArrayView id);

} // namespace lb::mime
