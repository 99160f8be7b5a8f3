// SPDX-License-Identifier: GPL-3.0-or-later
// Cuts a multipart body at its boundary delimiter lines (RFC 2046 5.1.1): the CRLF before a
// delimiter belongs to it, text before the first delimiter is the preamble and after the close
// delimiter the epilogue. A delimiter line is "--boundary", optionally "--", then only blanks.
#pragma once

#include <QByteArrayView>

#include <vector>

namespace lb::mime {

struct MultipartSplit
{
    std::vector<QByteArrayView> parts; // each body part: its header block and body
    QByteArrayView preamble;
    QByteArrayView epilogue;
    bool foundStart = false; // a first delimiter line was seen
    bool foundClose = false; // the close delimiter ("--boundary--") was seen
    int emptyParts = 0;      // delimiter lines directly after each other, skipped
};

[[nodiscard]] MultipartSplit splitMultipart(QByteArrayView body, QByteArrayView boundary);

} // namespace lb::mime
