// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/CertificateInfo.h"
#include "common/Result.h"
#include "net/NetError.h"

#include "QtCatch.h"

using namespace Qt::Literals::StringLiterals;

TEST_CASE("Fingerprints are normalized from the forms people paste", "[net][cert]")
{
    const QString hex = u"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"_s;
    lb::net::CertificateInfo info;
    info.sha256Fingerprint = hex;
    const QString display = info.displayFingerprint();
    CHECK(display.startsWith(u"01:23:45:67"_s));
    CHECK(display.size() == 32 * 3 - 1);

    struct Row
    {
        QString input;
        QString expected;
    };
    const Row rows[] = {
        {hex, hex},
        {hex.toUpper(), hex},
        {display, hex},
        {QString(display).replace(u':', u' '), hex},
        {hex.left(62), {}},          // too short
        {hex + u"00"_s, {}},         // too long
        {hex.left(63) + u"g"_s, {}}, // not hex
        {u""_s, {}},
    };
    for (const Row &row : rows) {
        INFO(row.input.toStdString());
        CHECK(lb::net::normalizeFingerprint(row.input) == row.expected);
    }
}

TEST_CASE("Network errors say what failed and what to do", "[net][error]")
{
    const auto notOffered = lb::net::starttlsNotOffered(u"mail.example.org"_s);
    CHECK(notOffered.kind == lb::net::NetErrorKind::StartTlsNotOffered);
    CHECK(notOffered.scope == lb::ErrorScope::Account);
    CHECK(notOffered.remedy == lb::Remedy::AskUser);
    CHECK(notOffered.message.contains(u"mail.example.org does not offer STARTTLS"_s));
    CHECK(notOffered.message.contains(u"never falls back to plaintext"_s));

    const auto refused = lb::net::connectionRefused(u"::1"_s, 993);
    CHECK(refused.message.contains(u"port 993"_s));
    CHECK(lb::net::hostPort(u"::1"_s, 993) == u"[::1]:993"_s);

    // A NetError is an lb::Error where only the sentence travels on.
    const auto propagate = [](const lb::net::NetError &error) -> lb::Result<int> { return error; };
    const lb::Result<int> propagated = propagate(lb::net::readTimeout(u"imap.example.org"_s, 30));
    CHECK(propagated.error().scope == lb::ErrorScope::Connection);
    CHECK(propagated.error().message.contains(u"30 seconds"_s));
    CHECK(lb::net::cancelled().scope == lb::ErrorScope::Cancelled);
}
