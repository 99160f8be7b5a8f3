// SPDX-License-Identifier: GPL-3.0-or-later
#include "mime/compose/AddressFormatter.h"

#include "mime/compose/FoldedField.h"
#include "mime/compose/HeaderText.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace lb::mime {

namespace {

constexpr qsizetype kMaxAddressLength = 254; // RFC 5321 4.5.3.1.3 path, less the brackets

// RFC 5322 3.2.3 atext, widened by RFC 6532 3.2 to any non-ASCII character.
bool isAtext(QChar c)
{
    if (c.unicode() >= 0x80)
        return !c.isSpace() && c.category() != QChar::Other_Control;
    if (c.unicode() < 0x21 || c.unicode() > 0x7E)
        return false;
    return !QStringView(u"()<>[]:;@\\,.\"").contains(c);
}

// RFC 5322 3.2.3 dot-atom-text: atoms joined by single dots.
bool isDotAtom(QStringView text)
{
    if (text.isEmpty() || text.startsWith(u'.') || text.endsWith(u'.') || text.contains(u".."))
        return false;
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c == u'.' || isAtext(c); });
}

// RFC 5322 3.2.4 quoted-string without folding whitespace.
bool isQuotedLocalPart(QStringView text)
{
    if (text.size() < 2 || !text.startsWith(u'"') || !text.endsWith(u'"'))
        return false;
    for (qsizetype i = 1; i + 1 < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x20 || c == 0x7F)
            return false;
        if (c == u'\\') {
            if (++i + 1 >= text.size())
                return false;
            continue;
        }
        if (c == u'"')
            return false;
    }
    return true;
}

// RFC 5322 3.4.1 domain-literal without folding whitespace.
bool isDomainLiteral(QStringView text)
{
    if (text.size() < 2 || !text.startsWith(u'[') || !text.endsWith(u']'))
        return false;
    const QStringView inner = text.sliced(1, text.size() - 2);
    return std::all_of(inner.begin(), inner.end(), [](QChar c) {
        return c.unicode() > 0x20 && c.unicode() < 0x7F && c != u'[' && c != u']' && c != u'\\';
    });
}

Error addressError(const QString &address)
{
    return inputError(u"“%1” is not a valid email address."_s.arg(neutraliseControls(address)));
}

} // namespace

Result<QByteArray> validateAddress(const QString &address)
{
    const QString trimmed = address.trimmed();
    const qsizetype at = trimmed.lastIndexOf(u'@');
    if (at <= 0 || at + 1 >= trimmed.size())
        return addressError(address);
    const QStringView local = QStringView(trimmed).first(at);
    const QStringView domain = QStringView(trimmed).sliced(at + 1);
    if (!isDotAtom(local) && !isQuotedLocalPart(local))
        return addressError(address);
    if (!isDotAtom(domain) && !isDomainLiteral(domain))
        return addressError(address);
    QByteArray bytes = trimmed.toUtf8();
    if (bytes.size() > kMaxAddressLength)
        return addressError(address);
    return bytes;
}

bool isInternationalAddress(const QString &address)
{
    return std::any_of(address.begin(), address.end(), [](QChar c) { return c.unicode() >= 0x80; });
}

Result<void> writeAddressList(FoldedField &field, const std::vector<Mailbox> &mailboxes)
{
    for (size_t i = 0; i < mailboxes.size(); ++i) {
        const Mailbox &mailbox = mailboxes[i];
        Result<QByteArray> address = validateAddress(mailbox.address);
        if (!address)
            return address.error();
        const QByteArray comma = i + 1 < mailboxes.size() ? QByteArray(",") : QByteArray();
        if (neutraliseControls(mailbox.name).trimmed().isEmpty()) {
            field.addToken(address.value() + comma);
            continue;
        }
        writePhrase(field, mailbox.name);
        field.addToken('<' + address.value() + '>' + comma);
    }
    return Ok{};
}

Result<QByteArray> formatAddressField(QByteArrayView name, const std::vector<Mailbox> &mailboxes)
{
    FoldedField field(name);
    Result<void> written = writeAddressList(field, mailboxes);
    if (!written)
        return written.error();
    return field.finish();
}

} // namespace lb::mime
