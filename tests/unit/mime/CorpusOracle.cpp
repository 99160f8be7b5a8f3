// SPDX-License-Identifier: GPL-3.0-or-later
#include "CorpusOracle.h"

#include "mime/Attachments.h"
#include "mime/MessageParser.h"
#include "mime/PartPath.h"
#include "mime/TextExtraction.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace lb::mime::test {
namespace {

Corpus loadCorpus()
{
    Corpus corpus;
    const QDir dir(QStringLiteral(LETTERBOX_CORPUS_DIR));
    QFile oracle(dir.filePath(u"expected.jsonl"_s));
    if (!dir.exists(u"mime"_s) || !oracle.open(QIODevice::ReadOnly)) {
        corpus.error = u"MIME corpus not found at %1 (need mime/ and expected.jsonl); set "
                       u"LETTERBOX_CORPUS_DIR"_s.arg(dir.path());
        return corpus;
    }
    for (const QByteArray &line : oracle.readAll().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (!doc.isObject()) {
            corpus.error = u"expected.jsonl: "_s + error.errorString();
            return corpus;
        }
        CorpusCase c;
        c.expected = doc.object();
        c.file = c.expected.value(u"file").toString();
        QFile message(dir.filePath(u"mime/"_s + c.file));
        if (!message.open(QIODevice::ReadOnly)) {
            corpus.error = u"cannot read "_s + message.fileName();
            return corpus;
        }
        c.parsed = parseMessage(message.readAll());
        corpus.cases.push_back(std::move(c));
    }
    if (corpus.cases.empty())
        corpus.error = u"expected.jsonl has no cases"_s;
    return corpus;
}

// Python's str.isspace(): Unicode White_Space plus the ASCII separators 0x1C-0x1F.
bool isPythonSpace(char32_t c)
{
    if ((c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0)
        return true;
    return c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
           c == 0x202F || c == 0x205F || c == 0x3000;
}

QString show(const QString &s)
{
    return u"'"_s + (s.size() > 120 ? s.first(120) + u"…"_s : s) + u"'"_s;
}

QString nodeText(const QJsonValue &v)
{
    return v.isNull() ? u"null"_s : v.toString();
}

Comparison compareNode(const Part &part, const QJsonObject &node, const QString &path)
{
    const QString type = QString::fromLatin1(part.contentType.mimeType());
    if (type != node.value(u"content_type").toString())
        return path + u": type "_s + type + u" vs "_s + node.value(u"content_type").toString();
    const auto charset = part.contentType.param("charset");
    const QString ours = charset && !charset->isEmpty() ? charset->toLower() : u"null"_s;
    if (ours != nodeText(node.value(u"charset")))
        return path + u": charset "_s + ours + u" vs "_s + nodeText(node.value(u"charset"));
    const QString disposition = part.headers.contains("Content-Disposition")
                                    ? QString::fromLatin1(part.disposition)
                                    : u"null"_s;
    if (disposition != nodeText(node.value(u"disposition")))
        return path + u": disposition "_s + disposition + u" vs "_s +
               nodeText(node.value(u"disposition"));
    const QString filename = part.filename.isEmpty() ? u"null"_s : part.filename;
    const QString expectedName =
        node.value(u"filename").isNull() ? u"null"_s : node.value(u"filename").toString();
    if (filename != (expectedName.isEmpty() ? u"null"_s : expectedName))
        return path + u": filename "_s + show(filename) + u" vs "_s + show(expectedName);
    const QJsonArray children = node.value(u"children").toArray();
    if (node.contains(u"children")) {
        if (children.size() != qsizetype(part.children.size()))
            return path + u": %1 children vs %2"_s.arg(part.children.size()).arg(children.size());
        for (qsizetype i = 0; i < children.size(); ++i) {
            if (auto d = compareNode(part.children[size_t(i)], children[i].toObject(),
                                     childPath(path, i)))
                return d;
        }
        return std::nullopt;
    }
    if (!part.children.empty())
        return path + u": has children, oracle has a leaf"_s;
    const QJsonValue sizeLf = node.value(u"size_lf");
    if (!sizeLf.isNull()) {
        const qsizetype ours = QByteArray(part.body).replace("\r\n", "\n").size();
        if (ours != sizeLf.toInteger())
            return path + u": size_lf %1 vs %2"_s.arg(ours).arg(sizeLf.toInteger());
    }
    return std::nullopt;
}

} // namespace

bool CorpusCase::isLowConfidence(const QString &field) const
{
    return expected.value(u"low_confidence_fields").toArray().contains(field);
}

const Corpus &corpus()
{
    static const Corpus loaded = loadCorpus();
    return loaded;
}

QString normalizedPrefix(const QString &text)
{
    QString out;
    bool space = false;
    for (const char32_t c : text.toUcs4()) {
        if (isPythonSpace(c)) {
            space = !out.isEmpty();
            continue;
        }
        if (space)
            out += u' ';
        space = false;
        out += QString::fromUcs4(&c, 1);
    }
    const QList<uint> ucs4 = out.toUcs4();
    if (ucs4.size() <= 200)
        return out;
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs4.constData()), 200);
}

Comparison compareSubject(const CorpusCase &c)
{
    const QJsonValue expected = c.expected.value(u"subject");
    const bool present = c.parsed.root.headers.contains("Subject");
    if (expected.isNull() != !present)
        return present ? u"subject present, oracle has none"_s : u"subject missing"_s;
    if (present && c.parsed.subject != expected.toString())
        return show(c.parsed.subject) + u" vs "_s + show(expected.toString());
    return std::nullopt;
}

Comparison compareAddresses(const CorpusCase &c, const QString &key)
{
    const QJsonValue expected = c.expected.value(key);
    const QByteArray header = key == u"from" ? "From" : key == u"to" ? "To" : "Cc";
    const std::vector<Mailbox> &ours = key == u"from" ? c.parsed.from
                                       : key == u"to" ? c.parsed.to
                                                      : c.parsed.cc;
    const bool present = c.parsed.root.headers.contains(header);
    if (expected.isNull() != !present)
        return key + (present ? u" present, oracle has none"_s : u" missing"_s);
    const QJsonArray list = expected.toArray();
    if (list.size() != qsizetype(ours.size()))
        return u"%1 mailboxes vs %2"_s.arg(ours.size()).arg(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject e = list[i].toObject();
        const Mailbox &m = ours[size_t(i)];
        if (m.name != e.value(u"name").toString() || m.address != e.value(u"address").toString())
            return u"#%1: %2 <%3> vs %4 <%5>"_s.arg(i).arg(show(m.name), m.address,
                                                           show(e.value(u"name").toString()),
                                                           e.value(u"address").toString());
    }
    return std::nullopt;
}

Comparison compareDate(const CorpusCase &c)
{
    const QJsonValue expected = c.expected.value(u"date");
    const QString ours =
        c.parsed.date ? c.parsed.date->toUTC().toString(u"yyyy-MM-ddTHH:mm:ss'Z'") : u"null"_s;
    if (expected.isNull())
        return ours == u"null" ? std::nullopt : Comparison(ours + u" vs null"_s);
    if (c.expected.value(u"date_zone_unknown").toBool() && c.parsed.date)
        return std::nullopt; // the README allows any offset here
    if (ours != expected.toString())
        return ours + u" vs "_s + expected.toString();
    return std::nullopt;
}

Comparison compareMessageId(const CorpusCase &c)
{
    const QJsonValue expected = c.expected.value(u"message_id");
    const bool present = c.parsed.root.headers.contains("Message-ID");
    if (expected.isNull() != !present)
        return present ? u"Message-ID present, oracle has none"_s : u"Message-ID missing"_s;
    QString want = expected.toString();
    want.remove(QRegularExpression(u"\\s"_s));
    const QString ours = QString::fromUtf8(c.parsed.messageId);
    if (present && ours != want)
        return ours + u" vs "_s + want;
    return std::nullopt;
}

Comparison compareMimeTree(const CorpusCase &c)
{
    const QJsonValue tree = c.expected.value(u"mime_tree");
    if (!tree.isObject())
        return u"oracle has no tree"_s;
    return compareNode(c.parsed.root, tree.toObject(), u"1"_s);
}

Comparison compareAttachmentCount(const CorpusCase &c)
{
    const int ours = attachmentCount(c.parsed);
    const int expected = c.expected.value(u"attachment_count").toInt();
    if (ours != expected)
        return u"%1 vs %2"_s.arg(ours).arg(expected);
    return std::nullopt;
}

Comparison compareTextPrefix(const CorpusCase &c)
{
    const QJsonValue expected = c.expected.value(u"text_plain_prefix");
    const auto part = firstPlainTextPart(c.parsed);
    if (expected.isNull())
        return part ? Comparison(u"text part "_s + part->path + u", oracle has none"_s)
                    : std::nullopt;
    if (!part)
        return u"no text part, oracle has "_s + c.expected.value(u"text_plain_part").toString();
    const QString ours = normalizedPrefix(partText(*part->part));
    const QString want = expected.toString();
    if (ours == want)
        return std::nullopt;
    // Tolerant variant (README): equal without whitespace, or one a prefix of the other.
    QString a = ours, b = want;
    a.remove(u' ');
    b.remove(u' ');
    if (a.startsWith(b) || b.startsWith(a))
        return std::nullopt;
    return part->path + u": "_s + show(ours) + u" vs "_s + show(want);
}

} // namespace lb::mime::test
