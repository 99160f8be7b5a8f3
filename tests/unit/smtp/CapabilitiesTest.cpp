// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/Capabilities.h"
#include "QtCatch.h"

using namespace lb::smtp;

namespace {

Capabilities ehlo(QByteArrayList lines)
{
    return parseEhloReply(Reply{250, std::nullopt, std::move(lines)});
}

} // namespace

TEST_CASE("EHLO with every extension we know")
{
    const Capabilities caps =
        ehlo({"smtp.example.com at your service, [192.0.2.1]", "SIZE 35882577", "8BITMIME",
              "STARTTLS", "ENHANCEDSTATUSCODES", "PIPELINING", "CHUNKING", "SMTPUTF8", "DSN",
              "BINARYMIME", "AUTH LOGIN PLAIN XOAUTH2 PLAIN-CLIENTTOKEN", "X-FUTURE 1"});
    CHECK(caps.domain == "smtp.example.com");
    CHECK(caps.size);
    CHECK(caps.sizeLimit == 35882577);
    CHECK(caps.eightBitMime);
    CHECK(caps.startTls);
    CHECK(caps.enhancedStatusCodes);
    CHECK(caps.pipelining);
    CHECK(caps.chunking);
    CHECK(caps.smtpUtf8);
    CHECK(caps.dsn);
    CHECK(caps.binaryMime);
    CHECK(caps.authMechanisms == QByteArrayList{"LOGIN", "PLAIN", "XOAUTH2", "PLAIN-CLIENTTOKEN"});
    CHECK(caps.supportsAuth("plain"));
    CHECK(!caps.supportsAuth("CRAM-MD5"));
    CHECK(caps.other == QByteArrayList{"X-FUTURE 1"});
}

TEST_CASE("EHLO variations")
{
    struct Row
    {
        const char *name;
        QByteArrayList lines;
        bool size;
        std::uint64_t sizeLimit;
        QByteArrayList auth;
        QByteArrayList other;
    };
    const QList<Row> rows = {
        {"greeting only", {"mx.example"}, false, 0, {}, {}},
        {"SIZE without number", {"mx", "SIZE"}, true, 0, {}, {}},
        {"SIZE 0 means no limit", {"mx", "SIZE 0"}, true, 0, {}, {}},
        {"lower-case keywords", {"mx", "size 1000", "auth plain"}, true, 1000, {"PLAIN"}, {}},
        {"unreadable SIZE kept aside", {"mx", "SIZE lots"}, false, 0, {}, {"SIZE lots"}},
        {"SIZE with two numbers kept aside", {"mx", "SIZE 1 2"}, false, 0, {}, {"SIZE 1 2"}},
        {"old AUTH= form", {"mx", "AUTH=LOGIN PLAIN"}, false, 0, {"LOGIN", "PLAIN"}, {}},
        {"both AUTH forms merged",
         {"mx", "AUTH PLAIN LOGIN CRAM-MD5", "AUTH=LOGIN"},
         false,
         0,
         {"PLAIN", "LOGIN", "CRAM-MD5"},
         {}},
        {"AUTH without mechanisms", {"mx", "AUTH"}, false, 0, {}, {}},
        {"extra spaces",
         {"mx", "  SIZE   2048  ", "AUTH  PLAIN   LOGIN"},
         true,
         2048,
         {"PLAIN", "LOGIN"},
         {}},
        {"blank line ignored", {"mx", "", "8BITMIME"}, false, 0, {}, {}},
        {"keyword with unexpected argument",
         {"mx", "STARTTLS now"},
         false,
         0,
         {},
         {"STARTTLS now"}},
    };
    for (const Row &row : rows) {
        INFO(row.name);
        const Capabilities caps = ehlo(row.lines);
        CHECK(caps.size == row.size);
        CHECK(caps.sizeLimit == row.sizeLimit);
        CHECK(caps.authMechanisms == row.auth);
        CHECK(caps.other == row.other);
    }
    CHECK(!ehlo({"mx", "STARTTLS now"}).startTls);
    CHECK(ehlo({"mx", "", "8BITMIME"}).eightBitMime);
    CHECK(parseEhloReply(Reply{250, std::nullopt, {}}).domain.isEmpty());
}
