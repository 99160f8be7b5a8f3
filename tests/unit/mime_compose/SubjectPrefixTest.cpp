// SPDX-License-Identifier: GPL-3.0-or-later
// Reply and forward subjects: one prefix, never stacked.
#include "QtCatch.h"

#include "mime/compose/SubjectPrefix.h"

using namespace lb::mime;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("reply subjects get one \"Re: \"")
{
    struct Row
    {
        QString original;
        QString expected;
    };
    const Row rows[] = {
        {u"Hello"_s, u"Re: Hello"_s},
        {u"Re: Hello"_s, u"Re: Hello"_s},
        {u"RE: re: Hello"_s, u"Re: Hello"_s},
        {u"Re:Hello"_s, u"Re: Hello"_s},
        {u"  Re:   Hello  "_s, u"Re: Hello"_s},
        {u"Aw: Hello"_s, u"Re: Hello"_s},
        {u"AW: Sv: SV: Antw: Hello"_s, u"Re: Hello"_s},
        {u"Re[2]: Hello"_s, u"Re: Hello"_s},
        {u"Re (3): Hello"_s, u"Re: Hello"_s},
        {u"Odp: Réf: Hello"_s, u"Re: Hello"_s},
        {u"回复：你好"_s, u"Re: 你好"_s},
        {u"AW: WG: Hello"_s, u"Re: WG: Hello"_s},
        {u"Fwd: Hello"_s, u"Re: Fwd: Hello"_s},
        {u"Re: Fwd: Re: Hello"_s, u"Re: Fwd: Re: Hello"_s},
        {u"[list] Re: Hello"_s, u"Re: [list] Hello"_s},
        {u"[list] Hello"_s, u"Re: [list] Hello"_s},
        {u"Re: [list] Re: Hello"_s, u"Re: [list] Hello"_s},
        {u"Research: results"_s, u"Re: Research: results"_s},
        {u"Re"_s, u"Re: Re"_s},
        {u""_s, u"Re: "_s},
        {u"Re: "_s, u"Re: "_s},
    };
    for (const Row &row : rows) {
        INFO(row.original.toStdString());
        CHECK(replySubject(row.original) == row.expected);
    }
}

TEST_CASE("forward subjects get one \"Fwd: \"")
{
    struct Row
    {
        QString original;
        QString expected;
    };
    const Row rows[] = {
        {u"Hello"_s, u"Fwd: Hello"_s},
        {u"Fwd: Hello"_s, u"Fwd: Hello"_s},
        {u"FW: Hello"_s, u"Fwd: Hello"_s},
        {u"WG: Fwd: fw: Hello"_s, u"Fwd: Hello"_s},
        {u"Re: Hello"_s, u"Fwd: Re: Hello"_s},
        {u"TR: Hello"_s, u"Fwd: Hello"_s},
        {u""_s, u"Fwd: "_s},
    };
    for (const Row &row : rows) {
        INFO(row.original.toStdString());
        CHECK(forwardSubject(row.original) == row.expected);
    }
}
