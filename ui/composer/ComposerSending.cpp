// SPDX-License-Identifier: GPL-3.0-or-later
// What leaves the composer: the message for the Outbox, drafts, and what happens on close.
#include "composer/AddressField.h"
#include "composer/AttachmentList.h"
#include "composer/AttachmentReminder.h"
#include "composer/ComposerEditor.h"
#include "composer/ComposerWindow.h"
#include "composer/DraftKeeper.h"
#include "mime/compose/MessageComposer.h"
#include "store/Store.h"
#include "sync/outbox/Outbox.h"

#include <QCloseEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTime>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace lb::ui {

mime::OutgoingMessage ComposerWindow::currentMessage() const
{
    mime::OutgoingMessage message = m_base;
    if (const ComposerAccount *a = account()) {
        message.from = {a->displayName, a->email};
        message.signature = a->signature;
    }
    message.to = m_to->validMailboxes();
    message.cc = m_cc->validMailboxes();
    message.bcc = m_bcc->validMailboxes();
    message.subject = m_subject->text().trimmed();
    message.text = m_editor->toPlainText();
    message.html.reset();
    if (m_editor->isRichText())
        message.html = m_editor->toHtml();
    message.attachments = m_attachments->attachments();
    message.date = {};
    message.messageId.clear();
    return message;
}

bool ComposerWindow::checkBeforeSending()
{
    if (!account()) {
        m_warn(tr("There is no account to send from."));
        return false;
    }
    QStringList problems;
    for (AddressField *field : {m_to, m_cc, m_bcc}) {
        if (!field->validate())
            problems << field->toolTip();
    }
    if (!problems.isEmpty()) {
        m_warn(problems.join(u'\n'));
        return false;
    }
    if (m_to->validMailboxes().empty() && m_cc->validMailboxes().empty() &&
        m_bcc->validMailboxes().empty()) {
        m_warn(tr("Add at least one recipient."));
        m_to->setFocus();
        return false;
    }
    if (m_subject->text().trimmed().isEmpty() &&
        !m_ask(tr("This message has no subject. Send it anyway?")))
        return false;
    if (m_attachments->attachments().empty() && mentionsAttachment(m_editor->toPlainText()) &&
        !m_ask(tr("The message mentions an attachment, but nothing is attached. "
                  "Send it anyway?")))
        return false;
    return true;
}

bool ComposerWindow::send()
{
    if (!checkBeforeSending())
        return false;
    const ComposerAccount *from = account();
    auto composed = mime::composeMessage(currentMessage());
    if (!composed) {
        m_warn(tr("The message could not be put together: %1").arg(composed.error().message));
        return false;
    }
    // A saved draft is sent through its keeper, which removes it once the Outbox has the
    // message; otherwise the message goes to the Outbox directly.
    auto queued = m_draftId ? m_drafts.send(*m_draftId, *composed)
                            : sync::Outbox(m_store).enqueue(from->id, *composed);
    if (!queued) {
        m_warn(tr("The message could not be put in the Outbox: %1").arg(queued.error().message));
        return false;
    }
    m_draftId.reset();
    m_modified = false;
    emit messageQueued(from->id, *queued);
    close();
    return true;
}

bool ComposerWindow::saveDraft()
{
    const bool saved = writeDraft();
    m_userSavedDraft = m_userSavedDraft || saved;
    return saved;
}

bool ComposerWindow::writeDraft()
{
    const ComposerAccount *from = account();
    if (!from)
        return false;
    if (!m_drafts.keepsDrafts()) {
        m_draftState->setText(tr("Drafts are not kept in this version: the text stays only "
                                 "in this window until you send it."));
        return false;
    }
    // A draft may be unfinished: whatever is not an address yet is left out of it.
    auto composed = mime::composeMessage(currentMessage());
    if (!composed) {
        m_draftState->setText(tr("The draft could not be saved: %1").arg(composed.error().message));
        return false;
    }
    auto saved = m_drafts.save(from->id, composed->bytes, m_draftId);
    if (!saved) {
        m_draftState->setText(tr("The draft could not be saved: %1").arg(saved.error().message));
        return false;
    }
    m_draftId = *saved;
    m_modified = false;
    m_draftState->setText(tr("Draft saved at %1")
                              .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    emit draftSaved(*saved);
    return true;
}

void ComposerWindow::autosave()
{
    if (m_modified && m_drafts.keepsDrafts())
        writeDraft();
}

void ComposerWindow::closeEvent(QCloseEvent *event)
{
    if (!m_modified) {
        m_autosave->stop();
        event->accept();
        return;
    }
    switch (m_askClose(m_drafts.keepsDrafts())) {
    case CloseChoice::SaveDraft:
        if (!saveDraft()) {
            event->ignore();
            return;
        }
        break;
    case CloseChoice::Discard:
        if (m_draftId && !m_userSavedDraft) {
            // Only autosaved versions go with the message; a draft the user saved stays.
            if (auto gone = m_drafts.discard(*m_draftId); !gone)
                m_warn(gone.error().message);
            m_draftId.reset();
        }
        m_modified = false;
        break;
    case CloseChoice::Cancel:
        event->ignore();
        return;
    }
    m_autosave->stop();
    event->accept();
}

} // namespace lb::ui
