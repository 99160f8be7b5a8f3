// SPDX-License-Identifier: GPL-3.0-or-later
#include "QtCatch.h"

#include "sync/RateEstimator.h"
#include "sync/SyncProgress.h"

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {

using lb::sync::RateEstimator;
const RateEstimator::Clock::time_point t0{};

} // namespace

TEST_CASE("RateEstimator: no figures before a quarter second of samples")
{
    RateEstimator r;
    r.start(1000, t0);
    CHECK(r.perSecond() == 0);
    CHECK(r.secondsLeft() == -1);
    r.record(50, t0 + 100ms);
    CHECK(r.perSecond() == 0);
    CHECK(r.secondsLeft() == -1);
    r.record(200, t0 + 1s);
    CHECK(r.perSecond() == Approx(200.0));
    CHECK(r.secondsLeft() == 4); // 800 left at 200/s
}

TEST_CASE("RateEstimator: a steady rate and the time left")
{
    RateEstimator r;
    r.start(48312, t0);
    for (int s = 1; s <= 5; ++s)
        r.record(850 * s, t0 + std::chrono::seconds(s));
    CHECK(r.perSecond() == Approx(850.0));
    CHECK(r.done() == 4250);
    // (48312 - 4250) / 850 = 51.8 -> 52
    CHECK(r.secondsLeft() == 52);
}

TEST_CASE("RateEstimator: the window forgets a slow start")
{
    RateEstimator r(10s);
    r.start(100000, t0);
    // 30 s at 10/s, then 20 s at 1000/s: the last 10 s say 1000/s.
    qint64 done = 0;
    for (int s = 1; s <= 30; ++s)
        r.record(done += 10, t0 + std::chrono::seconds(s));
    CHECK(r.perSecond() == Approx(10.0));
    for (int s = 31; s <= 50; ++s)
        r.record(done += 1000, t0 + std::chrono::seconds(s));
    CHECK(r.perSecond() == Approx(1000.0));
    CHECK(r.secondsLeft() == (100000 - done + 999) / 1000);
}

TEST_CASE("RateEstimator: unknown total gives a rate but no time left")
{
    RateEstimator r;
    r.start(0, t0);
    r.record(300, t0 + 2s);
    CHECK(r.perSecond() == Approx(150.0));
    CHECK(r.secondsLeft() == -1);
}

TEST_CASE("RateEstimator: a stall gives no rate rather than a division by zero")
{
    RateEstimator r;
    r.start(10, t0);
    r.record(0, t0 + 5s);
    CHECK(r.perSecond() == 0);
    CHECK(r.secondsLeft() == -1);
    r.record(10, t0 + 5s); // all done at once, no time passed since the last sample
    CHECK(r.perSecond() == Approx(2.0));
    CHECK(r.secondsLeft() == 0);
}

TEST_CASE("RateEstimator: fill and describe")
{
    RateEstimator r;
    r.start(48312, t0);
    r.record(1200, t0 + 1200ms * 1000 / 850);
    lb::sync::SyncProgress p;
    p.phase = lb::sync::SyncProgress::Phase::FetchingHeaders;
    p.folder = u"Inbox"_s;
    r.fill(p);
    CHECK(p.done == 1200);
    CHECK(p.total == 48312);
    CHECK(p.perSecond == Approx(850.0).epsilon(0.01));
    CHECK(p.secondsLeft == 56);
    CHECK(lb::sync::describe(p) ==
          u"Fetching headers Inbox: 1,200 of 48,312 \u2014 850/s, about 1 min left"_s);
}

TEST_CASE("describe: the pieces of the rate and time left")
{
    using lb::sync::describeRate;
    using lb::sync::describeTimeLeft;
    CHECK(describeRate(850.4) == u"850/s"_s);
    CHECK(describeRate(12345.0) == u"12,345/s"_s);
    CHECK(describeRate(2.54) == u"2.5/s"_s);
    CHECK(describeTimeLeft(0) == u"about 1 s left"_s);
    CHECK(describeTimeLeft(42) == u"about 42 s left"_s);
    CHECK(describeTimeLeft(50) == u"about 1 min left"_s);
    CHECK(describeTimeLeft(89) == u"about 1 min left"_s);
    CHECK(describeTimeLeft(91) == u"about 2 min left"_s);
    CHECK(describeTimeLeft(3 * 3600) == u"about 3 h left"_s);

    lb::sync::SyncProgress p;
    p.phase = lb::sync::SyncProgress::Phase::FetchingBodies;
    p.done = 5;
    CHECK(lb::sync::describe(p) == u"Fetching messages for offline reading: 5"_s);
}
