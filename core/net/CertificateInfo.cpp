// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/CertificateInfo.h"

#include <QCryptographicHash>

using namespace Qt::Literals::StringLiterals;

namespace lb::net {

namespace {

QString distinguishedName(const QSslCertificate &cert, bool issuer)
{
    const QList<QByteArray> attributes =
        issuer ? cert.issuerInfoAttributes() : cert.subjectInfoAttributes();
    QStringList parts;
    for (const QByteArray &attribute : attributes) {
        const QStringList values =
            issuer ? cert.issuerInfo(attribute) : cert.subjectInfo(attribute);
        for (const QString &value : values)
            parts << QString::fromLatin1(attribute) + u'=' + value;
    }
    return parts.join(u", "_s);
}

QStringList alternativeNames(const QSslCertificate &cert)
{
    QStringList names;
    const auto san = cert.subjectAlternativeNames();
    for (auto it = san.cbegin(); it != san.cend(); ++it)
        names << it.value();
    return names;
}

} // namespace

QString CertificateInfo::displayFingerprint() const
{
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < sha256Fingerprint.size(); i += 2)
        pairs << sha256Fingerprint.mid(i, 2).toUpper();
    return pairs.join(u':');
}

CertificateInfo certificateInfo(const QSslCertificate &leaf, const QList<QSslError> &errors)
{
    CertificateInfo info;
    info.subject = distinguishedName(leaf, false);
    info.issuer = distinguishedName(leaf, true);
    info.subjectNames = alternativeNames(leaf);
    info.notBefore = leaf.effectiveDate().toUTC();
    info.notAfter = leaf.expiryDate().toUTC();
    info.sha256Fingerprint = sha256Fingerprint(leaf);
    for (const QSslError &error : errors)
        info.errors << error.errorString();
    info.pem = leaf.toPem();
    return info;
}

QString sha256Fingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}

QString normalizeFingerprint(const QString &text)
{
    QString hex;
    for (const QChar c : text) {
        if (c == u':' || c == u' ' || c == u'-')
            continue;
        const char16_t u = c.toLower().unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f')))
            return {};
        hex += QChar(u);
    }
    constexpr qsizetype kSha256HexLength = 64;
    return hex.size() == kSha256HexLength ? hex : QString();
}

} // namespace lb::net
