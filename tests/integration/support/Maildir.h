// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace lb::test {

struct MaildirMessage
{
    QString fileName;
    QString flags; // Maildir info letters after ":2,", e.g. "FS"
    QByteArray content;
};

// Direct access to a Dovecot Maildir++ tree (INBOX at the root, "A/B" in ".A.B"), for tests
// that prepare or inspect mailboxes without speaking IMAP. Files are given to `uid`/`gid` so
// that Dovecot's mail processes can use them.
class Maildir
{
public:
    Maildir(QString root, uint uid, uint gid);

    // Path of a folder's directory; folder names are encoded in modified UTF-7 as Dovecot
    // stores them (RFC 3501 section 5.1.3).
    [[nodiscard]] QString folderPath(const QString &folder) const;
    [[nodiscard]] bool folderExists(const QString &folder) const;
    // Creates cur/new/tmp of INBOX (and the root itself).
    [[nodiscard]] Result<void> createInbox() const;
    // Writes through tmp/ into new/ (no flags) or cur/ (with flags), as a delivery agent does.
    [[nodiscard]] Result<QString> deliver(const QString &folder, const QByteArray &message,
                                          const QString &flags) const;
    [[nodiscard]] Result<QList<MaildirMessage>> messages(const QString &folder) const;

private:
    [[nodiscard]] Result<void> makeOwnedDirectory(const QString &path) const;
    void giveAway(const QString &path) const;

    QString m_root;
    uint m_uid;
    uint m_gid;
};

// RFC 3501 section 5.1.3 modified UTF-7, as IMAP servers store mailbox names.
[[nodiscard]] QByteArray encodeModifiedUtf7(const QString &name);

} // namespace lb::test
