// SPDX-License-Identifier: GPL-3.0-or-later
// The real-world MIME corpus and its oracle (expected.jsonl, one JSON object per message), and
// the comparisons its README prescribes, one function per compared field.
#pragma once

#include "mime/Message.h"

#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace lb::mime::test {

struct CorpusCase
{
    QString file;
    QJsonObject expected;
    Message parsed;

    [[nodiscard]] bool isLowConfidence(const QString &field) const;
};

// Parses every message once; empty with an error text when the corpus is missing.
struct Corpus
{
    std::vector<CorpusCase> cases;
    QString error;
};
[[nodiscard]] const Corpus &corpus();

// Each returns nullopt when the parser agrees with the oracle, else a readable difference.
using Comparison = std::optional<QString>;
[[nodiscard]] Comparison compareSubject(const CorpusCase &c);
[[nodiscard]] Comparison compareAddresses(const CorpusCase &c, const QString &key);
[[nodiscard]] Comparison compareDate(const CorpusCase &c);
[[nodiscard]] Comparison compareMessageId(const CorpusCase &c);
[[nodiscard]] Comparison compareMimeTree(const CorpusCase &c);
[[nodiscard]] Comparison compareAttachmentCount(const CorpusCase &c);
[[nodiscard]] Comparison compareTextPrefix(const CorpusCase &c);

// Python's str.split() whitespace collapsed to one space, trimmed, cut to 200 code points.
[[nodiscard]] QString normalizedPrefix(const QString &text);

} // namespace lb::mime::test
