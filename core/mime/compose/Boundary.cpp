// SPDX-License-Identifier: GPL-3.0-or-later
#include "mime/compose/Boundary.h"

#include <QRandomGenerator>

#include <algorithm>

namespace lb::mime {

namespace {

constexpr qsizetype kMaxBoundary = 70; // RFC 2046 5.1.1
constexpr int kPlainAttempts = 4;
constexpr int kRandomTail = 24;

QByteArray randomAlphanumerics(int count)
{
    static constexpr char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QByteArray out(count, Qt::Uninitialized);
    for (char &c : out)
        c = alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))];
    return out;
}

bool occursIn(QByteArrayView boundary, const QList<QByteArrayView> &contents)
{
    return std::any_of(contents.begin(), contents.end(),
                       [&](QByteArrayView content) { return content.contains(boundary); });
}

} // namespace

QByteArray randomBoundary()
{
    return "=_lb_" + randomAlphanumerics(24);
}

QByteArray chooseBoundary(const QList<QByteArrayView> &contents, const BoundarySource &source)
{
    for (int attempt = 0;; ++attempt) {
        QByteArray candidate = source();
        if (attempt >= kPlainAttempts) {
            candidate = candidate.first(qMin(candidate.size(), kMaxBoundary - kRandomTail)) +
                        randomAlphanumerics(kRandomTail);
        }
        if (!candidate.isEmpty() && !occursIn(candidate, contents))
            return candidate;
    }
}

} // namespace lb::mime
