// SPDX-License-Identifier: GPL-3.0-or-later
#include "Maildir.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <atomic>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace lb::test {

namespace {

std::atomic<int> g_deliveries{0};

QString uniqueName(qsizetype size)
{
    // <seconds>.M<micros>P<pid>Q<counter>.<host>,S=<size> (the Maildir naming convention)
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // Zero-padded so that names sort in delivery order.
    return u"%1.M%2P%3Q%4.letterbox-test,S=%5"_s.arg(now / 1000)
        .arg((now % 1000) * 1000, 6, 10, QLatin1Char('0'))
        .arg(::getpid())
        .arg(++g_deliveries, 8, 10, QLatin1Char('0'))
        .arg(size);
}

QString flagsOf(const QString &fileName)
{
    const qsizetype info = fileName.lastIndexOf(u":2,"_s);
    return info < 0 ? QString() : fileName.mid(info + 3);
}

} // namespace

QByteArray encodeModifiedUtf7(const QString &name)
{
    QByteArray out;
    QString pending; // characters waiting for a base64 run
    const auto flush = [&] {
        if (pending.isEmpty())
            return;
        QByteArray utf16;
        for (const QChar c : pending) {
            utf16.append(char(c.unicode() >> 8));
            utf16.append(char(c.unicode() & 0xff));
        }
        QByteArray b64 = utf16.toBase64(QByteArray::OmitTrailingEquals);
        b64.replace('/', ',');
        out += '&' + b64 + '-';
        pending.clear();
    };
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        if (u >= 0x20 && u <= 0x7e) {
            flush();
            out += u == u'&' ? QByteArray("&-") : QByteArray(1, char(u));
        } else {
            pending += c;
        }
    }
    flush();
    return out;
}

Maildir::Maildir(QString root, uint uid, uint gid) : m_root(std::move(root)), m_uid(uid), m_gid(gid)
{}

QString Maildir::folderPath(const QString &folder) const
{
    if (folder.compare(u"INBOX"_s, Qt::CaseInsensitive) == 0)
        return m_root;
    QString encoded = QString::fromLatin1(encodeModifiedUtf7(folder));
    encoded.replace(u'/', u'.');
    return m_root + u"/."_s + encoded;
}

bool Maildir::folderExists(const QString &folder) const
{
    return QFileInfo::exists(folderPath(folder) + u"/cur"_s);
}

Result<void> Maildir::createInbox() const
{
    for (const QString &path :
         {m_root, m_root + u"/cur"_s, m_root + u"/new"_s, m_root + u"/tmp"_s}) {
        if (Result<void> made = makeOwnedDirectory(path); !made)
            return made;
    }
    return Ok{};
}

Result<QString> Maildir::deliver(const QString &folder, const QByteArray &message,
                                 const QString &flags) const
{
    const QString dir = folderPath(folder);
    if (!folderExists(folder))
        return storageError(u"the folder %1 does not exist in %2"_s.arg(folder, m_root));
    const QString name = uniqueName(message.size());
    const QString temporary = dir + u"/tmp/"_s + name;
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly) || file.write(message) != message.size())
        return storageError(u"cannot write %1"_s.arg(temporary));
    file.close();
    giveAway(temporary);
    const QString finalName = flags.isEmpty() ? name : name + u":2,"_s + flags;
    const QString target = dir + (flags.isEmpty() ? u"/new/"_s : u"/cur/"_s) + finalName;
    if (!QFile::rename(temporary, target))
        return storageError(u"cannot move %1 to %2"_s.arg(temporary, target));
    return finalName;
}

Result<QList<MaildirMessage>> Maildir::messages(const QString &folder) const
{
    if (!folderExists(folder))
        return storageError(u"the folder %1 does not exist in %2"_s.arg(folder, m_root));
    QList<QFileInfo> files;
    for (const QString &sub : {u"/new"_s, u"/cur"_s})
        files += QDir(folderPath(folder) + sub).entryInfoList(QDir::Files);
    // Maildir names start with the delivery time: sorting by name is delivery order.
    std::sort(files.begin(), files.end(),
              [](const QFileInfo &a, const QFileInfo &b) { return a.fileName() < b.fileName(); });
    QList<MaildirMessage> result;
    for (const QFileInfo &info : files) {
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly))
            return storageError(u"cannot read %1"_s.arg(info.filePath()));
        result.append({info.fileName(), flagsOf(info.fileName()), file.readAll()});
    }
    return result;
}

Result<void> Maildir::makeOwnedDirectory(const QString &path) const
{
    if (!QDir().mkpath(path))
        return storageError(u"cannot create %1"_s.arg(path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    giveAway(path);
    return Ok{};
}

void Maildir::giveAway(const QString &path) const
{
    if (::getuid() == 0) {
        // Only root can (and must) hand files to the mail user; failure shows up as a
        // permission error in Dovecot's log, which the fixture reports.
        [[maybe_unused]] const int rc = ::chown(QFile::encodeName(path).constData(), m_uid, m_gid);
    }
}

} // namespace lb::test
