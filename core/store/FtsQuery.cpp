// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/FtsQuery.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace lb::store {
namespace {

bool isSearchable(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetterOrNumber(); });
}

// FTS5 strings are double-quoted with embedded quotes doubled (FTS5 docs, section 3.1).
QString quoted(QStringView text)
{
    QString out = u"\""_s;
    out += text.toString().replace(u'"', u"\"\""_s);
    out += u'"';
    return out;
}

// The FTS column a "field:" prefix names, or empty when it is no field of ours.
QString columnFor(QStringView field)
{
    if (field.compare(u"from", Qt::CaseInsensitive) == 0)
        return u"sender"_s;
    if (field.compare(u"to", Qt::CaseInsensitive) == 0)
        return u"recipients"_s;
    if (field.compare(u"subject", Qt::CaseInsensitive) == 0)
        return u"subject"_s;
    if (field.compare(u"body", Qt::CaseInsensitive) == 0)
        return u"body"_s;
    return {};
}

class Builder
{
public:
    // Control characters (NUL above all) would cut the expression short inside SQLite.
    explicit Builder(const QString &text) : m_text(text)
    {
        for (QChar &c : m_text) {
            if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
                c = u' ';
        }
    }

    QString build()
    {
        while (skipSpace()) {
            QString column = fieldPrefix();
            QString term = m_text[m_pos] == u'"' ? phrase() : word();
            if (term.isEmpty())
                continue;
            m_terms << (column.isEmpty() ? term : column + u" : "_s + term);
        }
        return m_terms.join(u' ');
    }

private:
    bool skipSpace()
    {
        while (m_pos < m_text.size() && m_text[m_pos].isSpace())
            ++m_pos;
        return m_pos < m_text.size();
    }

    // "from:" and friends, consumed only when a term follows directly.
    QString fieldPrefix()
    {
        qsizetype end = m_pos;
        while (end < m_text.size() && m_text[end].isLetter())
            ++end;
        if (end == m_pos || end + 1 >= m_text.size() || m_text[end] != u':' ||
            m_text[end + 1].isSpace())
            return {};
        QString column = columnFor(QStringView(m_text).mid(m_pos, end - m_pos));
        if (!column.isEmpty())
            m_pos = end + 1;
        return column;
    }

    QString phrase()
    {
        const qsizetype start = ++m_pos;
        qsizetype end = m_text.indexOf(u'"', start);
        if (end < 0)
            end = m_text.size();
        m_pos = std::min(end + 1, m_text.size());
        const QStringView inside = QStringView(m_text).mid(start, end - start);
        return isSearchable(inside) ? quoted(inside) : QString();
    }

    QString word()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && !m_text[m_pos].isSpace() && m_text[m_pos] != u'"')
            ++m_pos;
        const QStringView text = QStringView(m_text).mid(start, m_pos - start);
        return isSearchable(text) ? quoted(text) + u'*' : QString();
    }

    QString m_text;
    qsizetype m_pos = 0;
    QStringList m_terms;
};

} // namespace

QString toFtsQuery(const QString &userText)
{
    return Builder(userText).build();
}

} // namespace lb::store
