// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing of a hostile sample's payload may survive (HostileSamples.h), and the independent
// check of SafetyCheck.h must find nothing that runs or fetches.
#include "QtCatch.h"

#include "HostileSamples.h"
#include "SafetyCheck.h"
#include "mime/html/HtmlSanitizer.h"

using namespace Qt::Literals::StringLiterals;

TEST_CASE("Hostile samples leave nothing that runs or fetches")
{
    int index = 0;
    for (const char16_t *sample : lb::test::kHostileSamples) {
        const QString input = QString::fromUtf16(sample);
        INFO("sample " << index++ << ": " << input.toStdString());
        const auto r = lb::mime::sanitizeHtml(input);
        INFO("output: " << r.html.toStdString());
        CHECK(lb::mime::test::dangersIn(r.html).isEmpty());
        CHECK_FALSE(r.html.toLower().contains(u"evil"));
        for (const auto &link : r.links)
            CHECK((link.target.startsWith(u"https://"_s) || link.target.startsWith(u"http://"_s) ||
                   link.target.startsWith(u"mailto:"_s)));
    }
}

TEST_CASE("Hostile samples that reference the network are counted as remote content")
{
    const QString withRemote[] = {
        u"<img src=\"http://evil.example/track.gif\">"_s,
        u"<p style=\"background-image:url(http://evil.example/p.png)\">x</p>"_s,
        u"<style>body{background:url(\"http://evil.example/bg.png\")}</style>"_s,
        u"<table background=\"http://evil.example/t.png\"><tr><td>x"_s,
        u"<img srcset=\"http://evil.example/1.png 1x\">"_s,
    };
    for (const QString &input : withRemote) {
        INFO(input.toStdString());
        CHECK(lb::mime::sanitizeHtml(input).remoteReferences == 1);
    }
}

TEST_CASE("Sanitiser survives arbitrary bytes")
{
    // A fixed pseudo-random stream (no seeds from the clock: the test must repeat exactly).
    std::uint32_t state = 12345;
    const char alphabet[] = "<>/=\"' abcdeimgsrcptyl&#;:()x\n\\!-";
    for (int round = 0; round < 200; ++round) {
        QByteArray bytes;
        for (int i = 0; i < 400; ++i) {
            state = state * 1103515245u + 12345u;
            bytes += alphabet[(state >> 16) % (sizeof alphabet - 1)];
        }
        const auto r = lb::mime::sanitizeHtml(bytes);
        INFO(bytes.toStdString());
        CHECK(lb::mime::test::dangersIn(r.html).isEmpty());
    }
}
