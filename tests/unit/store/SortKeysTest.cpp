// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SortKeys.h"

#include <QRegularExpression>

#include <random>

#include "QtCatch.h"

using namespace lb::store;
using namespace Qt::Literals::StringLiterals;

namespace {

// The rule as a regular expression, the way the prefixes are usually described: the scan in
// sortSubject must remove exactly what this removes.
QString byExpression(const QString &subject)
{
    static const QRegularExpression prefix(
        u"^\\s*(?:(?:re|fwd?|aw|sv|vs|wg|antw|tr|rif|r)(?:\\s*[\\[(]\\d+[\\])])?\\s*:\\s*)+"_s,
        QRegularExpression::CaseInsensitiveOption);
    QString rest = subject;
    rest.remove(prefix);
    return rest.simplified().toCaseFolded();
}

} // namespace

TEST_CASE("Subject sort keys drop reply and forward markers", "[store][sortkeys]")
{
    const std::pair<QString, QString> cases[] = {
        {u"Budget"_s, u"budget"_s},
        {u"Re: Budget"_s, u"budget"_s},
        {u"RE: re: Budget"_s, u"budget"_s},
        {u"Re: Fwd: Re:  Budget  plan "_s, u"budget plan"_s},
        {u"  Re:Budget"_s, u"budget"_s},
        {u"Re[2]: Budget"_s, u"budget"_s},
        {u"Re (12) : Budget"_s, u"budget"_s},
        {u"Re[2): Budget"_s, u"budget"_s},
        {u"Re[]: Budget"_s, u"re[]: budget"_s},
        {u"Re[x]: Budget"_s, u"re[x]: budget"_s},
        {u"Fw: a"_s, u"a"_s},
        {u"FWD: a"_s, u"a"_s},
        {u"AW: WG: Antw: SV: VS: TR: RIF: R: a"_s, u"a"_s},
        {u"Re Budget"_s, u"re budget"_s},
        {u"Reply: Budget"_s, u"reply: budget"_s},
        {u"Regarding the budget"_s, u"regarding the budget"_s},
        {u"Budget Re: plan"_s, u"budget re: plan"_s},
        {u"Re:"_s, u""_s},
        {u"Re: "_s, u""_s},
        {u""_s, u""_s},
        {u"   "_s, u""_s},
        {u"Straße"_s, u"straße"_s},
        {u"ſv: a"_s, u"a"_s}, // long s folds to s
        {u"Re\t: a"_s, u"a"_s},
        {u"Re\u00A0: a"_s, u"re : a"_s},          // only ASCII spaces separate a marker
        {u"Re[\u0663]: a"_s, u"re[\u0663]: a"_s}, // and only ASCII digits count
        {u"Отчёт: Re: май"_s, u"отчёт: re: май"_s},
    };
    for (const auto &[subject, key] : cases) {
        CAPTURE(subject);
        CHECK(sortSubject(subject) == key);
        CHECK(byExpression(subject) == key);
    }
}

TEST_CASE("The subject scan removes what the prefix expression removes", "[store][sortkeys]")
{
    // Strings built from the pieces markers are made of, so many come close to a marker.
    const QStringList pieces{
        u"re"_s,     u"Re"_s,     u"RE"_s, u"r"_s,    u"fw"_s, u"fwd"_s, u"FWD"_s, u"aw"_s,
        u"sv"_s,     u"vs"_s,     u"wg"_s, u"antw"_s, u"tr"_s, u"rif"_s, u":"_s,   u"["_s,
        u"]"_s,      u"("_s,      u")"_s,  u"2"_s,    u"17"_s, u" "_s,   u"\t"_s,  u"\u00A0"_s,
        u"\u2003"_s, u"\u0663"_s, u"ſ"_s,  u"x"_s,    u"é"_s,  u"e"_s,   u"d"_s,   u"Budget"_s};
    std::mt19937 random(11);
    for (int i = 0; i < 20000; ++i) {
        QString subject;
        const int count = int(random() % 9);
        for (int k = 0; k < count; ++k)
            subject += pieces[qsizetype(random() % std::uint32_t(pieces.size()))];
        CAPTURE(subject);
        REQUIRE(sortSubject(subject) == byExpression(subject));
    }
}

TEST_CASE("Sender sort keys use the name, else the address, case folded", "[store][sortkeys]")
{
    CHECK(sortSender(u"Zoë  Example"_s, u"zoe@example.org"_s) == u"zoë example"_s);
    CHECK(sortSender(u"  "_s, u"Bob@Example.org"_s) == u"bob@example.org"_s);
    CHECK(sortSender(QString(), QString()) == QString());
}
