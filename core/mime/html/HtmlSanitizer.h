// SPDX-License-Identifier: GPL-3.0-or-later
// HTML from a message made safe to show in a QTextBrowser: a pure function, no I/O.
//
// What survives: the elements and attributes of ElementPolicy.h, CSS that only styles
// (CssSanitizer.h), images from the message's own cid: parts, and web or mail links. What goes:
// scripts, styles that load anything, frames, objects, embeds, forms and their fields, meta
// refresh, base, link, event handlers, javascript:/vbscript:/data:/file: URLs, comments.
//
// Remote images are never left for a loader to find: each becomes
// <img src="lb-remote:N"> (N indexes SanitizedHtml::remoteImages), so a viewer shows a
// placeholder and may fetch the real one only when the user asks. Links become
// <a href="lb-link:N" title="real target"> (N indexes SanitizedHtml::links), so a viewer opens
// nothing by itself and can show the real target, and warn when the visible text names another
// host. The output is bounded (input size, nesting depth) whatever the input.
#pragma once

#include "mime/Message.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace lb::mime {

inline constexpr QStringView kRemoteImageScheme = u"lb-remote";
inline constexpr QStringView kLinkScheme = u"lb-link";

// A part of the message an HTML body may show by "cid:" (RFC 2392).
struct InlinePart
{
    QByteArray mimeType; // lower case
    QByteArray data;     // decoded bytes (only needed for CidImages::DataUrl)
};

struct HtmlSanitizeOptions
{
    // Content-ID (without angle brackets) to part; cid: images not found here are dropped.
    QHash<QString, InlinePart> inlineParts;
    enum class CidImages
    {
        Reference, // src="cid:<id>": the viewer's resource loader answers from the parts
        DataUrl,   // src="data:image/...;base64,...": self-contained output
    };
    CidImages cidImages = CidImages::Reference;
    qsizetype maxInputLength = 4 * 1024 * 1024; // characters; the rest is cut (truncated)
    int maxDepth = 64;                          // nested elements kept; deeper tags unwrapped
};

struct SanitizedLink
{
    QString target;          // the real URL (http, https or mailto), encoded
    QString text;            // the visible text, up to 200 characters
    bool textNamesOtherHost; // the text looks like a URL whose host is not the target's
};

struct SanitizedHtml
{
    QString html;                     // a fragment (no html/head/body)
    QStringList remoteImages;         // <img> sources blocked, index N = "lb-remote:N"
    int remoteReferences = 0;         // every remote reference blocked (images, CSS, srcset)
    std::vector<SanitizedLink> links; // index N = "lb-link:N"
    QStringList missingContentIds;    // cid: references without a matching part
    int removedElements = 0;          // dropped elements (script, iframe, form fields...)
    int removedAttributes = 0;        // dropped attributes (handlers, unsafe URLs, styles)
    bool truncated = false;           // the input was longer than maxInputLength
};

[[nodiscard]] SanitizedHtml sanitizeHtml(QStringView html, const HtmlSanitizeOptions &options = {});
// UTF-8 bytes (invalid sequences become U+FFFD).
[[nodiscard]] SanitizedHtml sanitizeHtml(const QByteArray &utf8,
                                         const HtmlSanitizeOptions &options = {});

// The parts of a message an HTML body may refer to by cid: (every leaf with a Content-ID).
[[nodiscard]] QHash<QString, InlinePart> inlinePartsOf(const Message &message);

} // namespace lb::mime
