// SPDX-License-Identifier: GPL-3.0-or-later
// A tolerant HTML tokenizer for mail: any input, however broken, becomes a sequence of text,
// start tags and end tags in one linear pass. It follows the shape of the HTML Living Standard
// tokenizer (raw text elements, attribute forms, bogus comments) without its full error
// recovery, which display sanitising does not need.
#pragma once

#include <QString>
#include <QStringView>

#include <vector>

namespace lb::mime {

struct HtmlAttribute
{
    QString name;  // lower case
    QString value; // character references decoded
};

struct HtmlToken
{
    enum class Kind
    {
        Text,     // text: character references decoded
        StartTag, // name, attributes, selfClosing
        EndTag,   // name
    };
    Kind kind = Kind::Text;
    QString name; // lower case tag name
    QString text;
    std::vector<HtmlAttribute> attributes;
    bool selfClosing = false;
};

struct HtmlTokenizerLimits
{
    qsizetype maxAttributes = 64;            // per tag; the rest are dropped
    qsizetype maxAttributeValue = 64 * 1024; // longer values are cut
};

// Reads tokens one at a time. Comments, doctypes and processing instructions are skipped.
// The content of raw text elements (script, style, textarea, title, iframe...) comes back as
// one Text token, undecoded for script/style; an unterminated one runs to the end of input.
class HtmlTokenizer
{
public:
    explicit HtmlTokenizer(QStringView input, HtmlTokenizerLimits limits = {});

    // False at the end of input.
    [[nodiscard]] bool next(HtmlToken &token);

private:
    bool readMarkup(HtmlToken &token); // at '<'
    void readText(HtmlToken &token);
    void readTag(HtmlToken &token, bool closing);
    void readAttributes(HtmlToken &token);
    void skipComment();
    void skipToGreaterThan();
    void readRawText(HtmlToken &token);

    QStringView m_in;
    qsizetype m_pos = 0;
    HtmlTokenizerLimits m_limits;
    QString m_rawTextEnd; // set after a raw text element's start tag
    bool m_rawTextDecoded = false;
};

// True for elements whose content the tokenizer reads as raw text.
[[nodiscard]] bool isRawTextElement(QStringView name);

} // namespace lb::mime
