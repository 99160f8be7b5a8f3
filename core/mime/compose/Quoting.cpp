// SPDX-License-Identifier: GPL-3.0-or-later
#include "mime/compose/Quoting.h"

#include "mime/TextExtraction.h"

#include <QLocale>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace lb::mime {

namespace {

QString lfText(QStringView text)
{
    QString out = text.toString();
    out.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
    return out;
}

QString senderName(const Message &original)
{
    if (original.from.empty())
        return u"Unknown sender"_s;
    const Mailbox &from = original.from.front();
    return from.name.trimmed().isEmpty() ? from.address : from.name.trimmed();
}

} // namespace

QString attributionDate(const QDateTime &date, const QTimeZone &zone)
{
    // QLocale::c() keeps the English names whatever the user's locale.
    return QLocale::c().toString(date.toTimeZone(zone), u"ddd, d MMM yyyy HH:mm"_s);
}

QString attributionLine(const Message &original, const QTimeZone &zone)
{
    const QString who = senderName(original);
    if (!original.date)
        return who + u" wrote:"_s;
    return u"On %1, %2 wrote:"_s.arg(attributionDate(*original.date, zone), who);
}

QString quoteText(QStringView text)
{
    QStringList lines = lfText(text).split(u'\n');
    // RFC 3676 4.3: the signature starts at the last "-- " line.
    const qsizetype signature = lines.lastIndexOf(u"-- "_s);
    if (signature >= 0)
        lines = lines.first(signature);
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    for (QString &line : lines) {
        if (line.isEmpty() || line.startsWith(u'>'))
            line.prepend(u'>');
        else
            line.prepend(u"> "_s);
    }
    return lines.join(u'\n');
}

QString originalText(const Message &original)
{
    return lfText(readableText(original));
}

QString displayAddresses(const std::vector<Mailbox> &mailboxes)
{
    QStringList out;
    for (const Mailbox &m : mailboxes) {
        const QString name = m.name.trimmed();
        out.append(name.isEmpty() ? m.address : u"%1 <%2>"_s.arg(name, m.address));
    }
    return out.join(u", "_s);
}

QString forwardedBlock(const Message &original, const QTimeZone &zone)
{
    QString block = u"-------- Forwarded Message --------\n"_s;
    block += u"Subject: "_s + original.subject + u'\n';
    if (original.date)
        block += u"Date: "_s + attributionDate(*original.date, zone) + u'\n';
    block += u"From: "_s + displayAddresses(original.from) + u'\n';
    block += u"To: "_s + displayAddresses(original.to) + u'\n';
    if (!original.cc.empty())
        block += u"Cc: "_s + displayAddresses(original.cc) + u'\n';
    return block + u'\n' + originalText(original);
}

} // namespace lb::mime
