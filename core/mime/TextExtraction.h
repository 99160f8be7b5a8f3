// SPDX-License-Identifier: GPL-3.0-or-later
// The readable text of a message, for the reader pane, snippets and the full-text index.
#pragma once

#include "mime/Message.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace lb::mime {

// A leaf's body decoded to Unicode with its charset parameter (see Charsets.h for fallbacks).
[[nodiscard]] QString partText(const Part &part);

struct TextPartRef
{
    const Part *part = nullptr;
    QString path;
};

// The first text/plain leaf that is not an attachment, depth-first pre-order, including parts
// inside encapsulated messages.
[[nodiscard]] std::optional<TextPartRef> firstPlainTextPart(const Message &message);

// Same, for text/html.
[[nodiscard]] std::optional<TextPartRef> firstHtmlPart(const Message &message);

// The first plain text part; else text derived from the first HTML part; else empty.
[[nodiscard]] QString readableText(const Message &message);

// HTML to plain text: tags, scripts, styles and comments removed, entities decoded, block
// elements and <br> turned into line breaks, other whitespace collapsed (kept inside <pre>).
[[nodiscard]] QString htmlToText(QStringView html);

} // namespace lb::mime
