// SPDX-License-Identifier: GPL-3.0-or-later
// The reader pane: headers, the body (sanitised HTML or linkified plain text) with inline
// images, the remote images bar and the attachments.
//
// Contract: lives on the UI thread and reads the caller's Store (the UI thread's read
// connection) for the raw bytes of the message; messages of kBackgroundParseBytes or more are
// parsed on a pool thread, and a newer showMessage() makes an older result count for nothing.
// Nothing here touches the network except RemoteImageLoader, and only after the user chose
// to load remote images (for this message, or always for the sender).
#pragma once

#include "common/Result.h"
#include "common/StrongId.h"
#include "message/PreparedMessage.h"
#include "message/RemoteImagePolicy.h"

#include <QTemporaryDir>
#include <QUrl>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QStackedLayout;

namespace lb::store {
class Store;
}

namespace lb::ui {

class AttachmentPane;
class HeaderPane;
class RemoteImageLoader;
class RemoteImagesBar;
class SafeTextBrowser;

class MessageView : public QWidget
{
    Q_OBJECT
public:
    explicit MessageView(store::Store &store, QWidget *parent = nullptr);
    ~MessageView() override;

    void setRemoteImagePolicy(RemoteImagePolicy policy) { m_policy = policy; }
    // How a link is opened (QDesktopServices::openUrl by default).
    using UrlOpener = std::function<bool(const QUrl &)>;
    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }
    // Asked before opening a link whose text names another host (a dialog by default).
    using LinkConfirmer = std::function<bool(const QString &shownText, const QString &target)>;
    void setLinkConfirmer(LinkConfirmer confirmer) { m_confirm = std::move(confirmer); }

    void showMessage(MessageId id);
    void clear();

    [[nodiscard]] MessageId currentMessage() const { return m_currentId; }
    // The message shown, once prepared (nullopt while loading or when there is none).
    [[nodiscard]] const std::optional<PreparedMessage> &prepared() const { return m_prepared; }

    // Attachments by their row in the list.
    [[nodiscard]] Result<void> saveAttachment(int index, const QString &path);
    // Writes the file to a private temporary folder and returns its path.
    [[nodiscard]] Result<QString> exportAttachmentForOpening(int index);

    // Fetch the remote images of the message shown; alwaysForSender also remembers the sender.
    void loadRemoteImages(bool alwaysForSender);
    // What a click on the link with this href does: asks when the text names another host,
    // then opens the real target. Returns whether it opened.
    bool activateLink(const QUrl &href);

    [[nodiscard]] SafeTextBrowser *browser() const { return m_browser; }
    [[nodiscard]] HeaderPane *headerPane() const { return m_headers; }
    [[nodiscard]] RemoteImagesBar *remoteImagesBar() const { return m_remoteBar; }
    [[nodiscard]] AttachmentPane *attachmentPane() const { return m_attachments; }
    [[nodiscard]] RemoteImageLoader *remoteImageLoader() const { return m_loader; }

signals:
    void messageShown(MessageId id);
    // The real target of the link under the mouse; empty when it leaves.
    void linkHovered(const QString &target);
    void remoteImagesLoaded(int loaded, int failed);
    // A mailto: link was clicked; when something listens, the link is not handed to the
    // desktop (the application opens its own composer).
    void mailtoClicked(const QUrl &mailto);

private:
    void present(PreparedMessage prepared);
    void showNotice(const QString &text);
    void onHighlighted(const QUrl &href);
    void openAttachment(int index);
    void saveAttachmentInteractively(int index);
    [[nodiscard]] const mime::SanitizedLink *linkFor(const QUrl &href) const;

    store::Store &m_store;
    RemoteImagePolicy m_policy;
    UrlOpener m_openUrl;
    LinkConfirmer m_confirm;
    MessageId m_currentId;
    quint64 m_generation = 0;
    std::optional<PreparedMessage> m_prepared;
    std::unique_ptr<QTemporaryDir> m_tempDir;

    HeaderPane *m_headers = nullptr;
    RemoteImagesBar *m_remoteBar = nullptr;
    SafeTextBrowser *m_browser = nullptr;
    QLabel *m_linkTarget = nullptr;
    AttachmentPane *m_attachments = nullptr;
    RemoteImageLoader *m_loader = nullptr;
};

} // namespace lb::ui
