// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/Deflate.h"

#include <zlib.h>

#include <climits>

namespace lb::net {

namespace {

// RFC 4978 section 4: raw deflate; a negative window size tells zlib to omit the wrapper.
constexpr int kRawWindowBits = -15;
constexpr int kChunk = 64 * 1024;

} // namespace

struct DeflateCodec::Streams
{
    z_stream out{};
    z_stream in{};
    bool valid = false;
    bool ended = false;
};

DeflateCodec::DeflateCodec() : m_streams(std::make_unique<Streams>())
{
    Streams &s = *m_streams;
    // Level 6 is zlib's default balance; memLevel 8 its default footprint.
    const bool out = deflateInit2(&s.out, Z_DEFAULT_COMPRESSION, Z_DEFLATED, kRawWindowBits, 8,
                                  Z_DEFAULT_STRATEGY) == Z_OK;
    const bool in = inflateInit2(&s.in, kRawWindowBits) == Z_OK;
    s.valid = out && in;
}

DeflateCodec::~DeflateCodec()
{
    deflateEnd(&m_streams->out);
    inflateEnd(&m_streams->in);
}

bool DeflateCodec::isValid() const
{
    return m_streams->valid;
}

QByteArray DeflateCodec::compress(QByteArrayView plain)
{
    z_stream &z = m_streams->out;
    QByteArray result;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(plain.data()));
    z.avail_in = uInt(plain.size());
    do {
        const qsizetype at = result.size();
        result.resize(at + kChunk);
        z.next_out = reinterpret_cast<Bytef *>(result.data() + at);
        z.avail_out = kChunk;
        deflate(&z, Z_SYNC_FLUSH);
        result.resize(at + (kChunk - qsizetype(z.avail_out)));
        // A full output buffer may hold back more of the flush.
    } while (z.avail_out == 0);
    return result;
}

std::optional<QByteArray> DeflateCodec::decompress(QByteArrayView compressed)
{
    Streams &s = *m_streams;
    if (s.ended)
        return std::nullopt;
    z_stream &z = s.in;
    QByteArray result;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.data()));
    z.avail_in = uInt(compressed.size());
    while (true) {
        const qsizetype at = result.size();
        result.resize(at + kChunk);
        z.next_out = reinterpret_cast<Bytef *>(result.data() + at);
        z.avail_out = kChunk;
        const int rc = inflate(&z, Z_SYNC_FLUSH);
        result.resize(at + (kChunk - qsizetype(z.avail_out)));
        if (rc == Z_STREAM_END) {
            s.ended = true;
            return result;
        }
        if (rc == Z_BUF_ERROR && z.avail_in == 0)
            return result; // all input used; more will come
        if (rc != Z_OK)
            return std::nullopt;
        if (z.avail_in == 0 && z.avail_out != 0)
            return result;
    }
}

qint64 DeflateCodec::plainSent() const
{
    return qint64(m_streams->out.total_in);
}

qint64 DeflateCodec::wireSent() const
{
    return qint64(m_streams->out.total_out);
}

qint64 DeflateCodec::wireReceived() const
{
    return qint64(m_streams->in.total_in);
}

qint64 DeflateCodec::plainReceived() const
{
    return qint64(m_streams->in.total_out);
}

} // namespace lb::net
