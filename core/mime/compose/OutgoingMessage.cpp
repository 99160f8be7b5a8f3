// SPDX-License-Identifier: GPL-3.0-or-later
#include "mime/compose/OutgoingMessage.h"

using namespace Qt::Literals::StringLiterals;

namespace lb::mime {

namespace {
bool endsWithLineBreak(const QString &text)
{
    return text.endsWith(u'\n') || text.endsWith(u'\r');
}
} // namespace

QString textWithSignature(const OutgoingMessage &message)
{
    QString text = message.text;
    if (!text.isEmpty() && !endsWithLineBreak(text))
        text += u'\n';
    if (!message.signature.isEmpty()) {
        text += u"-- \n"_s + message.signature;
        if (!endsWithLineBreak(text))
            text += u'\n';
    }
    return text;
}

QString htmlWithSignature(const OutgoingMessage &message)
{
    QString html = message.html.value_or(QString());
    if (message.signature.isEmpty())
        return html;
    const QString block =
        u"<pre class=\"signature\">-- \n"_s + message.signature.toHtmlEscaped() + u"</pre>"_s;
    const qsizetype body = html.lastIndexOf(u"</body>"_s, -1, Qt::CaseInsensitive);
    if (body < 0)
        return html + block;
    return html.insert(body, block);
}

} // namespace lb::mime
