// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers shared by the libFuzzer targets: deterministic chunk sizes derived from the input
// itself (so a saved crashing input replays the same splits) and a hard stop on a broken
// invariant that libFuzzer reports like any crash.
#pragma once

#include <QByteArrayView>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace lb::fuzz {

// SplitMix64: tiny, fast and good enough to scatter cut points.
class Random
{
public:
    explicit Random(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

private:
    std::uint64_t m_state;
};

// FNV-1a over the input: the seed of its chunk sizes.
inline std::uint64_t hashOf(QByteArrayView bytes)
{
    std::uint64_t h = 0xCBF29CE484222325ULL;
    for (const char c : bytes)
        h = (h ^ std::uint8_t(c)) * 0x100000001B3ULL;
    return h;
}

// Piece sizes that add up to bytes.size(): mostly small (1..16 bytes, where split-sensitive
// bugs live) with the occasional large one.
inline std::vector<qsizetype> chunkSizes(QByteArrayView bytes)
{
    Random random(hashOf(bytes));
    std::vector<qsizetype> sizes;
    qsizetype left = bytes.size();
    while (left > 0) {
        const std::uint64_t r = random.next();
        qsizetype piece =
            (r & 7) == 0 ? qsizetype((r >> 8) % 4096) + 1 : qsizetype((r >> 8) % 16) + 1;
        if (piece > left)
            piece = left;
        sizes.push_back(piece);
        left -= piece;
    }
    return sizes;
}

[[noreturn]] inline void invariantBroken(const char *what)
{
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
    std::abort();
}

} // namespace lb::fuzz
