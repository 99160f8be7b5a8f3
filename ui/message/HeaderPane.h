// SPDX-License-Identifier: GPL-3.0-or-later
// The top of the reader: subject, sender, recipients and date, decoded. Every label is plain
// text: a display name like "<b>Bank</b>" is shown as written, never interpreted.
#pragma once

#include "message/PreparedMessage.h"

#include <QWidget>

class QLabel;

namespace lb::ui {

class HeaderPane : public QWidget
{
    Q_OBJECT
public:
    explicit HeaderPane(QWidget *parent = nullptr);

    void showHeaders(const PreparedMessage &message);
    void clear();

    [[nodiscard]] QString fromText() const;
    [[nodiscard]] QString toText() const;
    [[nodiscard]] QString ccText() const;
    [[nodiscard]] QString subjectText() const;
    [[nodiscard]] QString dateText() const;

private:
    QLabel *addRow(const QString &caption, QLabel **captionLabel);

    QLabel *m_subject = nullptr;
    QLabel *m_from = nullptr;
    QLabel *m_to = nullptr;
    QLabel *m_cc = nullptr;
    QLabel *m_ccCaption = nullptr;
    QLabel *m_date = nullptr;
    QLabel *m_dateCaption = nullptr;
};

} // namespace lb::ui
