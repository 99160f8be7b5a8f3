// SPDX-License-Identifier: GPL-3.0-or-later
// Small independent readers for what the composer writes, so its tests do not rely on the
// code under test.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace lb::mime::test {

// The lines of bytes split at CRLF (the last one even if empty).
[[nodiscard]] QList<QByteArray> crlfLines(const QByteArray &bytes);

// Header fields removed of their folding: CRLF before SP/HTAB dropped (RFC 5322 2.2.3).
[[nodiscard]] QByteArray unfold(const QByteArray &field);

// RFC 2047 encoded-words in value decoded from UTF-8; whitespace between two encoded-words
// dropped, everything else kept.
[[nodiscard]] QString decodeEncodedWords(const QByteArray &value);

// The value of the first "Name:" field in a header block, unfolded, without the name.
[[nodiscard]] QByteArray headerValue(const QByteArray &block, const QByteArray &name);

// The header block (up to the first empty line) of a message or entity.
[[nodiscard]] QByteArray headerBlock(const QByteArray &bytes);

// The boundary parameter of an entity's Content-Type (quoted form, as the composer writes).
[[nodiscard]] QByteArray boundaryOf(const QByteArray &entity);

// The body parts of a multipart entity, each with its own header block; empty when the
// entity is not multipart or its closing delimiter is missing.
[[nodiscard]] QList<QByteArray> bodyParts(const QByteArray &entity);

// The bytes after an entity's header block.
[[nodiscard]] QByteArray bodyOf(const QByteArray &entity);

} // namespace lb::mime::test
