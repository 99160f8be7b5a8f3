// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/FtsQuery.h"

#include "QtCatch.h"

using namespace lb::store;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("User text becomes a safe FTS5 expression", "[store][fts]")
{
    struct Row
    {
        QString input;
        QString expected;
    };
    const Row rows[] = {
        {u""_s, u""_s},
        {u"   "_s, u""_s},
        {u"invoice"_s, u"\"invoice\"*"_s},
        {u"  budget   meeting "_s, u"\"budget\"* \"meeting\"*"_s},
        {u"\"quarterly report\""_s, u"\"quarterly report\""_s},
        {u"\"unclosed phrase"_s, u"\"unclosed phrase\""_s},
        {u"say \"hi there\" now"_s, u"\"say\"* \"hi there\" \"now\"*"_s},
        {u"a\"b"_s, u"\"a\"* \"b\""_s},
        {u"AND"_s, u"\"AND\"*"_s},
        {u"cats OR dogs NOT birds"_s, u"\"cats\"* \"OR\"* \"dogs\"* \"NOT\"* \"birds\"*"_s},
        {u"*"_s, u""_s},
        {u"foo*"_s, u"\"foo*\"*"_s},
        {u"(unbalanced"_s, u"\"(unbalanced\"*"_s},
        {u") ( ) ("_s, u""_s},
        {u"NEAR(a b)"_s, u"\"NEAR(a\"* \"b)\"*"_s},
        {u"^start"_s, u"\"^start\"*"_s},
        {u"\"\""_s, u""_s},
        {u"\"\"\"\""_s, u""_s},
        {u"Müller"_s, u"\"Müller\"*"_s},
        {u"日本語"_s, u"\"日本語\"*"_s},
        {u"from:alice"_s, u"sender : \"alice\"*"_s},
        {u"FROM:alice"_s, u"sender : \"alice\"*"_s},
        {u"to:bob subject:\"big news\""_s, u"recipients : \"bob\"* subject : \"big news\""_s},
        {u"body:refund"_s, u"body : \"refund\"*"_s},
        {u"from: alice"_s, u"\"from:\"* \"alice\"*"_s},
        {u"cc:alice"_s, u"\"cc:alice\"*"_s},
        {u"subject:"_s, u"\"subject:\"*"_s},
        {u"tab\tsep\nline"_s, u"\"tab\"* \"sep\"* \"line\"*"_s},
        {u"nul"_s + QChar(0) + u"byte"_s, u"\"nul\"* \"byte\"*"_s},
    };
    for (const Row &row : rows) {
        CAPTURE(row.input);
        CHECK(toFtsQuery(row.input) == row.expected);
    }
}
