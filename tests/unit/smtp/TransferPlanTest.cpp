// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/TransferPlan.h"
#include "QtCatch.h"

using namespace lb::smtp;

namespace {

Capabilities modernServer()
{
    Capabilities caps;
    caps.size = true;
    caps.sizeLimit = 10'000'000;
    caps.eightBitMime = true;
    caps.smtpUtf8 = true;
    return caps;
}

Envelope asciiEnvelope()
{
    return {QStringLiteral("me@example.org"), {QStringLiteral("you@example.net")}};
}

} // namespace

TEST_CASE("message traits")
{
    const MessageTraits plain = MessageTraits::inspect("Subject: hi\r\n\r\nhello\r\n");
    CHECK(plain.size == 22);
    CHECK(!plain.eightBitHeaders);
    CHECK(!plain.eightBitBody);
    CHECK(!plain.longLines);
    CHECK(!plain.nul);

    const MessageTraits body8 = MessageTraits::inspect("Subject: hi\r\n\r\ncaf\xc3\xa9\r\n");
    CHECK(!body8.eightBitHeaders);
    CHECK(body8.eightBitBody);

    const MessageTraits header8 = MessageTraits::inspect("Subject: caf\xc3\xa9\n\nplain\n");
    CHECK(header8.eightBitHeaders);
    CHECK(!header8.eightBitBody);

    CHECK(MessageTraits::inspect("\r\n\xff").eightBitBody);
    CHECK(MessageTraits::inspect("S: x\r\n\r\n" + QByteArray(998, 'a') + "\r\n").longLines ==
          false);
    CHECK(MessageTraits::inspect("S: x\r\n\r\n" + QByteArray(999, 'a') + "\r\n").longLines);
    CHECK(MessageTraits::inspect(QByteArray("S: x\r\n\r\na\0b", 10)).nul);
}

TEST_CASE("transfer plan for a plain message")
{
    const auto plan =
        planTransfer(modernServer(), asciiEnvelope(), MessageTraits::inspect("S: x\r\n\r\nhi\r\n"));
    REQUIRE(plan.ok());
    CHECK(plan->readyToSend());
    CHECK(plan->mail == MailParameters{12, false, false});
}

TEST_CASE("transfer plan refuses a message over the SIZE limit before sending")
{
    MessageTraits traits;
    traits.size = 25'000'000;
    const auto plan = planTransfer(modernServer(), asciiEnvelope(), traits);
    REQUIRE(!plan.ok());
    CHECK(plan.error().message ==
          QStringLiteral("Message too large for this server: limit 10 MB, message 25 MB."));
    CHECK(plan.error().scope == lb::ErrorScope::Message);
    CHECK(plan.error().remedy == lb::Remedy::AskUser);

    Capabilities noLimit = modernServer();
    noLimit.sizeLimit = 0;
    CHECK(planTransfer(noLimit, asciiEnvelope(), traits).ok());
    Capabilities noSize;
    const auto unknown = planTransfer(noSize, asciiEnvelope(), traits);
    REQUIRE(unknown.ok());
    CHECK(!unknown->mail.size); // no SIZE= without the extension
}

TEST_CASE("transfer plan for 8-bit data")
{
    MessageTraits traits;
    traits.size = 100;
    traits.eightBitBody = true;
    const auto with8bit = planTransfer(modernServer(), asciiEnvelope(), traits);
    REQUIRE(with8bit.ok());
    CHECK(with8bit->readyToSend());
    CHECK(with8bit->mail.eightBitMime);
    CHECK(!with8bit->mail.smtpUtf8);

    Capabilities old;
    const auto without = planTransfer(old, asciiEnvelope(), traits);
    REQUIRE(without.ok());
    CHECK(without->mustReencodeBody);
    CHECK(!without->readyToSend());

    traits.eightBitBody = false;
    traits.eightBitHeaders = true;
    const auto utf8Headers = planTransfer(modernServer(), asciiEnvelope(), traits);
    CHECK(utf8Headers->mail.smtpUtf8);
    CHECK(utf8Headers->mail.eightBitMime);
    CHECK(utf8Headers->readyToSend());
    const auto oldHeaders = planTransfer(old, asciiEnvelope(), traits);
    CHECK(oldHeaders->mustReencodeHeaders);

    MessageTraits longLines;
    longLines.longLines = true;
    CHECK(planTransfer(modernServer(), asciiEnvelope(), longLines)->mustReencodeBody);
}

TEST_CASE("transfer plan for internationalised addresses")
{
    const Envelope intl{
        QStringLiteral("me@example.org"),
        {QStringLiteral("you@example.net"), QStringLiteral("\u7528\u6237@\u4f8b\u5b50.cn")}};
    const auto ok = planTransfer(modernServer(), intl, MessageTraits{});
    REQUIRE(ok.ok());
    CHECK(ok->mail.smtpUtf8);

    Capabilities noUtf8 = modernServer();
    noUtf8.smtpUtf8 = false;
    const auto refused = planTransfer(noUtf8, intl, MessageTraits{});
    REQUIRE(!refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("non-ASCII")));
    const Envelope intlSender{QStringLiteral("j\u00f6rg@example.org"), {QStringLiteral("a@b")}};
    CHECK(!planTransfer(noUtf8, intlSender, MessageTraits{}).ok());
    CHECK(!planTransfer(modernServer(), Envelope{QStringLiteral("a@b"), {}}, MessageTraits{}).ok());
}

TEST_CASE("megabytes for people")
{
    CHECK(formatMegabytes(35882577) == QStringLiteral("35.9 MB"));
    CHECK(formatMegabytes(10'000'000) == QStringLiteral("10 MB"));
    CHECK(formatMegabytes(512'000) == QStringLiteral("0.5 MB"));
    CHECK(formatMegabytes(100'000) == QStringLiteral("0.1 MB"));
    CHECK(formatMegabytes(40'000) == QStringLiteral("40 kB"));
    CHECK(formatMegabytes(1'400) == QStringLiteral("1 kB"));
}
