// SPDX-License-Identifier: GPL-3.0-or-later
// Every HTML part of the real-world MIME corpus goes through the sanitiser: nothing that runs
// or fetches may come out, and ordinary mail keeps its text.
#include "QtCatch.h"

#include "SafetyCheck.h"
#include "mime/MessageParser.h"
#include "mime/PartPath.h"
#include "mime/TextExtraction.h"
#include "mime/html/HtmlSanitizer.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

TEST_CASE("Corpus HTML parts come out safe and keep their text")
{
    const QDir dir(QStringLiteral(LETTERBOX_CORPUS_DIR) + u"/mime"_s);
    REQUIRE(dir.exists());
    int htmlParts = 0;
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        const lb::mime::Message message = lb::mime::parseMessage(file.readAll());
        lb::mime::HtmlSanitizeOptions options;
        options.inlineParts = lb::mime::inlinePartsOf(message);
        lb::mime::walkParts(message, [&](const lb::mime::Part &part, const QString &path, int) {
            if (!part.isLeaf() || part.contentType.mimeType() != "text/html")
                return true;
            ++htmlParts;
            const QString html = lb::mime::partText(part);
            const auto safe = lb::mime::sanitizeHtml(html, options);
            INFO(name.toStdString() << " part " << path.toStdString());
            CHECK(lb::mime::test::dangersIn(safe.html) == QStringList());
            // The words survive: the sanitised text reads like the original's (the title, which
            // a mail reader does not show, left out; unterminated, it runs to the end).
            static const QRegularExpression title(uR"(<title[\s\S]*?(</title\s*>|$))"_s,
                                                  QRegularExpression::CaseInsensitiveOption);
            const QString before = lb::mime::htmlToText(QString(html).remove(title)).simplified();
            const QString after = lb::mime::htmlToText(safe.html).simplified();
            CHECK(after.size() >= before.size() * 9 / 10);
            return true;
        });
    }
    CHECK(htmlParts > 0);
}
