// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/RemoteImagesBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace lb::ui {

RemoteImagesBar::RemoteImagesBar(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("remoteImagesBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette pal = palette();
    // A soft amber that reads as "notice" in light and dark palettes alike.
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    pal.setColor(QPalette::Window, dark ? QColor(0x4a, 0x3f, 0x1c) : QColor(0xff, 0xf4, 0xd1));
    setPalette(pal);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(8, 4, 8, 4);
    m_text = new QLabel(this);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_once = new QPushButton(tr("Load for this message"), this);
    m_always = new QPushButton(this);
    row->addWidget(m_text, 1);
    row->addWidget(m_once);
    row->addWidget(m_always);
    connect(m_once, &QPushButton::clicked, this, &RemoteImagesBar::loadForMessage);
    connect(m_always, &QPushButton::clicked, this, &RemoteImagesBar::alwaysForSender);
}

void RemoteImagesBar::showBlocked(int count, bool loadable, const QString &sender)
{
    m_text->setText(
        loadable ? tr("Remote images were blocked to protect your privacy (%n).", nullptr, count)
                 : tr("Remote content was blocked to protect your privacy (%n). "
                      "Only images can be loaded.",
                      nullptr, count));
    m_once->setVisible(loadable);
    m_always->setVisible(loadable && !sender.isEmpty());
    m_always->setText(tr("Always for %1").arg(sender));
    m_always->setToolTip(tr("Always load remote images in messages from %1").arg(sender));
    show();
}

QString RemoteImagesBar::text() const
{
    return m_text->text();
}

} // namespace lb::ui
