// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/imap/ReconnectBackoff.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace lb::sync::imap {

ReconnectBackoff::ReconnectBackoff(std::chrono::milliseconds first, std::chrono::milliseconds cap)
    : m_first(std::max(first, std::chrono::milliseconds(1))), m_cap(std::max(cap, m_first)),
      m_current(m_first)
{}

std::chrono::milliseconds ReconnectBackoff::next()
{
    const std::chrono::milliseconds wait = m_current;
    ++m_failures;
    // Doubling from at most the cap cannot overflow.
    m_current = std::min(m_current * 2, m_cap);
    return wait;
}

void ReconnectBackoff::reset()
{
    m_current = m_first;
    m_failures = 0;
}

QString describeDelay(std::chrono::milliseconds delay)
{
    const qint64 ms = delay.count();
    if (ms < 1000)
        return u"%1 s"_s.arg(double(ms) / 1000.0, 0, 'g', 2);
    if (ms < 60'000 * 2)
        return u"%1 s"_s.arg((ms + 500) / 1000);
    return u"%1 min"_s.arg((ms + 30'000) / 60'000);
}

} // namespace lb::sync::imap
