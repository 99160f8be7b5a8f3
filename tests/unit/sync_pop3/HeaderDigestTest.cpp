// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/pop3/HeaderDigest.h"

#include "QtCatch.h"

using lb::sync::pop3::headerDigest;

TEST_CASE("Header digests ignore folding, line ends and fields servers rewrite", "[pop3][digest]")
{
    const QByteArray base = "From: a@example.org\r\nSubject: hello there\r\n"
                            "Message-ID: <1@example.org>\r\n\r\n";
    const QString digest = headerDigest(base);
    CHECK(digest.startsWith(QStringLiteral("hdr:")));
    CHECK(digest.size() == 44);
    CHECK(headerDigest(base) == digest);
    CHECK(headerDigest("From: a@example.org\nSubject: hello\n  there\n"
                       "Message-ID: <1@example.org>\n\n") == digest);
    CHECK(headerDigest("From: a@example.org\r\nStatus: RO\r\nSubject: hello there\r\n"
                       "X-UIDL: 123\r\nMessage-ID: <1@example.org>\r\nContent-Length: 9\r\n"
                       "\r\nbody text is not part of it\r\n") == digest);
    CHECK(headerDigest("From: a@example.org\r\nSubject: hello there!\r\n"
                       "Message-ID: <1@example.org>\r\n\r\n") != digest);
    CHECK(headerDigest("From: b@example.org\r\nSubject: hello there\r\n"
                       "Message-ID: <1@example.org>\r\n\r\n") != digest);
    CHECK(headerDigest("") == headerDigest("\r\n"));
}
