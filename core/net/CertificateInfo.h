// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QStringList>

namespace lb::net {

// What the UI shows when a server's certificate is not trusted, and what the user can pin.
struct CertificateInfo
{
    QString subject;           // e.g. "CN=mail.example.org, O=Example"
    QString issuer;            // the same for the issuer
    QStringList subjectNames;  // DNS names and IP addresses the certificate is valid for
    QDateTime notBefore;       // UTC
    QDateTime notAfter;        // UTC
    QString sha256Fingerprint; // lowercase hex without separators: the value to pin
    QStringList errors;        // QSslError descriptions, one sentence each
    QByteArray pem;            // the leaf certificate itself

    // "AB:CD:..." for display.
    [[nodiscard]] QString displayFingerprint() const;
};

[[nodiscard]] CertificateInfo certificateInfo(const QSslCertificate &leaf,
                                              const QList<QSslError> &errors = {});

// Lowercase hex SHA-256 of the certificate's DER encoding.
[[nodiscard]] QString sha256Fingerprint(const QSslCertificate &certificate);

// Accepts "AB:CD:..", "ab cd ..", "abcd..": returns lowercase hex, or an empty string when the
// text is not exactly 32 bytes of hex.
[[nodiscard]] QString normalizeFingerprint(const QString &text);

} // namespace lb::net
