// SPDX-License-Identifier: GPL-3.0-or-later
#include "mime/compose/HeaderText.h"

#include "mime/compose/FoldedField.h"

#include <QList>

#include <algorithm>

namespace lb::mime {

namespace {

// The longest plain word that fits a continuation line after its one space.
constexpr qsizetype kMaxPlainWord = kFoldWidth - 1;

bool isWsp(QChar c)
{
    return c == u' ' || c == u'\t';
}

bool isAsciiPrintable(QStringView word)
{
    for (QChar c : word) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7E)
            return false;
    }
    return true;
}

bool needsEncoding(QStringView word)
{
    return !isAsciiPrintable(word) || word.contains(u"=?") || word.size() > kMaxPlainWord;
}

// RFC 5322 3.2.3 atext.
bool isAtext(QChar c)
{
    if (c.unicode() > 0x7E || c.unicode() < 0x21)
        return false;
    return !QStringView(u"()<>[]:;@\\,.\"").contains(c);
}

struct Word
{
    QStringView whitespaceBefore;
    QStringView text;
};

QList<Word> splitWords(QStringView text)
{
    QList<Word> words;
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype wsStart = i;
        while (i < text.size() && isWsp(text[i]))
            ++i;
        const qsizetype start = i;
        while (i < text.size() && !isWsp(text[i]))
            ++i;
        if (start == i)
            break;
        words.append({text.sliced(wsStart, start - wsStart), text.sliced(start, i - start)});
    }
    return words;
}

QByteArray whitespaceBytes(QStringView ws)
{
    return ws.isEmpty() ? QByteArray(" ") : ws.toLatin1();
}

QByteArray quotedString(QStringView text)
{
    QByteArray out = "\"";
    for (QChar c : text) {
        if (c == u'"' || c == u'\\')
            out += '\\'; // RFC 5322 3.2.4 quoted-pair
        out += char(c.unicode());
    }
    return out + '"';
}

} // namespace

QString neutraliseControls(QStringView text)
{
    QString out = text.toString();
    for (QChar &c : out) {
        if ((c.unicode() < 0x20 && c != u'\t') || c.unicode() == 0x7F)
            c = u' ';
    }
    return out;
}

void writeUnstructured(FoldedField &field, QStringView text)
{
    const QString clean = neutraliseControls(text).trimmed();
    const QList<Word> words = splitWords(clean);
    for (qsizetype i = 0; i < words.size();) {
        const QByteArray ws = whitespaceBytes(words[i].whitespaceBefore);
        if (!needsEncoding(words[i].text)) {
            field.addToken(words[i].text.toLatin1(), ws);
            ++i;
            continue;
        }
        // A run of words to encode takes the whitespace between them inside the encoding:
        // outside it would vanish between encoded-words (RFC 2047 6.2).
        const qsizetype runStart = i;
        while (i + 1 < words.size() && needsEncoding(words[i + 1].text))
            ++i;
        const QStringView first = words[runStart].text;
        const QStringView last = words[i].text;
        const qsizetype from = first.data() - clean.constData();
        const qsizetype to = last.data() + last.size() - clean.constData();
        field.addEncodedText(QStringView(clean).sliced(from, to - from), ws);
        ++i;
    }
}

void writePhrase(FoldedField &field, QStringView name)
{
    const QString clean = neutraliseControls(name).trimmed();
    if (clean.isEmpty())
        return;
    const QList<Word> words = splitWords(clean);
    bool atoms = true, ascii = true;
    for (const Word &w : words) {
        atoms = atoms && w.whitespaceBefore.size() <= 1 && w.text.size() <= kMaxPlainWord &&
                std::all_of(w.text.begin(), w.text.end(), isAtext);
        ascii = ascii && isAsciiPrintable(w.text) && !w.text.contains(u"=?");
    }
    if (atoms && ascii) {
        for (const Word &w : words)
            field.addToken(w.text.toLatin1());
        return;
    }
    const QByteArray quoted = quotedString(clean);
    if (ascii && quoted.size() <= kMaxPlainWord) {
        field.addToken(quoted);
        return;
    }
    field.addEncodedText(clean);
}

} // namespace lb::mime
