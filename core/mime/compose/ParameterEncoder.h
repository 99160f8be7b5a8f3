// SPDX-License-Identifier: GPL-3.0-or-later
// Content-Type / Content-Disposition parameters (RFC 2045 5.1, RFC 2231).
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace lb::mime {

// name="value" when value is printable ASCII and short, else RFC 2231 extended parameters:
// name*=utf-8''%XX... or, when that would not fit a line, continuations name*0*=utf-8''...,
// name*1*=... each short enough for a folded line and never splitting a character.
// Returns one token per segment, without separators.
[[nodiscard]] QList<QByteArray> encodeParameter(QByteArrayView name, QStringView value);

// name="value" with quoted-pairs (RFC 5322 3.2.4); value must be printable ASCII.
[[nodiscard]] QByteArray quotedParameter(QByteArrayView name, QByteArrayView value);

// A short printable-ASCII stand-in for a file name, for readers that ignore RFC 2231:
// accents dropped, other characters, quotes and path separators replaced by "_", cut to at
// most 60 characters keeping the extension.
[[nodiscard]] QString asciiFallbackFilename(QStringView filename);

// A folded field "Name: value; p1; p2" from parameter tokens, e.g. from encodeParameter.
[[nodiscard]] QByteArray formatParameterField(QByteArrayView name, QByteArrayView value,
                                              const QList<QByteArray> &parameters);

} // namespace lb::mime
