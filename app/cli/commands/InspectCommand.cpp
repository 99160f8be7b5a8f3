// SPDX-License-Identifier: GPL-3.0-or-later
// letterbox-cli inspect FILE.eml [--json]: parse a message file and show what Letterbox sees.
#include "Commands.h"
#include "MessageJson.h"

#include "mime/Attachments.h"
#include "mime/MessageParser.h"
#include "mime/TextExtraction.h"

#include <QFile>
#include <QJsonDocument>

namespace lb::cli {
namespace {

using namespace Qt::Literals::StringLiterals;

QString mailboxList(const std::vector<mime::Mailbox> &list)
{
    QStringList parts;
    for (const mime::Mailbox &m : list)
        parts << (m.name.isEmpty() ? m.address : u"%1 <%2>"_s.arg(m.name, m.address));
    return parts.join(u", "_s);
}

void printTree(QTextStream &out, const mime::Part &part, int depth)
{
    out << QString(depth * 2, QLatin1Char(' ')) << QString::fromLatin1(part.contentType.mimeType());
    if (auto charset = part.contentType.param("charset"))
        out << "; charset=" << charset->toLower();
    if (!part.disposition.isEmpty())
        out << " [" << QString::fromLatin1(part.disposition) << ']';
    if (!part.filename.isEmpty())
        out << " \"" << part.filename << '"';
    if (part.isLeaf())
        out << " (" << part.body.size() << " bytes)";
    out << '\n';
    for (const mime::Part &child : part.children)
        printTree(out, child, depth + 1);
}

void printHuman(QTextStream &out, const mime::Message &message)
{
    out << "Subject: " << message.subject << '\n';
    out << "From: " << mailboxList(message.from) << '\n';
    if (!message.to.empty())
        out << "To: " << mailboxList(message.to) << '\n';
    if (!message.cc.empty())
        out << "Cc: " << mailboxList(message.cc) << '\n';
    if (message.date)
        out << "Date: " << message.date->toString(Qt::ISODate) << '\n';
    if (!message.messageId.isEmpty())
        out << "Message-ID: " << QString::fromLatin1(message.messageId) << '\n';
    out << "\nMIME structure:\n";
    printTree(out, message.root, 1);
    const auto files = mime::attachments(message);
    out << "\nAttachments: " << mime::attachmentCount(message) << '\n';
    for (const mime::AttachmentInfo &a : files) {
        out << "  " << (a.filename.isEmpty() ? u"(unnamed)"_s : a.filename) << " ("
            << QString::fromLatin1(a.mimeType) << ", " << a.size << " bytes"
            << (a.isInline ? ", inline" : "") << ")\n";
    }
    if (!message.defects.empty()) {
        out << "\nProblems found (the original bytes are kept):\n";
        for (const mime::Defect &d : message.defects)
            out << "  part " << d.partPath << ": " << d.what << '\n';
    }
    out << "\n" << mime::readableText(message) << '\n';
}

int inspect(CliContext &ctx)
{
    const QStringList files = ctx.positional({});
    if (files.size() != 1)
        return ctx.fail(u"usage: letterbox-cli inspect FILE.eml [--json]"_s, 2);
    QFile file(files.first());
    if (!file.open(QIODevice::ReadOnly))
        return ctx.fail(u"cannot read %1: %2"_s.arg(files.first(), file.errorString()));
    const mime::Message message = mime::parseMessage(file.readAll());
    if (ctx.hasFlag(u"--json"_s))
        ctx.out() << QJsonDocument(messageToJson(message)).toJson(QJsonDocument::Indented);
    else
        printHuman(ctx.out(), message);
    ctx.out().flush();
    return 0;
}

const CommandRegistration
    registration(u"inspect"_s, u"inspect FILE.eml [--json]   parse a message file"_s, inspect);

} // namespace
} // namespace lb::cli
