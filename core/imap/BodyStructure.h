// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "imap/Envelope.h"
#include "imap/Value.h"

#include <QByteArray>
#include <QList>
#include <QPair>

#include <cstdint>
#include <optional>
#include <vector>

namespace lb::imap {

// Parameter names are lower-cased; values are raw (may carry RFC 2231 / 2047 encodings).
using BodyParams = QList<QPair<QByteArray, QByteArray>>;

struct BodyDisposition
{
    QByteArray type; // lower case: "inline", "attachment"
    BodyParams params;
    bool operator==(const BodyDisposition &) const = default;
};

// One node of BODY / BODYSTRUCTURE (RFC 9051 section 7.5.2, body). A multipart has
// children; a message/rfc822 (or message/global) part has an envelope and exactly one child
// (the embedded message's body); other parts are leaves.
struct BodyPart
{
    QByteArray type;    // lower case, "multipart" for multiparts
    QByteArray subtype; // lower case
    BodyParams params;
    std::vector<BodyPart> children;

    // Single-part fields (body-fields).
    NString id;
    NString description;
    QByteArray encoding; // upper case: "7BIT", "BASE64", ...
    std::uint64_t size = 0;
    std::optional<std::uint64_t> lines; // text/* and message/rfc822
    std::optional<Envelope> envelope;   // message/rfc822

    // Extension data: only in BODYSTRUCTURE, and servers may stop anywhere.
    NString md5;
    std::optional<BodyDisposition> disposition;
    QList<QByteArray> language;
    NString location;
    std::vector<Value> extensions; // body-extension values after location

    [[nodiscard]] bool isMultipart() const { return type == "multipart"; }
    [[nodiscard]] bool isMessage() const { return envelope.has_value(); }
    // A parameter's value by (case-insensitive) name.
    [[nodiscard]] std::optional<QByteArray> param(QByteArrayView name) const;
    // Called on the top-level body: the part for a section number such as "1.2" (RFC 9051
    // section 6.4.5), or nullptr; "" is the body itself.
    [[nodiscard]] const BodyPart *partAt(QByteArrayView section) const;

    bool operator==(const BodyPart &) const = default;
};

} // namespace lb::imap
