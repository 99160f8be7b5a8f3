// SPDX-License-Identifier: GPL-3.0-or-later
#include "composer/AddressField.h"

#include "mime/AddressParser.h"
#include "mime/compose/AddressFormatter.h"

using namespace Qt::Literals::StringLiterals;

namespace lb::ui {

QStringList splitAddressEntries(const QString &text)
{
    QStringList entries;
    QString current;
    bool quoted = false;
    int angle = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\\' && quoted && i + 1 < text.size()) {
            current += c;
            current += text[++i];
            continue;
        }
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && c == u'<')
            ++angle;
        else if (!quoted && c == u'>' && angle > 0)
            --angle;
        if (!quoted && angle == 0 && (c == u',' || c == u';')) {
            if (!current.trimmed().isEmpty())
                entries << current.trimmed();
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        entries << current.trimmed();
    return entries;
}

AddressField::AddressField(QWidget *parent) : QLineEdit(parent)
{
    setClearButtonEnabled(true);
    connect(this, &QLineEdit::editingFinished, this, &AddressField::validate);
    connect(this, &QLineEdit::textEdited, this, [this] {
        setStyleSheet({});
        setToolTip({});
    });
}

void AddressField::setMailboxes(const std::vector<mime::Mailbox> &mailboxes)
{
    QStringList parts;
    for (const mime::Mailbox &m : mailboxes) {
        QString name = m.name;
        // A name with a comma or quote must be quoted to read back as one entry.
        if (name.contains(u',') || name.contains(u';') || name.contains(u'"') ||
            name.contains(u'<')) {
            name.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
            name = u'"' + name + u'"';
        }
        parts << (name.isEmpty() ? m.address : name + u" <"_s + m.address + u'>');
    }
    setText(parts.join(u", "_s));
}

Result<std::vector<mime::Mailbox>> AddressField::mailboxes() const
{
    std::vector<mime::Mailbox> out;
    for (const QString &entry : splitAddressEntries(text())) {
        const auto parsed = mime::parseAddressList(entry.toUtf8());
        if (parsed.size() != 1 || !mime::validateAddress(parsed.front().address).ok())
            return inputError(tr("“%1” is not an email address.").arg(entry));
        out.push_back(parsed.front());
    }
    return out;
}

std::vector<mime::Mailbox> AddressField::validMailboxes() const
{
    std::vector<mime::Mailbox> out;
    for (const QString &entry : splitAddressEntries(text())) {
        const auto parsed = mime::parseAddressList(entry.toUtf8());
        if (parsed.size() == 1 && mime::validateAddress(parsed.front().address).ok())
            out.push_back(parsed.front());
    }
    return out;
}

bool AddressField::validate()
{
    const auto result = mailboxes();
    if (result.ok()) {
        setStyleSheet({});
        setToolTip({});
        return true;
    }
    markInvalid(result.error().message);
    return false;
}

void AddressField::markInvalid(const QString &why)
{
    setStyleSheet(u"QLineEdit { border: 1px solid #c01c28; border-radius: 2px; }"_s);
    setToolTip(why);
}

} // namespace lb::ui
