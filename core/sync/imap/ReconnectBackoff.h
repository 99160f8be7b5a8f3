// SPDX-License-Identifier: GPL-3.0-or-later
// How long watch() waits before connecting again after the network or the server failed.
#pragma once

#include <QString>

#include <chrono>

namespace lb::sync::imap {

// Exponential backoff: first, 2 × first, 4 × first … up to `cap`, so that a server in trouble
// is not hammered and a laptop back on the network reconnects soon. reset() after a pass that
// worked starts the sequence over.
class ReconnectBackoff
{
public:
    ReconnectBackoff(std::chrono::milliseconds first, std::chrono::milliseconds cap);

    // The wait before the next attempt; each call doubles the one after.
    [[nodiscard]] std::chrono::milliseconds next();
    void reset();
    [[nodiscard]] int failures() const { return m_failures; }

private:
    std::chrono::milliseconds m_first;
    std::chrono::milliseconds m_cap;
    std::chrono::milliseconds m_current;
    int m_failures = 0;
};

// "1 s", "2 min", "0.5 s": a wait for a sentence.
[[nodiscard]] QString describeDelay(std::chrono::milliseconds delay);

} // namespace lb::sync::imap
