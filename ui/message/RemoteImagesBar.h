// SPDX-License-Identifier: GPL-3.0-or-later
// "Remote images were blocked" with the two ways to load them.
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace lb::ui {

class RemoteImagesBar : public QFrame
{
    Q_OBJECT
public:
    explicit RemoteImagesBar(QWidget *parent = nullptr);

    // count: remote references blocked; loadable: some of them are images that can be fetched.
    void showBlocked(int count, bool loadable, const QString &sender);

    [[nodiscard]] QPushButton *loadOnceButton() const { return m_once; }
    [[nodiscard]] QPushButton *alwaysButton() const { return m_always; }
    [[nodiscard]] QString text() const;

signals:
    void loadForMessage();
    void alwaysForSender();

private:
    QLabel *m_text = nullptr;
    QPushButton *m_once = nullptr;
    QPushButton *m_always = nullptr;
};

} // namespace lb::ui
