// SPDX-License-Identifier: GPL-3.0-or-later
// Messages per second and time left for SyncProgress, computed the same way for every engine.
#pragma once

#include "sync/SyncProgress.h"

#include <QtGlobal>

#include <chrono>
#include <deque>

namespace lb::sync {

// The rate over a sliding window of recent samples (the last ~10 s), so that a slow start
// (connecting, the first small chunk) or a pause does not skew the estimate for long. Gives
// nothing until the samples span a quarter of a second: earlier figures would be noise.
class RateEstimator
{
public:
    using Clock = std::chrono::steady_clock;

    explicit RateEstimator(std::chrono::milliseconds window = std::chrono::seconds(10));

    // Starts over: `total` items to do (0: unknown), none done at `now`.
    void start(qint64 total, Clock::time_point now = Clock::now());
    // `done` items are finished at `now` (cumulative, not a delta).
    void record(qint64 done, Clock::time_point now = Clock::now());

    [[nodiscard]] qint64 done() const { return m_done; }
    [[nodiscard]] qint64 total() const { return m_total; }
    // Items per second; 0 while unknown.
    [[nodiscard]] double perSecond() const;
    // Whole seconds left, rounded up; -1 while unknown (no total or no rate yet).
    [[nodiscard]] qint64 secondsLeft() const;
    // Sets done, total, perSecond and secondsLeft of `progress`.
    void fill(SyncProgress &progress) const;

private:
    struct Sample
    {
        Clock::time_point at;
        qint64 done = 0;
    };

    std::chrono::milliseconds m_window;
    std::deque<Sample> m_samples;
    qint64 m_total = 0;
    qint64 m_done = 0;
};

// "850/s", "about 1 min left": the pieces describe() joins.
[[nodiscard]] QString describeRate(double perSecond);
[[nodiscard]] QString describeTimeLeft(qint64 secondsLeft);

} // namespace lb::sync
