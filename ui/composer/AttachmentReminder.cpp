// SPDX-License-Identifier: GPL-3.0-or-later
#include "composer/AttachmentReminder.h"

#include <QRegularExpression>
#include <QString>

using namespace Qt::Literals::StringLiterals;

namespace lb::ui {

bool mentionsAttachment(QStringView text)
{
    static const QRegularExpression words(
        uR"(\b(attach(ed|ment|ments|ing)?|enclosed|anhang|angeh[aä]ngt|anlage|pi[eè]ces? jointes?|ci-joint|en pi[eè]ce jointe)\b)"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    for (QStringView line : text.split(u'\n')) {
        const QStringView trimmed = line.trimmed();
        if (trimmed.startsWith(u'>'))
            continue;
        // What follows a forwarded message's header block is someone else's text.
        if (trimmed.startsWith(u"-------- ") && trimmed.endsWith(u" --------"))
            break;
        if (words.match(line).hasMatch())
            return true;
    }
    return false;
}

} // namespace lb::ui
