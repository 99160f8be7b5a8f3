// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/imap/FolderRoles.h"

#include <QSet>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace lb::sync::imap {
namespace {

using lb::imap::ListData;
using lb::imap::MailboxAttribute;
using store::FolderRole;

struct NamedRole
{
    FolderRole role;
    QStringList names; // lower case
};

const std::array<NamedRole, 5> &namedRoles()
{
    static const std::array<NamedRole, 5> roles{{
        {FolderRole::Sent,
         {u"sent"_s, u"sent items"_s, u"sent messages"_s, u"sent mail"_s, u"gesendet"_s,
          u"gesendete objekte"_s, u"gesendete elemente"_s, u"envoyés"_s, u"éléments envoyés"_s,
          u"messages envoyés"_s, u"enviados"_s, u"elementos enviados"_s, u"posta inviata"_s,
          u"inviati"_s, u"verzonden"_s, u"verzonden items"_s, u"skickat"_s}},
        {FolderRole::Drafts,
         {u"drafts"_s, u"draft"_s, u"entwürfe"_s, u"brouillons"_s, u"borradores"_s, u"bozze"_s,
          u"concepten"_s, u"utkast"_s}},
        {FolderRole::Trash,
         {u"trash"_s, u"deleted items"_s, u"deleted messages"_s, u"bin"_s, u"papierkorb"_s,
          u"gelöschte elemente"_s, u"gelöschte objekte"_s, u"corbeille"_s, u"éléments supprimés"_s,
          u"papelera"_s, u"elementos eliminados"_s, u"cestino"_s, u"prullenbak"_s,
          u"verwijderde items"_s, u"papperskorgen"_s}},
        {FolderRole::Junk,
         {u"junk"_s, u"spam"_s, u"junk e-mail"_s, u"junk email"_s, u"bulk mail"_s,
          u"courrier indésirable"_s, u"indésirables"_s, u"correo no deseado"_s,
          u"posta indesiderata"_s, u"ongewenste e-mail"_s, u"skräppost"_s}},
        {FolderRole::Archive,
         {u"archive"_s, u"archives"_s, u"archiv"_s, u"archivo"_s, u"archivio"_s, u"archief"_s,
          u"arkiv"_s}},
    }};
    return roles;
}

FolderRole roleFromAttributes(const ListData &folder)
{
    const auto a = folder.attributes;
    if (a.testFlag(MailboxAttribute::Sent))
        return FolderRole::Sent;
    if (a.testFlag(MailboxAttribute::Drafts))
        return FolderRole::Drafts;
    if (a.testFlag(MailboxAttribute::Trash))
        return FolderRole::Trash;
    if (a.testFlag(MailboxAttribute::Junk))
        return FolderRole::Junk;
    if (a.testFlag(MailboxAttribute::Archive))
        return FolderRole::Archive;
    return FolderRole::None;
}

// "Sent", "INBOX/Sent" or "INBOX.Sent" give "Sent"; deeper folders give nothing.
QString candidateLeaf(const ListData &folder)
{
    const QString path = folder.mailbox.text;
    if (!folder.delimiter)
        return path;
    const QChar delimiter = QLatin1Char(*folder.delimiter);
    const QStringList parts = path.split(delimiter);
    if (parts.size() == 1)
        return path;
    if (parts.size() == 2 && parts.front().compare(u"INBOX"_s, Qt::CaseInsensitive) == 0)
        return parts.back();
    return {};
}

} // namespace

FolderRole roleFromName(const QString &leafName)
{
    const QString name = leafName.toLower();
    for (const NamedRole &named : namedRoles()) {
        if (named.names.contains(name))
            return named.role;
    }
    return FolderRole::None;
}

QList<FolderRole> assignRoles(const QList<ListData> &folders)
{
    QList<FolderRole> roles(folders.size(), FolderRole::None);
    QList<FolderRole> taken; // few roles: a list is enough
    for (qsizetype i = 0; i < folders.size(); ++i) {
        if (folders[i].mailbox.text == u"INBOX"_s) {
            roles[i] = FolderRole::Inbox;
            continue;
        }
        const FolderRole role = roleFromAttributes(folders[i]);
        if (role != FolderRole::None && !taken.contains(role)) {
            roles[i] = role;
            taken.append(role);
        }
    }
    for (qsizetype i = 0; i < folders.size(); ++i) {
        if (roles[i] != FolderRole::None)
            continue;
        const FolderRole role = roleFromName(candidateLeaf(folders[i]));
        if (role != FolderRole::None && !taken.contains(role)) {
            roles[i] = role;
            taken.append(role);
        }
    }
    return roles;
}

} // namespace lb::sync::imap
