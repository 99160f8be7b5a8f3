// SPDX-License-Identifier: GPL-3.0-or-later
#include "composer/ComposerEditor.h"

#include <QFontDatabase>
#include <QMimeData>
#include <QUrl>

namespace lb::ui {

QStringList localFiles(const QMimeData *data)
{
    QStringList paths;
    if (!data || !data->hasUrls())
        return paths;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    return paths;
}

ComposerEditor::ComposerEditor(QWidget *parent) : QTextEdit(parent)
{
    setRichText(false);
    setTabChangesFocus(false);
}

void ComposerEditor::setRichText(bool rich)
{
    if (m_rich && !rich) {
        // Back to plain: the formatting goes, the words stay.
        const QString text = toPlainText();
        setPlainText(text);
    }
    m_rich = rich;
    setAcceptRichText(rich);
}

bool ComposerEditor::canInsertFromMimeData(const QMimeData *source) const
{
    return !localFiles(source).isEmpty() || QTextEdit::canInsertFromMimeData(source);
}

void ComposerEditor::insertFromMimeData(const QMimeData *source)
{
    const QStringList files = localFiles(source);
    if (!files.isEmpty()) {
        emit filesDropped(files);
        return;
    }
    if (!m_rich) {
        insertPlainText(source->text());
        return;
    }
    QTextEdit::insertFromMimeData(source);
}

} // namespace lb::ui
