// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/RateEstimator.h"

#include <QLocale>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace lb::sync {
namespace {

constexpr std::chrono::milliseconds kMinimumSpan{250};

} // namespace

RateEstimator::RateEstimator(std::chrono::milliseconds window) : m_window(window) {}

void RateEstimator::start(qint64 total, Clock::time_point now)
{
    m_total = total;
    m_done = 0;
    m_samples.clear();
    m_samples.push_back(Sample{now, 0});
}

void RateEstimator::record(qint64 done, Clock::time_point now)
{
    if (m_samples.empty())
        m_samples.push_back(Sample{now, 0});
    m_done = done;
    m_samples.push_back(Sample{now, done});
    // Keep one sample at or before the window's start, so the span stays about the window.
    while (m_samples.size() > 2 && now - m_samples[1].at >= m_window)
        m_samples.pop_front();
}

double RateEstimator::perSecond() const
{
    if (m_samples.size() < 2)
        return 0;
    const Sample &first = m_samples.front();
    const Sample &last = m_samples.back();
    const auto span = std::chrono::duration<double>(last.at - first.at);
    if (span < kMinimumSpan || last.done <= first.done)
        return 0;
    return double(last.done - first.done) / span.count();
}

qint64 RateEstimator::secondsLeft() const
{
    const double rate = perSecond();
    if (m_total <= 0 || rate <= 0)
        return -1;
    const qint64 left = std::max<qint64>(m_total - m_done, 0);
    return qint64(std::ceil(double(left) / rate));
}

void RateEstimator::fill(SyncProgress &progress) const
{
    progress.done = m_done;
    progress.total = m_total;
    progress.perSecond = perSecond();
    progress.secondsLeft = secondsLeft();
}

QString describeRate(double perSecond)
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    if (perSecond >= 10)
        return english.toString(qint64(std::llround(perSecond))) + u"/s"_s;
    return english.toString(perSecond, 'f', 1) + u"/s"_s;
}

QString describeTimeLeft(qint64 secondsLeft)
{
    // Seconds only while they are few; "about 1 min" reads better than "about 56 s".
    if (secondsLeft < 45)
        return u"about %1 s left"_s.arg(std::max<qint64>(secondsLeft, 1));
    const qint64 minutes = std::max<qint64>((secondsLeft + 30) / 60, 1);
    if (minutes < 120)
        return u"about %1 min left"_s.arg(minutes);
    return u"about %1 h left"_s.arg((minutes + 30) / 60);
}

} // namespace lb::sync
