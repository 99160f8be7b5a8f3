// SPDX-License-Identifier: GPL-3.0-or-later
// Raw deflate both ways on a connection (IMAP COMPRESS=DEFLATE, RFC 4978).
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>
#include <optional>

namespace lb::net {

// One compressor for what we send and one decompressor for what we receive, as RFC 4978
// section 4 requires: raw deflate (RFC 1951, no zlib or gzip wrapper), with each write flushed
// to a byte boundary so the peer can act on a command without waiting for more.
class DeflateCodec
{
public:
    DeflateCodec();
    ~DeflateCodec();
    DeflateCodec(const DeflateCodec &) = delete;
    DeflateCodec &operator=(const DeflateCodec &) = delete;

    [[nodiscard]] bool isValid() const;
    // Everything `plain` compresses to, flushed (Z_SYNC_FLUSH).
    [[nodiscard]] QByteArray compress(QByteArrayView plain);
    // What `compressed` inflates to (possibly nothing yet); nullopt when the stream is corrupt
    // or ended.
    [[nodiscard]] std::optional<QByteArray> decompress(QByteArrayView compressed);
    // Bytes in and out so far, for the log's compression ratio.
    [[nodiscard]] qint64 plainSent() const;
    [[nodiscard]] qint64 wireSent() const;
    [[nodiscard]] qint64 wireReceived() const;
    [[nodiscard]] qint64 plainReceived() const;

private:
    struct Streams;
    std::unique_ptr<Streams> m_streams;
};

} // namespace lb::net
