// SPDX-License-Identifier: GPL-3.0-or-later
// Sequence sets (RFC 9051 section 9, sequence-set).
#include "imap/SequenceSet.h"
#include "QtCatch.h"

using namespace lb::imap;

TEST_CASE("sequence sets round-trip")
{
    for (const char *text : {"1", "1:5,7,9:*", "*", "1:*", "4294967295", "3,2,1", "1:1000000000"}) {
        INFO(text);
        const auto set = SequenceSet::parse(text);
        REQUIRE(set.ok());
        REQUIRE(set->toString() == QByteArray(text));
    }
}

TEST_CASE("ranges are normalised with * kept last")
{
    REQUIRE(SequenceSet::parse("5:3")->toString() == "3:5");
    REQUIRE(SequenceSet::parse("*:4")->toString() == "4:*");
    REQUIRE(SequenceSet::parse("5:3")->ranges() == QList<SequenceSet::Range>{{3, 5}});
}

TEST_CASE("malformed sequence sets are refused")
{
    for (const char *text :
         {"", ",", "1,", "0", "1:0", "a", "1::2", "4294967296", "01", "1 2", "-1"}) {
        INFO(text);
        REQUIRE_FALSE(SequenceSet::parse(text).ok());
    }
}

TEST_CASE("a list of UIDs compresses into ranges")
{
    REQUIRE(SequenceSet::fromNumbers({5, 1, 2, 3, 9, 10, 3, 12}).toString() == "1:3,5,9:10,12");
    REQUIRE(SequenceSet::fromNumbers({}).isEmpty());
    REQUIRE(SequenceSet::fromNumbers({4294967295u, 4294967294u}).toString() ==
            "4294967294:4294967295");
}

TEST_CASE("membership and expansion read * as the largest number")
{
    const auto set = *SequenceSet::parse("2:4,10:*");
    REQUIRE(set.contains(3));
    REQUIRE_FALSE(set.contains(5, 12));
    REQUIRE(set.contains(11, 12));
    REQUIRE_FALSE(set.contains(13, 12));
    REQUIRE(set.toList(12) == QList<std::uint32_t>{2, 3, 4, 10, 11, 12});
    REQUIRE(SequenceSet::parse("1:4294967295")->toList(0, 5).size() == 5);
}
