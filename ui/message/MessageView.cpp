// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/MessageView.h"

#include "message/AttachmentPane.h"
#include "message/HeaderPane.h"
#include "message/RemoteImageLoader.h"
#include "message/RemoteImagesBar.h"
#include "message/SafeTextBrowser.h"
#include "store/Store.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QMetaMethod>
#include <QPointer>
#include <QSaveFile>
#include <QThreadPool>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace lb::ui {
namespace {

// A file name from a message cannot climb out of the folder it is written to.
QString safeFileName(const QString &name, const QString &fallback)
{
    QString base = QFileInfo(name).fileName();
    base.replace(u'/', u'_').replace(u'\\', u'_');
    base = base.trimmed();
    if (base.isEmpty() || base == u"." || base == u"..")
        return fallback;
    return base;
}

} // namespace

MessageView::MessageView(store::Store &store, QWidget *parent)
    : QWidget(parent), m_store(store),
      m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    m_confirm = [this](const QString &shown, const QString &target) {
        QMessageBox box(
            QMessageBox::Warning, tr("Open link?"),
            tr("The link text shows “%1”, but the link opens a different address:").arg(shown),
            QMessageBox::Open | QMessageBox::Cancel, this);
        box.setInformativeText(target);
        box.setDefaultButton(QMessageBox::Cancel);
        return box.exec() == QMessageBox::Open;
    };
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    m_headers = new HeaderPane(this);
    m_remoteBar = new RemoteImagesBar(this);
    m_remoteBar->hide();
    m_browser = new SafeTextBrowser(this);
    m_browser->setFrameShape(QFrame::NoFrame);
    m_linkTarget = new QLabel(this);
    m_linkTarget->setTextFormat(Qt::PlainText);
    m_linkTarget->setContentsMargins(8, 2, 8, 2);
    m_linkTarget->hide();
    m_attachments = new AttachmentPane(this);
    m_attachments->hide();
    m_loader = new RemoteImageLoader(this);
    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    column->addWidget(m_headers);
    column->addWidget(line);
    column->addWidget(m_remoteBar);
    column->addWidget(m_browser, 1);
    column->addWidget(m_linkTarget);
    column->addWidget(m_attachments);

    connect(m_browser, &QTextBrowser::anchorClicked, this,
            [this](const QUrl &url) { activateLink(url); });
    connect(m_browser, qOverload<const QUrl &>(&QTextBrowser::highlighted), this,
            &MessageView::onHighlighted);
    connect(m_remoteBar, &RemoteImagesBar::loadForMessage, this,
            [this] { loadRemoteImages(false); });
    connect(m_remoteBar, &RemoteImagesBar::alwaysForSender, this,
            [this] { loadRemoteImages(true); });
    connect(m_loader, &RemoteImageLoader::imageLoaded, m_browser, &SafeTextBrowser::setRemoteImage);
    connect(m_loader, &RemoteImageLoader::finished, this, &MessageView::remoteImagesLoaded);
    connect(m_attachments, &AttachmentPane::openRequested, this, &MessageView::openAttachment);
    connect(m_attachments, &AttachmentPane::saveRequested, this,
            &MessageView::saveAttachmentInteractively);
}

MessageView::~MessageView() = default;

void MessageView::clear()
{
    ++m_generation;
    m_loader->cancel();
    m_currentId = {};
    m_prepared.reset();
    m_headers->clear();
    m_remoteBar->hide();
    m_attachments->hide();
    m_linkTarget->hide();
    m_browser->showSafeHtml({}, {});
}

void MessageView::showMessage(MessageId id)
{
    clear();
    m_currentId = id;
    auto raw = m_store.body(id);
    if (!raw) {
        showNotice(
            tr("This message could not be read from the cache: %1").arg(raw.error().message));
        return;
    }
    if (!raw->has_value()) {
        showNotice(tr("This message has not been downloaded yet. It will appear here once "
                      "Letterbox is online."));
        return;
    }
    QByteArray bytes = std::move(**raw);
    if (bytes.size() < kBackgroundParseBytes) {
        present(prepareMessage(id, bytes));
        return;
    }
    showNotice(tr("Opening the message…"));
    const quint64 generation = m_generation;
    QPointer<MessageView> self(this);
    QThreadPool::globalInstance()->start([self, generation, id, bytes = std::move(bytes)] {
        PreparedMessage prepared = prepareMessage(id, bytes);
        QMetaObject::invokeMethod(
            qApp,
            [self, generation, prepared = std::move(prepared)]() mutable {
                if (self && self->m_generation == generation)
                    self->present(std::move(prepared));
            },
            Qt::QueuedConnection);
    });
}

void MessageView::showNotice(const QString &text)
{
    m_browser->showSafeHtml(u"<p style=\"color: gray;\">"_s + text.toHtmlEscaped() + u"</p>"_s, {});
}

void MessageView::present(PreparedMessage prepared)
{
    m_prepared = std::move(prepared);
    const PreparedMessage &p = *m_prepared;
    m_headers->showHeaders(p);
    // HTML mail is written for a white page: its own colours stay readable in a dark theme.
    QPalette page = palette();
    if (p.isHtml) {
        page.setColor(QPalette::Base, Qt::white);
        page.setColor(QPalette::Text, Qt::black);
        page.setColor(QPalette::Link, QColor(0x1a, 0x5f, 0xb4));
    }
    m_browser->setPalette(page);
    m_browser->showSafeHtml(p.bodyHtml, p.images);
    m_attachments->showAttachments(p.attachments);
    const bool allowed = m_policy.isSenderAllowed(p.senderAddress);
    if (p.remoteReferences > 0 && !(allowed && !p.remoteImages.isEmpty()))
        m_remoteBar->showBlocked(p.remoteReferences, !p.remoteImages.isEmpty(), p.senderAddress);
    if (allowed && !p.remoteImages.isEmpty())
        m_loader->load(p.remoteImages);
    emit messageShown(p.id);
}

void MessageView::loadRemoteImages(bool alwaysForSender)
{
    if (!m_prepared)
        return;
    if (alwaysForSender)
        m_policy.allowSender(m_prepared->senderAddress);
    m_remoteBar->hide();
    m_loader->load(m_prepared->remoteImages);
}

const mime::SanitizedLink *MessageView::linkFor(const QUrl &href) const
{
    if (!m_prepared || href.scheme() != mime::kLinkScheme)
        return nullptr;
    bool ok = false;
    const int index = href.path().toInt(&ok);
    if (!ok || index < 0 || index >= int(m_prepared->links.size()))
        return nullptr;
    return &m_prepared->links[index];
}

bool MessageView::activateLink(const QUrl &href)
{
    if (href.scheme().isEmpty() && href.hasFragment()) {
        m_browser->scrollToAnchor(href.fragment());
        return false;
    }
    const mime::SanitizedLink *link = linkFor(href);
    if (!link)
        return false;
    if (link->textNamesOtherHost && !m_confirm(link->text, link->target))
        return false;
    const QUrl target(link->target, QUrl::StrictMode);
    if (target.scheme() == u"mailto" &&
        isSignalConnected(QMetaMethod::fromSignal(&MessageView::mailtoClicked))) {
        emit mailtoClicked(target);
        return true;
    }
    return m_openUrl(target);
}

void MessageView::onHighlighted(const QUrl &href)
{
    const mime::SanitizedLink *link = linkFor(href);
    const QString target = link ? link->target : QString();
    m_linkTarget->setText(target);
    m_linkTarget->setVisible(!target.isEmpty());
    m_browser->setStatusTip(target);
    emit linkHovered(target);
}

Result<void> MessageView::saveAttachment(int index, const QString &path)
{
    if (!m_prepared || index < 0 || index >= int(m_prepared->attachments.size()))
        return inputError(tr("There is no such attachment."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(attachmentData(*m_prepared, m_prepared->attachments[index])) < 0 ||
        !file.commit())
        return storageError(tr("Could not write %1: %2").arg(path, file.errorString()));
    return Ok{};
}

Result<QString> MessageView::exportAttachmentForOpening(int index)
{
    if (!m_prepared || index < 0 || index >= int(m_prepared->attachments.size()))
        return inputError(tr("There is no such attachment."));
    if (!m_tempDir || !m_tempDir->isValid())
        m_tempDir = std::make_unique<QTemporaryDir>();
    const auto &a = m_prepared->attachments[index];
    // One sub-folder per message and part, so two attachments named alike do not collide.
    const QString folder = m_tempDir->filePath(QString::number(m_prepared->id.value) + u'-' +
                                               QString(a.partPath).replace(u'.', u'_'));
    QDir().mkpath(folder);
    const QString path = folder + u'/' + safeFileName(a.filename, tr("attachment"));
    auto saved = saveAttachment(index, path);
    if (!saved)
        return saved.error();
    // Opened files are read-only: an editor saving "back" would only change a temp copy.
    QFile::setPermissions(path, QFileDevice::ReadOwner);
    return path;
}

void MessageView::openAttachment(int index)
{
    auto path = exportAttachmentForOpening(index);
    if (!path) {
        QMessageBox::warning(this, tr("Open attachment"), path.error().message);
        return;
    }
    m_openUrl(QUrl::fromLocalFile(*path));
}

void MessageView::saveAttachmentInteractively(int index)
{
    if (!m_prepared || index < 0 || index >= int(m_prepared->attachments.size()))
        return;
    const QString suggested =
        safeFileName(m_prepared->attachments[index].filename, tr("attachment"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save attachment"), suggested);
    if (path.isEmpty())
        return;
    if (auto saved = saveAttachment(index, path); !saved)
        QMessageBox::warning(this, tr("Save attachment"), saved.error().message);
}

} // namespace lb::ui
