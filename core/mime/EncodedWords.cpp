// SPDX-License-Identifier: GPL-3.0-or-later
#include "mime/EncodedWords.h"

#include "mime/Charsets.h"
#include "mime/TransferDecoding.h"

namespace lb::mime {
namespace {

bool isWsp(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// Finds "?=" at or after from; remembers the last answer so that scanning a field full of
// unterminated "=?" stays linear.
class TerminatorFinder
{
public:
    explicit TerminatorFinder(QByteArrayView text) : m_text(text) {}
    qsizetype find(qsizetype from)
    {
        if (m_searchedFrom >= 0 && from >= m_searchedFrom && (m_found < 0 || from <= m_found))
            return m_found;
        m_searchedFrom = from;
        m_found = m_text.indexOf("?=", from);
        return m_found;
    }

private:
    QByteArrayView m_text;
    qsizetype m_searchedFrom = -1;
    qsizetype m_found = -1;
};

std::optional<EncodedWord> readWord(QByteArrayView text, qsizetype at, TerminatorFinder &finder)
{
    // "=?" charset "?" encoding "?" encoded-text "?="
    if (text.size() - at < 8 || text[at] != '=' || text[at + 1] != '?')
        return std::nullopt;
    qsizetype i = at + 2;
    while (i < text.size() && text[i] != '?' && !isWsp(text[i]))
        ++i;
    if (i == at + 2 || i + 2 >= text.size() || text[i] != '?' || text[i + 2] != '?')
        return std::nullopt;
    QByteArrayView charset = text.sliced(at + 2, i - at - 2);
    if (const qsizetype star = charset.indexOf('*'); star >= 0) // RFC 2231 5: language
        charset = charset.first(star);
    const char enc = text[i + 1];
    const qsizetype textStart = i + 3;
    const qsizetype end = finder.find(textStart);
    if (end < 0)
        return std::nullopt;
    const QByteArrayView encoded = text.sliced(textStart, end - textStart);
    EncodedWord word;
    word.charset = charset.toByteArray();
    word.length = end + 2 - at;
    if (enc == 'Q' || enc == 'q')
        word.bytes = decodeQEncoding(encoded);
    else if (enc == 'B' || enc == 'b')
        word.bytes = decodeBase64(encoded).data;
    else
        return std::nullopt;
    return word;
}

class Decoder
{
public:
    void addText(QByteArrayView text)
    {
        flushWords();
        m_out += decodeUnlabelled(text);
    }
    void addWord(EncodedWord word)
    {
        // Words of a stateful charset each return to ASCII at their end: decode them one by
        // one, or the decoder sees a redundant shift sequence.
        const QByteArray charset = word.charset.compare(m_lastRawCharset, Qt::CaseInsensitive) == 0
                                       ? m_lastCharset
                                       : normalizeCharsetName(word.charset);
        m_lastRawCharset = word.charset;
        m_lastCharset = charset;
        if (m_pending && (m_pendingCharset != charset || isStatefulCharset(charset)))
            flushWords();
        if (!m_pending)
            m_pendingCharset = charset;
        m_pendingBytes += word.bytes;
        m_pending = true;
    }
    QString finish()
    {
        flushWords();
        return std::move(m_out);
    }

private:
    void flushWords()
    {
        if (!m_pending)
            return;
        m_out += decodeCharset(m_pendingBytes, m_pendingCharset);
        m_pendingBytes.clear();
        m_pending = false;
    }

    QString m_out;
    QByteArray m_lastRawCharset; // saves normalising the same label for every word
    QByteArray m_lastCharset;
    QByteArray m_pendingCharset;
    QByteArray m_pendingBytes;
    bool m_pending = false;
};

} // namespace

std::optional<EncodedWord> readEncodedWord(QByteArrayView text)
{
    TerminatorFinder finder(text);
    return readWord(text, 0, finder);
}

QString decodeEncodedWords(QByteArrayView text)
{
    if (!text.contains("=?"))
        return decodeUnlabelled(text);
    TerminatorFinder finder(text);
    Decoder decoder;
    qsizetype plainStart = 0; // start of text not yet emitted
    bool lastWasWord = false;
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype next = text.indexOf("=?", i);
        if (next < 0)
            break;
        auto word = readWord(text, next, finder);
        if (!word) {
            i = next + 2;
            continue;
        }
        const QByteArrayView between = text.sliced(plainStart, next - plainStart);
        const bool onlySpace = std::all_of(between.begin(), between.end(), isWsp);
        if (!(lastWasWord && onlySpace) && !between.isEmpty())
            decoder.addText(between);
        decoder.addWord(std::move(*word));
        i = plainStart = next + word->length;
        lastWasWord = true;
    }
    if (plainStart < text.size())
        decoder.addText(text.sliced(plainStart));
    return decoder.finish();
}

} // namespace lb::mime
