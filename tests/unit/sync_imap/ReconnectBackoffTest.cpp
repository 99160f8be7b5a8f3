// SPDX-License-Identifier: GPL-3.0-or-later
#include "QtCatch.h"

#include "sync/imap/ReconnectBackoff.h"

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using lb::sync::imap::ReconnectBackoff;

TEST_CASE("ReconnectBackoff: doubles from the first wait up to the cap, reset starts over")
{
    ReconnectBackoff backoff(1s, 5min);
    QList<qint64> waits;
    for (int i = 0; i < 12; ++i)
        waits << backoff.next().count();
    CHECK(waits == QList<qint64>{1000, 2000, 4000, 8000, 16000, 32000, 64000, 128000, 256000,
                                 300000, 300000, 300000});
    CHECK(backoff.failures() == 12);
    backoff.reset();
    CHECK(backoff.failures() == 0);
    CHECK(backoff.next() == 1s);
    CHECK(backoff.next() == 2s);
}

TEST_CASE("ReconnectBackoff: odd settings stay sane")
{
    ReconnectBackoff zero(0ms, 0ms); // at least 1 ms, never a busy loop of 0
    CHECK(zero.next() == 1ms);
    CHECK(zero.next() == 1ms);
    ReconnectBackoff capBelowFirst(10s, 1s);
    CHECK(capBelowFirst.next() == 10s);
    CHECK(capBelowFirst.next() == 10s);
    ReconnectBackoff huge(std::chrono::hours(24 * 365), std::chrono::hours(24 * 365));
    for (int i = 0; i < 80; ++i)
        REQUIRE(huge.next() == std::chrono::hours(24 * 365)); // no overflow
}

TEST_CASE("describeDelay: the wait in a sentence")
{
    using lb::sync::imap::describeDelay;
    CHECK(describeDelay(20ms) == u"0.02 s"_s);
    CHECK(describeDelay(500ms) == u"0.5 s"_s);
    CHECK(describeDelay(1s) == u"1 s"_s);
    CHECK(describeDelay(64s) == u"64 s"_s);
    CHECK(describeDelay(5min) == u"5 min"_s);
    CHECK(describeDelay(std::chrono::hours(1)) == u"60 min"_s);
}
