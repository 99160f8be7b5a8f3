// SPDX-License-Identifier: GPL-3.0-or-later
// The body editor: plain text by default, rich text when the user turns it on. Files dropped
// on it become attachments instead of file names in the text.
#pragma once

#include <QStringList>
#include <QTextEdit>

namespace lb::ui {

class ComposerEditor : public QTextEdit
{
    Q_OBJECT
public:
    explicit ComposerEditor(QWidget *parent = nullptr);

    void setRichText(bool rich);
    [[nodiscard]] bool isRichText() const { return m_rich; }

signals:
    void filesDropped(const QStringList &paths);

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    bool m_rich = false;
};

// The local files among dropped or pasted data.
[[nodiscard]] QStringList localFiles(const QMimeData *data);

} // namespace lb::ui
