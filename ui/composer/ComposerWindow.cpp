// SPDX-License-Identifier: GPL-3.0-or-later
// The window's layout, actions and filling; sending and drafts are in ComposerSending.cpp.
#include "composer/ComposerWindow.h"

#include "composer/AddressField.h"
#include "composer/AttachmentList.h"
#include "composer/ComposerEditor.h"
#include "composer/DraftKeeper.h"

#include <QAction>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace lb::ui {

ComposerWindow::ComposerWindow(store::Store &store, std::vector<ComposerAccount> accounts,
                               DraftKeeper &drafts, QWidget *parent)
    : QMainWindow(parent), m_store(store), m_accounts(std::move(accounts)), m_drafts(drafts)
{
    setAttribute(Qt::WA_DeleteOnClose, false);
    setAcceptDrops(true);
    m_ask = [this](const QString &text) {
        return QMessageBox::question(this, windowTitle(), text, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No) == QMessageBox::Yes;
    };
    m_warn = [this](const QString &text) { QMessageBox::warning(this, windowTitle(), text); };
    m_askClose = [this](bool canSave) {
        QMessageBox box(QMessageBox::Question, windowTitle(),
                        tr("This message has not been sent. What should happen to it?"),
                        QMessageBox::NoButton, this);
        QPushButton *save =
            canSave ? box.addButton(tr("Save draft"), QMessageBox::AcceptRole) : nullptr;
        QPushButton *discard = box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
        box.addButton(QMessageBox::Cancel);
        box.exec();
        if (save && box.clickedButton() == save)
            return CloseChoice::SaveDraft;
        if (box.clickedButton() == discard)
            return CloseChoice::Discard;
        return CloseChoice::Cancel;
    };
    buildForm();
    buildActions();
    m_autosave = new QTimer(this);
    connect(m_autosave, &QTimer::timeout, this, &ComposerWindow::autosave);
    resize(720, 600);
    startNew();
}

ComposerWindow::~ComposerWindow() = default;

void ComposerWindow::buildForm()
{
    auto *central = new QWidget(this);
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(8, 8, 8, 4);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_from = new QComboBox(central);
    for (const ComposerAccount &a : m_accounts) {
        const QString label =
            a.displayName.isEmpty() ? a.email : a.displayName + u" <"_s + a.email + u'>';
        m_from->addItem(label, QVariant::fromValue(a.id.value));
    }
    m_to = new AddressField(central);
    m_cc = new AddressField(central);
    m_bcc = new AddressField(central);
    m_subject = new QLineEdit(central);
    for (AddressField *field : {m_to, m_cc, m_bcc})
        field->setPlaceholderText(tr("Name <address@example.org>, …"));
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    form->addRow(tr("&Cc:"), m_cc);
    form->addRow(tr("&Bcc:"), m_bcc);
    form->addRow(tr("&Subject:"), m_subject);
    column->addLayout(form);
    m_editor = new ComposerEditor(central);
    column->addWidget(m_editor, 1);
    m_signature = new QLabel(central);
    m_signature->setTextFormat(Qt::PlainText);
    QPalette muted = m_signature->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_signature->setPalette(muted);
    column->addWidget(m_signature);
    m_attachments = new AttachmentList(central);
    column->addWidget(m_attachments);
    setCentralWidget(central);
    m_draftState = new QLabel(this);
    statusBar()->addWidget(m_draftState, 1);

    connect(m_from, &QComboBox::currentIndexChanged, this, &ComposerWindow::onAccountChanged);
    for (QLineEdit *field : {static_cast<QLineEdit *>(m_to), static_cast<QLineEdit *>(m_cc),
                             static_cast<QLineEdit *>(m_bcc), m_subject})
        connect(field, &QLineEdit::textChanged, this, &ComposerWindow::markModified);
    connect(m_subject, &QLineEdit::textChanged, this, &ComposerWindow::updateTitle);
    connect(m_editor, &QTextEdit::textChanged, this, &ComposerWindow::markModified);
    connect(m_editor, &ComposerEditor::filesDropped, this, &ComposerWindow::attachFiles);
    connect(m_attachments, &AttachmentList::changed, this, &ComposerWindow::markModified);
}

void ComposerWindow::buildActions()
{
    QToolBar *bar = addToolBar(tr("Compose"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_sendAction = bar->addAction(QIcon::fromTheme(u"mail-send"_s), tr("Send"));
    m_sendAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_sendAction->setToolTip(tr("Send (Ctrl+Return)"));
    connect(m_sendAction, &QAction::triggered, this, [this] { send(); });
    m_saveAction = bar->addAction(QIcon::fromTheme(u"document-save"_s), tr("Save draft"));
    m_saveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    connect(m_saveAction, &QAction::triggered, this, [this] { saveDraft(); });
    m_attachAction = bar->addAction(QIcon::fromTheme(u"mail-attachment"_s), tr("Attach…"));
    m_attachAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(m_attachAction, &QAction::triggered, this, &ComposerWindow::chooseFiles);
    bar->addSeparator();
    m_richAction = bar->addAction(tr("Rich text"));
    m_richAction->setCheckable(true);
    m_richAction->setToolTip(tr("Send formatted text with a plain text copy"));
    connect(m_richAction, &QAction::toggled, this, [this](bool rich) {
        m_editor->setRichText(rich);
        for (QAction *a : std::as_const(m_formatActions))
            a->setVisible(rich);
    });
    auto addFormat = [&](const QString &icon, const QString &text, auto apply) {
        QAction *a = bar->addAction(QIcon::fromTheme(icon), text);
        a->setVisible(false);
        connect(a, &QAction::triggered, this, apply);
        m_formatActions << a;
    };
    addFormat(u"format-text-bold"_s, tr("Bold"), [this] {
        m_editor->setFontWeight(m_editor->fontWeight() > QFont::Normal ? QFont::Normal
                                                                       : QFont::Bold);
    });
    addFormat(u"format-text-italic"_s, tr("Italic"),
              [this] { m_editor->setFontItalic(!m_editor->fontItalic()); });
    addFormat(u"format-text-underline"_s, tr("Underline"),
              [this] { m_editor->setFontUnderline(!m_editor->fontUnderline()); });
    addFormat(u"format-list-unordered"_s, tr("List"),
              [this] { m_editor->textCursor().createList(QTextListFormat::ListDisc); });
}

const ComposerAccount *ComposerWindow::account() const
{
    const int index = m_from->currentIndex();
    return index >= 0 && index < int(m_accounts.size()) ? &m_accounts[index] : nullptr;
}

void ComposerWindow::onAccountChanged()
{
    const ComposerAccount *a = account();
    const QString signature = a ? a->signature : QString();
    m_signature->setText(signature.isEmpty() ? QString() : u"-- \n"_s + signature);
    m_signature->setVisible(!signature.isEmpty());
    m_autosave->stop();
    if (a && a->draftAutosaveSeconds > 0)
        m_autosave->start(a->draftAutosaveSeconds * 1000);
    if (!m_drafts.keepsDrafts())
        m_draftState->setText(tr("Drafts are not kept in this version: the text stays only in "
                                 "this window until you send it."));
    markModified();
}

void ComposerWindow::start(const ComposeStart &start)
{
    m_filling = true;
    m_base = start.message;
    for (int i = 0; i < int(m_accounts.size()); ++i) {
        if (m_accounts[i].id == start.account)
            m_from->setCurrentIndex(i);
    }
    onAccountChanged();
    m_to->setMailboxes(start.message.to);
    m_cc->setMailboxes(start.message.cc);
    m_bcc->setMailboxes(start.message.bcc);
    m_subject->setText(start.message.subject);
    m_editor->setPlainText(start.message.text);
    m_attachments->clear();
    for (const mime::Attachment &a : start.message.attachments)
        m_attachments->addAttachment(a);
    QTextCursor cursor = m_editor->textCursor();
    cursor.movePosition(QTextCursor::Start);
    m_editor->setTextCursor(cursor);
    m_filling = false;
    m_modified = false;
    m_draftId.reset();
    m_userSavedDraft = false;
    updateTitle();
    (start.message.to.empty() ? static_cast<QWidget *>(m_to) : m_editor)->setFocus();
}

void ComposerWindow::startNew(AccountId accountId)
{
    const ComposerAccount *chosen = m_accounts.empty() ? nullptr : &m_accounts.front();
    for (const ComposerAccount &a : m_accounts) {
        if (a.id == accountId)
            chosen = &a;
    }
    start(chosen ? ui::startNew(*chosen) : ComposeStart{});
}

Result<void> ComposerWindow::startFrom(MessageId original, ComposeMode mode)
{
    auto accountId = accountOfMessage(m_store, original);
    if (!accountId)
        return accountId.error();
    const ComposerAccount *chosen = nullptr;
    for (const ComposerAccount &a : m_accounts) {
        if (a.id == *accountId)
            chosen = &a;
    }
    if (!chosen && !m_accounts.empty())
        chosen = &m_accounts.front();
    if (!chosen)
        return inputError(tr("There is no account to write from."));
    auto begun = ui::startFrom(m_store, original, mode, *chosen, m_accounts);
    if (!begun)
        return begun.error();
    start(*begun);
    return Ok{};
}

void ComposerWindow::markModified()
{
    if (!m_filling)
        m_modified = true;
}

void ComposerWindow::updateTitle()
{
    const QString subject = m_subject->text().trimmed();
    setWindowTitle(subject.isEmpty() ? tr("New message") : tr("Write: %1").arg(subject));
}

QString ComposerWindow::statusText() const
{
    return m_draftState->text();
}

void ComposerWindow::chooseFiles()
{
    attachFiles(QFileDialog::getOpenFileNames(this, tr("Attach files")));
}

void ComposerWindow::attachFiles(const QStringList &paths)
{
    QStringList problems;
    for (const QString &path : paths) {
        if (auto added = m_attachments->addFile(path); !added)
            problems << added.error().message;
    }
    if (!problems.isEmpty())
        m_warn(problems.join(u'\n'));
}

void ComposerWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ComposerWindow::dropEvent(QDropEvent *event)
{
    const QStringList files = localFiles(event->mimeData());
    if (files.isEmpty())
        return;
    attachFiles(files);
    event->acceptProposedAction();
}

} // namespace lb::ui
