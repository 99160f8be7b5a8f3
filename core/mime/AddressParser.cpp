// SPDX-License-Identifier: GPL-3.0-or-later
#include "mime/AddressParser.h"

#include "mime/Charsets.h"
#include "mime/EncodedWords.h"
#include "mime/HeaderTokens.h"

#include <algorithm>
#include <cctype>

using namespace Qt::Literals::StringLiterals;

namespace lb::mime {
namespace {

using Token = HeaderToken;
using Tokens = std::vector<Token>;

bool isAtext(char c)
{
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80 || std::isalnum(u))
        return true;
    return QByteArrayView("!#$%&'*+-/=?^_`{|}~.").contains(c);
}

// RFC 5322 3.2.5 phrase: words joined by single spaces, then encoded words decoded.
QString displayName(const Tokens &phrase)
{
    QByteArray joined;
    for (const Token &t : phrase) {
        if (t.kind == Token::Kind::Special && t.isSpecial('>'))
            continue;
        if (!joined.isEmpty() && t.spaceBefore)
            joined.append(' ');
        joined.append(t.text);
    }
    // A line break (left inside a quoted name, or encoded as =0D=0A) is never part of a name:
    // shown on one line or written into a reply's header, it must not split the field.
    QString name = decodeEncodedWords(joined);
    for (QChar &c : name) {
        if (c == u'\r' || c == u'\n')
            c = u' ';
    }
    return name;
}

// RFC 5322 3.4.1 addr-spec written back without comments or whitespace.
QString addrSpec(const Tokens &tokens)
{
    QByteArray out;
    for (const Token &t : tokens) {
        if (t.kind == Token::Kind::Quoted && !std::all_of(t.text.begin(), t.text.end(), isAtext)) {
            out.append('"');
            for (const char c : t.text) {
                if (c == '"' || c == '\\')
                    out.append('\\');
                out.append(c);
            }
            out.append('"');
        } else if (!(t.kind == Token::Kind::Special && (t.isSpecial('<') || t.isSpecial('>')))) {
            out.append(t.text);
        }
    }
    // Folding inside a quoted local part or a domain literal is not part of the address
    // (RFC 5322 3.2.4); a stray CR or LF there would let a reply inject header fields.
    out.removeIf([](char c) { return c == '\r' || c == '\n'; });
    return decodeUnlabelled(out);
}

// RFC 5322 4.4 obs-route: "@a,@b:" before the addr-spec inside angle brackets. A colon
// without a route ("<Undisclosed-Recipient:;>") is a group in the wrong place: keep its name.
Tokens withoutRoute(const Tokens &angle)
{
    const auto colon =
        std::find_if(angle.begin(), angle.end(), [](const Token &t) { return t.isSpecial(':'); });
    if (colon == angle.end())
        return angle;
    if (angle.front().isSpecial('@')) {
        auto last = colon;
        for (auto it = colon; it != angle.end(); ++it) {
            if (it->isSpecial(':'))
                last = it;
        }
        return Tokens(last + 1, angle.end());
    }
    return Tokens(angle.begin(), colon);
}

class ListParser
{
public:
    std::vector<Mailbox> run(const Tokens &tokens)
    {
        for (const Token &t : tokens)
            take(t);
        finishElement();
        return std::move(m_out);
    }

private:
    void take(const Token &t)
    {
        if (m_inAngle) {
            if (t.isSpecial('>'))
                m_inAngle = false;
            else
                m_angle.push_back(t);
            return;
        }
        if (t.isSpecial('<')) {
            m_inAngle = true;
            m_hadAngle = true;
        } else if (t.isSpecial(',')) {
            finishElement();
        } else if (t.isSpecial(';')) {
            finishElement();
        } else if (t.isSpecial(':') && !m_hadAngle && !hasAt()) {
            m_plain.clear(); // RFC 5322 3.4 group: the name is dropped, members flattened
        } else {
            if (startsNewAddress(t))
                finishElement(); // "a@b c@d": a missing comma (RFC 5322 would reject it)
            m_plain.push_back(t);
        }
    }

    // After a complete addr-spec, a word after whitespace begins the next address.
    bool startsNewAddress(const Token &t) const
    {
        if (m_hadAngle || !t.spaceBefore || t.kind == Token::Kind::Special || m_plain.size() < 3)
            return false;
        const Token &last = m_plain.back();
        return last.kind != Token::Kind::Special && m_plain[m_plain.size() - 2].isSpecial('@');
    }

    bool hasAt() const
    {
        return std::any_of(m_plain.begin(), m_plain.end(),
                           [](const Token &t) { return t.isSpecial('@'); });
    }

    void finishElement()
    {
        if (m_hadAngle) {
            Mailbox box;
            box.name = displayName(m_plain);
            const Tokens spec = withoutRoute(m_angle);
            box.address = spec.empty() ? u"<>"_s : addrSpec(spec);
            m_out.push_back(std::move(box));
        } else if (!m_plain.empty()) {
            m_out.push_back(Mailbox{QString(), plainAddress()});
        }
        m_plain.clear();
        m_angle.clear();
        m_inAngle = m_hadAngle = false;
    }

    // An element without angle brackets is an addr-spec; stray words become a quoted local part.
    QString plainAddress() const
    {
        if (hasAt())
            return addrSpec(m_plain);
        if (m_plain.size() == 1)
            return addrSpec(m_plain);
        Token merged;
        merged.kind = Token::Kind::Quoted;
        for (const Token &t : m_plain) {
            if (!merged.text.isEmpty() && t.spaceBefore)
                merged.text.append(' ');
            merged.text.append(t.text);
        }
        return addrSpec(Tokens{merged});
    }

    std::vector<Mailbox> m_out;
    Tokens m_plain;
    Tokens m_angle;
    bool m_inAngle = false;
    bool m_hadAngle = false;
};

} // namespace

std::vector<Mailbox> parseAddressList(QByteArrayView value)
{
    return ListParser().run(tokenizeStructured(value, "<>,:;@"));
}

std::optional<Mailbox> parseMailbox(QByteArrayView value)
{
    auto list = parseAddressList(value);
    if (list.empty())
        return std::nullopt;
    return std::move(list.front());
}

} // namespace lb::mime
