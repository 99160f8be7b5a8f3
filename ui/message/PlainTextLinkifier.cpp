// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/PlainTextLinkifier.h"

#include "mime/html/UrlPolicy.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace lb::ui {
namespace {

QString escaped(QStringView text)
{
    return text.toString().toHtmlEscaped();
}

// A URL ends before trailing punctuation that belongs to the sentence: "see x.org/a."
qsizetype trimmedEnd(QStringView candidate)
{
    qsizetype end = candidate.size();
    while (end > 0) {
        const QChar c = candidate[end - 1];
        if (c == u'.' || c == u',' || c == u';' || c == u':' || c == u'!' || c == u'?' ||
            c == u'\'' || c == u'"') {
            --end;
        } else if (c == u')' &&
                   candidate.first(end).count(u'(') < candidate.first(end).count(u')')) {
            --end;
        } else {
            break;
        }
    }
    return end;
}

// Appends one line with its links.
void linkifyLine(QStringView line, LinkifiedText &out)
{
    static const QRegularExpression pattern(
        uR"((?:https?://|www\.)[^\s<>"]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)"_s,
        QRegularExpression::CaseInsensitiveOption);
    qsizetype pos = 0;
    auto it = pattern.globalMatch(line);
    while (it.hasNext()) {
        const auto match = it.next();
        const qsizetype start = match.capturedStart();
        if (start < pos)
            continue;
        QStringView candidate = line.sliced(start, match.capturedLength());
        candidate = candidate.first(trimmedEnd(candidate));
        QString target = candidate.toString();
        if (target.contains(u'@') && !target.contains(u'/'))
            target = u"mailto:"_s + target;
        else if (target.startsWith(u"www."_s, Qt::CaseInsensitive))
            target = u"http://"_s + target;
        const mime::ClassifiedUrl url = mime::classifyUrl(target);
        if (url.kind != mime::ClassifiedUrl::Kind::Web &&
            url.kind != mime::ClassifiedUrl::Kind::Mail)
            continue;
        out.html += escaped(line.sliced(pos, start - pos));
        const int index = int(out.links.size());
        out.links.push_back({url.value, candidate.toString(), false});
        out.html += u"<a href=\"lb-link:"_s + QString::number(index) + u"\" title=\""_s +
                    escaped(url.value) + u"\">"_s + escaped(candidate) + u"</a>"_s;
        pos = start + candidate.size();
    }
    out.html += escaped(line.sliced(pos));
}

} // namespace

LinkifiedText linkifyPlainText(QStringView text)
{
    LinkifiedText out;
    out.html = u"<div style=\"white-space: pre-wrap;\">"_s;
    const auto lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QStringView line = lines[i];
        if (line.endsWith(u'\r'))
            line.chop(1);
        const bool quoted = line.startsWith(u'>');
        if (quoted)
            out.html += u"<span style=\"color: #5a6b7b;\">"_s;
        linkifyLine(line, out);
        if (quoted)
            out.html += u"</span>"_s;
        if (i + 1 < lines.size())
            out.html += u"<br>"_s;
    }
    out.html += u"</div>"_s;
    return out;
}

} // namespace lb::ui
