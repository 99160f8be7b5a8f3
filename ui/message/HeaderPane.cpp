// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/HeaderPane.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace lb::ui {
namespace {

QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QString joined(const std::vector<mime::Mailbox> &list)
{
    QStringList parts;
    for (const mime::Mailbox &m : list)
        parts << formatMailbox(m);
    return parts.join(u", "_s);
}

} // namespace

HeaderPane::HeaderPane(QWidget *parent) : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(12, 8, 12, 6);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(2);
    m_subject = plainLabel(this);
    QFont big = m_subject->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_subject->setFont(big);
    grid->addWidget(m_subject, 0, 0, 1, 2);
    QLabel *caption = nullptr;
    m_from = addRow(tr("From:"), &caption);
    m_to = addRow(tr("To:"), &caption);
    m_cc = addRow(tr("Cc:"), &m_ccCaption);
    m_date = addRow(tr("Date:"), &m_dateCaption);
    grid->setColumnStretch(1, 1);
}

QLabel *HeaderPane::addRow(const QString &caption, QLabel **captionLabel)
{
    auto *grid = static_cast<QGridLayout *>(layout());
    const int row = grid->rowCount();
    auto *name = new QLabel(caption, this);
    name->setAlignment(Qt::AlignRight | Qt::AlignTop);
    QPalette muted = name->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    name->setPalette(muted);
    auto *value = plainLabel(this);
    grid->addWidget(name, row, 0);
    grid->addWidget(value, row, 1);
    *captionLabel = name;
    return value;
}

void HeaderPane::showHeaders(const PreparedMessage &message)
{
    m_subject->setText(message.subject.isEmpty() ? tr("(no subject)") : message.subject);
    m_from->setText(joined(message.from));
    m_to->setText(joined(message.to));
    m_cc->setText(joined(message.cc));
    m_cc->setVisible(!message.cc.empty());
    m_ccCaption->setVisible(!message.cc.empty());
    m_date->setText(message.date.isValid()
                        ? QLocale().toString(message.date.toLocalTime(), QLocale::LongFormat)
                        : QString());
    m_date->setVisible(message.date.isValid());
    m_dateCaption->setVisible(message.date.isValid());
}

void HeaderPane::clear()
{
    for (QLabel *label : {m_subject, m_from, m_to, m_cc, m_date})
        label->clear();
}

QString HeaderPane::fromText() const
{
    return m_from->text();
}
QString HeaderPane::toText() const
{
    return m_to->text();
}
QString HeaderPane::ccText() const
{
    return m_cc->text();
}
QString HeaderPane::subjectText() const
{
    return m_subject->text();
}
QString HeaderPane::dateText() const
{
    return m_date->text();
}

} // namespace lb::ui
