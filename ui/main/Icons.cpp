// SPDX-License-Identifier: GPL-3.0-or-later
#include "main/Icons.h"

#include <QApplication>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>
#include <QtMath>

namespace lb::ui {
namespace {

const char *themeName(IconKind kind)
{
    switch (kind) {
    case IconKind::Inbox:
        return "mail-folder-inbox";
    case IconKind::Sent:
        return "mail-folder-sent";
    case IconKind::Drafts:
        return "folder-documents";
    case IconKind::Trash:
        return "user-trash";
    case IconKind::Junk:
        return "mail-mark-junk";
    case IconKind::Archive:
        return "folder-archive";
    case IconKind::Folder:
        return "folder";
    case IconKind::Account:
        return "internet-mail";
    case IconKind::UnifiedInbox:
        return "mail-folder-inbox";
    case IconKind::Flagged:
        return "starred";
    case IconKind::Attachment:
        return "mail-attachment";
    case IconKind::Answered:
        return "mail-replied";
    case IconKind::Forwarded:
        return "mail-forwarded";
    case IconKind::Offline:
        return "network-offline";
    }
    return "folder";
}

void drawFolder(QPainter &p, const QColor &c)
{
    p.setPen(QPen(c, 1.2));
    QPainterPath path;
    path.moveTo(2, 4);
    path.lineTo(6, 4);
    path.lineTo(7.5, 5.5);
    path.lineTo(14, 5.5);
    path.lineTo(14, 13);
    path.lineTo(2, 13);
    path.closeSubpath();
    p.drawPath(path);
}

void drawTray(QPainter &p, const QColor &c)
{
    p.setPen(QPen(c, 1.2));
    p.drawRect(QRectF(2, 4, 12, 9));
    QPainterPath dip;
    dip.moveTo(2, 9);
    dip.lineTo(5.5, 9);
    dip.lineTo(6.5, 10.5);
    dip.lineTo(9.5, 10.5);
    dip.lineTo(10.5, 9);
    dip.lineTo(14, 9);
    p.drawPath(dip);
}

void drawStar(QPainter &p, const QColor &c)
{
    QPainterPath star;
    for (int i = 0; i < 10; ++i) {
        const double r = (i % 2 == 0) ? 6.5 : 2.8;
        const double a = -M_PI / 2 + i * M_PI / 5;
        const QPointF pt(8 + r * std::cos(a), 8.3 + r * std::sin(a));
        if (i == 0)
            star.moveTo(pt);
        else
            star.lineTo(pt);
    }
    star.closeSubpath();
    p.setPen(Qt::NoPen);
    p.setBrush(c);
    p.drawPath(star);
}

void drawClip(QPainter &p, const QColor &c)
{
    p.setPen(QPen(c, 1.3, Qt::SolidLine, Qt::RoundCap));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(QRectF(5, 2, 6, 12), 3, 3);
    p.drawLine(QPointF(8, 5), QPointF(8, 11));
}

void drawArrow(QPainter &p, const QColor &c, bool forward)
{
    p.setPen(QPen(c, 1.4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    if (forward) {
        p.scale(-1, 1);
        p.translate(-16, 0);
    }
    QPainterPath curve;
    curve.moveTo(13, 13);
    curve.cubicTo(13, 8, 10, 6.5, 4, 6.5);
    p.drawPath(curve);
    p.drawLine(QPointF(4, 6.5), QPointF(7, 3.5));
    p.drawLine(QPointF(4, 6.5), QPointF(7, 9.5));
}

void drawTrash(QPainter &p, const QColor &c)
{
    p.setPen(QPen(c, 1.2));
    p.drawLine(QPointF(2.5, 4), QPointF(13.5, 4));
    p.drawRect(QRectF(6, 2, 4, 2));
    p.drawRect(QRectF(4, 4, 8, 10));
    p.drawLine(QPointF(6.7, 6.5), QPointF(6.7, 12));
    p.drawLine(QPointF(9.3, 6.5), QPointF(9.3, 12));
}

void drawSent(QPainter &p, const QColor &c)
{
    p.setPen(QPen(c, 1.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    QPainterPath plane;
    plane.moveTo(2, 8);
    plane.lineTo(14, 2.5);
    plane.lineTo(10.5, 13.5);
    plane.lineTo(7.5, 9);
    plane.closeSubpath();
    p.drawPath(plane);
    p.drawLine(QPointF(7.5, 9), QPointF(14, 2.5));
}

void drawPage(QPainter &p, const QColor &c)
{
    p.setPen(QPen(c, 1.2));
    p.drawRect(QRectF(3.5, 2, 9, 12));
    for (double y : {5.0, 7.5, 10.0})
        p.drawLine(QPointF(5.5, y), QPointF(10.5, y));
}

void drawBox(QPainter &p, const QColor &c)
{
    p.setPen(QPen(c, 1.2));
    p.drawRect(QRectF(2, 3, 12, 3));
    p.drawRect(QRectF(3, 6, 10, 8));
    p.drawLine(QPointF(6.5, 8.5), QPointF(9.5, 8.5));
}

void drawEnvelope(QPainter &p, const QColor &c)
{
    p.setPen(QPen(c, 1.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawRect(QRectF(2, 4, 12, 9));
    p.drawPolyline(QPolygonF({QPointF(2, 4), QPointF(8, 9), QPointF(14, 4)}));
}

void drawOffline(QPainter &p, const QColor &c)
{
    p.setPen(QPen(c, 1.4, Qt::SolidLine, Qt::RoundCap));
    p.drawArc(QRectF(2, 4, 12, 12), 40 * 16, 100 * 16);
    p.drawArc(QRectF(5, 7, 6, 6), 40 * 16, 100 * 16);
    p.drawPoint(QPointF(8, 12.5));
    p.setPen(QPen(QColor(0xc0, 0x39, 0x2b), 1.6, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(QPointF(3, 3), QPointF(13, 13));
}

QIcon drawn(IconKind kind)
{
    QIcon result;
    const QColor text = QApplication::palette().color(QPalette::Text);
    const QColor accent = kind == IconKind::Flagged ? QColor(0xe6, 0xa1, 0x00) : text;
    for (const int size : {16, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(size / 16.0, size / 16.0);
        switch (kind) {
        case IconKind::Inbox:
        case IconKind::UnifiedInbox:
            drawTray(p, text);
            break;
        case IconKind::Sent:
            drawSent(p, text);
            break;
        case IconKind::Drafts:
            drawPage(p, text);
            break;
        case IconKind::Trash:
            drawTrash(p, text);
            break;
        case IconKind::Junk:
        case IconKind::Archive:
            drawBox(p, text);
            break;
        case IconKind::Folder:
            drawFolder(p, text);
            break;
        case IconKind::Account:
            drawEnvelope(p, text);
            break;
        case IconKind::Flagged:
            drawStar(p, accent);
            break;
        case IconKind::Attachment:
            drawClip(p, text);
            break;
        case IconKind::Answered:
            drawArrow(p, text, false);
            break;
        case IconKind::Forwarded:
            drawArrow(p, text, true);
            break;
        case IconKind::Offline:
            drawOffline(p, text);
            break;
        }
        p.end();
        result.addPixmap(pixmap);
    }
    return result;
}

} // namespace

QIcon icon(IconKind kind)
{
    // Drawn once per palette; a palette change (light/dark) makes new drawings.
    static QHash<int, QIcon> cache;
    static QRgb cachedFor = 0;
    const QRgb text = QApplication::palette().color(QPalette::Text).rgb();
    if (text != cachedFor) {
        cache.clear();
        cachedFor = text;
    }
    auto it = cache.find(int(kind));
    if (it != cache.end())
        return *it;
    const QString name = QString::fromLatin1(themeName(kind));
    QIcon themed = QIcon::fromTheme(name);
    QIcon chosen = themed.isNull() ? drawn(kind) : themed;
    cache.insert(int(kind), chosen);
    return chosen;
}

QIcon folderIcon(store::FolderRole role)
{
    switch (role) {
    case store::FolderRole::Inbox:
        return icon(IconKind::Inbox);
    case store::FolderRole::Sent:
        return icon(IconKind::Sent);
    case store::FolderRole::Drafts:
        return icon(IconKind::Drafts);
    case store::FolderRole::Trash:
        return icon(IconKind::Trash);
    case store::FolderRole::Junk:
        return icon(IconKind::Junk);
    case store::FolderRole::Archive:
        return icon(IconKind::Archive);
    case store::FolderRole::None:
        break;
    }
    return icon(IconKind::Folder);
}

} // namespace lb::ui
