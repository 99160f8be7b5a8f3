// SPDX-License-Identifier: GPL-3.0-or-later
// Multipart boundaries (RFC 2046 5.1.1): random, and checked against the content they divide.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <functional>

namespace lb::mime {

using BoundarySource = std::function<QByteArray()>;

// "=_lb_" and 24 random letters and digits. "=_" can start no quoted-printable escape and
// appears in no base64 text, so the boundary cannot arise from our own encodings.
[[nodiscard]] QByteArray randomBoundary();

// A boundary from source that occurs in none of contents. After a few collisions it
// lengthens the candidates with random characters (up to the 70 RFC 2046 allows), so it
// always ends.
[[nodiscard]] QByteArray chooseBoundary(const QList<QByteArrayView> &contents,
                                        const BoundarySource &source = randomBoundary);

} // namespace lb::mime
