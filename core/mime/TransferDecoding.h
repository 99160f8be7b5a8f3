// SPDX-License-Identifier: GPL-3.0-or-later
// Content-Transfer-Encodings (RFC 2045 6): base64 that tolerates garbage, quoted-printable,
// uuencode (whole bodies and "begin ... end" blocks inside plain text).
#pragma once

#include "mime/Message.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <vector>

namespace lb::mime {

struct DecodeResult
{
    QByteArray data;
    bool hadGarbage = false; // characters outside the alphabet, bad padding, broken escapes
};

// RFC 2045 6.8: characters outside the alphabet are skipped; '=' ends a quantum, so
// concatenated base64 chunks still decode; an incomplete final quantum keeps its whole bytes.
[[nodiscard]] DecodeResult decodeBase64(QByteArrayView in);

// RFC 2045 6.7: "=XX" escapes, soft line breaks ("=" at the end of a line, trailing blanks
// allowed), line endings kept as they are. A malformed escape is kept literally.
[[nodiscard]] DecodeResult decodeQuotedPrintable(QByteArrayView in);

// RFC 2047 4.2 "Q" encoding: like quoted-printable, plus '_' for space.
[[nodiscard]] QByteArray decodeQEncoding(QByteArrayView in);

struct UuBlock
{
    QString filename;
    QByteArray data;
    qsizetype begin = 0; // offset of the "begin" line
    qsizetype end = 0;   // offset after the "end" line (or end of input)
};

// Every "begin <mode> <name>" ... "end" block in the text, decoded.
[[nodiscard]] std::vector<UuBlock> findUuencodedBlocks(QByteArrayView text);

// A uuencoded body: the first block's data, or nullopt if there is no "begin" line.
[[nodiscard]] std::optional<UuBlock> decodeUuencodedBody(QByteArrayView body);

// "7bit", "base64", ... (case-insensitive, trimmed) to the enum; Unknown otherwise.
[[nodiscard]] TransferEncoding parseTransferEncoding(QByteArrayView value);

// Undo the encoding; Unknown, 7bit, 8bit and binary return the bytes unchanged.
[[nodiscard]] DecodeResult decodeTransfer(QByteArrayView body, TransferEncoding encoding);

} // namespace lb::mime
