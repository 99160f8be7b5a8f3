// SPDX-License-Identifier: GPL-3.0-or-later
#include "QtCatch.h"

#include "net/Deflate.h"

#include <zlib.h>

using lb::net::DeflateCodec;

namespace {

// One codec's output fed to another's input, as the two ends of a connection see it.
QByteArray roundTrip(DeflateCodec &sender, DeflateCodec &receiver, const QByteArray &plain)
{
    const auto out = receiver.decompress(sender.compress(plain));
    REQUIRE(out.has_value());
    return *out;
}

} // namespace

TEST_CASE("DeflateCodec: each write arrives whole, in order, without waiting for more")
{
    DeflateCodec client;
    DeflateCodec server;
    REQUIRE(client.isValid());
    // Each command must be decodable on its own (Z_SYNC_FLUSH): the peer acts on it at once.
    CHECK(roundTrip(client, server, "A1 NOOP\r\n") == "A1 NOOP\r\n");
    CHECK(roundTrip(client, server, "A2 SELECT INBOX\r\n") == "A2 SELECT INBOX\r\n");
    const QByteArray big = QByteArray("* 1 FETCH (UID 1 FLAGS (\\Seen))\r\n").repeated(20000);
    CHECK(roundTrip(server, client, big) == big);
    CHECK(client.plainReceived() == big.size());
    CHECK(client.wireReceived() < big.size() / 10); // repetitive text compresses well
}

TEST_CASE("DeflateCodec: a compressed stream split at every byte decodes the same")
{
    DeflateCodec sender;
    QByteArray plain;
    for (int i = 0; i < 200; ++i)
        plain +=
            "* " + QByteArray::number(i) + " FETCH (UID " + QByteArray::number(i * 7) + ")\r\n";
    const QByteArray wire = sender.compress(plain);
    for (qsizetype cut = 0; cut <= wire.size(); ++cut) {
        DeflateCodec receiver;
        const auto first = receiver.decompress(QByteArrayView(wire).first(cut));
        const auto second = receiver.decompress(QByteArrayView(wire).sliced(cut));
        REQUIRE(first.has_value());
        REQUIRE(second.has_value());
        REQUIRE(*first + *second == plain);
    }
}

TEST_CASE("DeflateCodec: raw deflate as RFC 4978 says, readable by plain zlib")
{
    DeflateCodec sender;
    const QByteArray wire = sender.compress("hello, server\r\n");
    z_stream z{};
    REQUIRE(inflateInit2(&z, -15) == Z_OK);
    char out[64];
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(wire.data()));
    z.avail_in = uInt(wire.size());
    z.next_out = reinterpret_cast<Bytef *>(out);
    z.avail_out = sizeof out;
    CHECK(inflate(&z, Z_SYNC_FLUSH) == Z_OK);
    CHECK(QByteArray(out, int(sizeof out - z.avail_out)) == "hello, server\r\n");
    inflateEnd(&z);
}

TEST_CASE("DeflateCodec: damaged input is an error, not garbage")
{
    DeflateCodec receiver;
    CHECK_FALSE(receiver.decompress(QByteArray("\xff\xff\xff\xff garbage", 12)).has_value());
}
