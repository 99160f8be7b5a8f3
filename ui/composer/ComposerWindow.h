// SPDX-License-Identifier: GPL-3.0-or-later
// Writing a message: new, reply, reply to all, forward (inline or as attachment). Plain text
// by default, rich text with an HTML alternative when the user asks; attachments by button
// or drag and drop; To/Cc/Bcc checked before sending; drafts saved every few seconds through
// a DraftKeeper; "Send" commits the message to the Outbox (core/sync/outbox), which the
// account's service then delivers.
//
// Contract: UI thread; uses the caller's Store (the UI thread's connection) for reading the
// original and enqueueing; never touches the network.
#pragma once

// A Qt header first: moc cannot parse <compare> (from StrongId.h) when it comes first.
#include <QMainWindow>

#include "common/StrongId.h"
#include "composer/ComposeStart.h"
#include "composer/ComposerAccount.h"
#include "store/OutboxRecords.h"

#include <functional>
#include <optional>
#include <vector>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;

namespace lb::store {
class Store;
} // namespace lb::store

namespace lb::ui {

class AddressField;
class AttachmentList;
class ComposerEditor;
class DraftKeeper;

class ComposerWindow : public QMainWindow
{
    Q_OBJECT
public:
    ComposerWindow(store::Store &store, std::vector<ComposerAccount> accounts, DraftKeeper &drafts,
                   QWidget *parent = nullptr);
    ~ComposerWindow() override;

    // Fills the window from a starting point (see ComposeStart.h).
    void start(const ComposeStart &start);
    void startNew(AccountId account = {});
    // Reply to or forward a stored message, as the account it belongs to.
    [[nodiscard]] Result<void> startFrom(MessageId original, ComposeMode mode);

    // Checks, composes and commits to the Outbox; closes the window on success.
    bool send();
    // Saves the current text as a draft now (the user's own save: closing with "Discard"
    // later keeps it); false when drafts are not kept or saving failed.
    bool saveDraft();
    void attachFiles(const QStringList &paths);

    // The message as it would be sent now (recipients that are not addresses left out).
    [[nodiscard]] mime::OutgoingMessage currentMessage() const;
    [[nodiscard]] bool isModified() const { return m_modified; }
    [[nodiscard]] std::optional<MessageId> draftId() const { return m_draftId; }
    [[nodiscard]] QString statusText() const;

    // Questions the window asks the user; tests answer them.
    using Question = std::function<bool(const QString &text)>;
    void setQuestion(Question question) { m_ask = std::move(question); }
    enum class CloseChoice
    {
        SaveDraft,
        Discard,
        Cancel
    };
    using CloseQuestion = std::function<CloseChoice(bool canSaveDraft)>;
    void setCloseQuestion(CloseQuestion question) { m_askClose = std::move(question); }
    using Warning = std::function<void(const QString &text)>;
    void setWarning(Warning warning) { m_warn = std::move(warning); }

    [[nodiscard]] QComboBox *fromBox() const { return m_from; }
    [[nodiscard]] AddressField *toField() const { return m_to; }
    [[nodiscard]] AddressField *ccField() const { return m_cc; }
    [[nodiscard]] AddressField *bccField() const { return m_bcc; }
    [[nodiscard]] QLineEdit *subjectField() const { return m_subject; }
    [[nodiscard]] ComposerEditor *editor() const { return m_editor; }
    [[nodiscard]] AttachmentList *attachmentList() const { return m_attachments; }
    [[nodiscard]] QAction *sendAction() const { return m_sendAction; }
    [[nodiscard]] QAction *saveAction() const { return m_saveAction; }
    [[nodiscard]] QAction *attachAction() const { return m_attachAction; }
    [[nodiscard]] QAction *richTextAction() const { return m_richAction; }
    [[nodiscard]] QTimer *autosaveTimer() const { return m_autosave; }

signals:
    void messageQueued(AccountId account, store::OutboxId entry);
    void draftSaved(MessageId draft);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildForm();
    void buildActions();
    void onAccountChanged();
    void markModified();
    void updateTitle();
    void chooseFiles();
    void autosave();
    bool writeDraft(); // saves a version, without marking it as the user's
    [[nodiscard]] const ComposerAccount *account() const;
    [[nodiscard]] bool checkBeforeSending();

    store::Store &m_store;
    std::vector<ComposerAccount> m_accounts;
    DraftKeeper &m_drafts;
    mime::OutgoingMessage m_base; // threading fields and extra headers of the start
    std::optional<MessageId> m_draftId;
    bool m_modified = false;
    bool m_userSavedDraft = false; // the user saved (Ctrl+S): "Discard" keeps that draft
    bool m_filling = false;        // true while start() fills the fields
    Question m_ask;
    CloseQuestion m_askClose;
    Warning m_warn;

    QComboBox *m_from = nullptr;
    AddressField *m_to = nullptr;
    AddressField *m_cc = nullptr;
    AddressField *m_bcc = nullptr;
    QLineEdit *m_subject = nullptr;
    ComposerEditor *m_editor = nullptr;
    QLabel *m_signature = nullptr;
    AttachmentList *m_attachments = nullptr;
    QLabel *m_draftState = nullptr;
    QTimer *m_autosave = nullptr;
    QAction *m_sendAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_attachAction = nullptr;
    QAction *m_richAction = nullptr;
    QList<QAction *> m_formatActions;
};

} // namespace lb::ui
