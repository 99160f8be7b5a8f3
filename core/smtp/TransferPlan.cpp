// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/TransferPlan.h"

using namespace Qt::Literals::StringLiterals;

namespace lb::smtp {

namespace {

constexpr qsizetype MaxLineLength = 998; // RFC 5322 section 2.1.1, without CRLF

bool isAscii(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

Error messageError(QString sentence)
{
    return Error{ErrorScope::Message, Remedy::AskUser, std::move(sentence), {}};
}

// The header section ends at the first empty line (RFC 5322 section 2.1).
qsizetype headerEnd(QByteArrayView message)
{
    if (message.startsWith("\r\n") || message.startsWith('\n'))
        return 0;
    const qsizetype crlf = message.indexOf("\r\n\r\n");
    const qsizetype lf = message.indexOf("\n\n");
    if (crlf < 0 && lf < 0)
        return message.size();
    if (crlf < 0 || (lf >= 0 && lf < crlf))
        return lf + 1;
    return crlf + 2;
}

} // namespace

MessageTraits MessageTraits::inspect(QByteArrayView message)
{
    MessageTraits traits;
    traits.size = std::uint64_t(message.size());
    const qsizetype bodyStart = headerEnd(message);
    qsizetype lineLength = 0;
    for (qsizetype i = 0; i < message.size(); ++i) {
        const auto c = static_cast<unsigned char>(message[i]);
        if (c == '\n' || c == '\r') {
            lineLength = 0;
            continue;
        }
        if (++lineLength > MaxLineLength)
            traits.longLines = true;
        if (c == 0)
            traits.nul = true;
        else if (c >= 0x80)
            (i < bodyStart ? traits.eightBitHeaders : traits.eightBitBody) = true;
    }
    return traits;
}

QString formatMegabytes(std::uint64_t octets)
{
    // Below 0.1 MB a rounded "0 MB" would tell the user nothing.
    if (octets < 100'000)
        return QString::number((octets + 500) / 1000) + u" kB"_s;
    QString number = QString::number(double(octets) / 1e6, 'f', 1);
    if (number.endsWith(u".0"_s))
        number.chop(2);
    return number + u" MB"_s;
}

Result<TransferPlan> planTransfer(const Capabilities &capabilities, const Envelope &envelope,
                                  const MessageTraits &traits)
{
    if (envelope.recipients.isEmpty())
        return messageError(u"The message has no recipients."_s);
    // RFC 1870 section 6: refuse early instead of sending megabytes the server will reject.
    if (capabilities.size && capabilities.sizeLimit > 0 && traits.size > capabilities.sizeLimit)
        return messageError(u"Message too large for this server: limit %1, message %2."_s.arg(
            formatMegabytes(capabilities.sizeLimit), formatMegabytes(traits.size)));
    // RFC 6531 section 3.4: non-ASCII addresses need SMTPUTF8; there is no downgrade.
    QStringList addresses = envelope.recipients;
    addresses.prepend(envelope.from);
    for (const QString &address : addresses) {
        if (!isAscii(address) && !capabilities.smtpUtf8)
            return messageError(
                u"The address %1 has non-ASCII characters, which this server cannot accept."_s.arg(
                    address));
    }
    TransferPlan plan;
    const bool utf8Addresses = !isAscii(addresses.join(QString()));
    const bool utf8Headers = traits.eightBitHeaders && capabilities.smtpUtf8;
    plan.mustReencodeHeaders = traits.eightBitHeaders && !capabilities.smtpUtf8;
    plan.mustReencodeBody = traits.longLines || traits.nul ||
                            ((traits.eightBitBody || utf8Headers) && !capabilities.eightBitMime);
    plan.mail.smtpUtf8 = utf8Addresses || utf8Headers;
    plan.mail.eightBitMime = (traits.eightBitBody || utf8Headers) && capabilities.eightBitMime;
    if (capabilities.size)
        plan.mail.size = traits.size;
    return plan;
}

} // namespace lb::smtp
