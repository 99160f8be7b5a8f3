// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyntheticMail.h"

#include <QStringList>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace lb::store::bench {
namespace {

const QStringList &vocabulary()
{
    static const QStringList words =
        u"the project budget meeting notes quarterly report review "
        u"invoice payment schedule release deadline draft proposal "
        u"customer contract update status team lunch friday monday "
        u"server outage incident postmortem design document feedback "
        u"hiring interview candidate offer travel booking flight hotel "
        u"conference agenda slides demo build pipeline test failure "
        u"security patch password reset account access request "
        u"approval expense receipt refund order shipping delivery "
        u"newsletter webinar invitation reminder calendar holiday "
        u"birthday party dinner weekend plans photos family vacation "
        u"question answer thanks please urgent important followup "
        u"minutes action items roadmap planning migration database "
        u"backup restore performance latency benchmark results "
        u"analysis data metrics dashboard launch marketing sales "
        u"partner vendor quote pricing discount renewal license "
        u"support ticket issue bug fix feature branch merge deploy "
        u"café über naïve résumé münchen zürich"_s.split(u' ');
    return words;
}

const std::array<const char16_t *, 24> kFirst{
    u"Alice", u"Bob",    u"Carol", u"Dave",  u"Erin",    u"Frank",  u"Grace",  u"Heidi",
    u"Ivan",  u"Judy",   u"Karl",  u"Laura", u"Mallory", u"Niaj",   u"Olivia", u"Peggy",
    u"Quinn", u"Rupert", u"Sybil", u"Trent", u"Uma",     u"Victor", u"Wendy",  u"Zoë"};
const std::array<const char16_t *, 20> kLast{
    u"Smith",    u"Jones",  u"Müller",  u"Garcia", u"Rossi",  u"Dubois", u"Novak",
    u"Kowalski", u"Tanaka", u"Kim",     u"Silva",  u"Larsen", u"Ivanov", u"Nguyen",
    u"Cohen",    u"Murphy", u"Schmidt", u"Lopez",  u"Patel",  u"Brown"};
const std::array<const char16_t *, 8> kDomains{
    u"example.org", u"corp.example",  u"mail.example",     u"shop.example",
    u"uni.example", u"lists.example", u"beispiel.example", u"exemple.example"};

} // namespace

SyntheticMail::SyntheticMail(unsigned seed) : m_random(seed)
{
    for (std::size_t i = 0; i < 3000; ++i) {
        const QString first = QString::fromUtf16(kFirst[i % kFirst.size()]);
        const QString last = QString::fromUtf16(kLast[(i / kFirst.size()) % kLast.size()]);
        const QString domain = QString::fromUtf16(kDomains[i % kDomains.size()]);
        m_people.emplace_back(first + u' ' + last,
                              u"%1.%2%3@%4"_s.arg(first.toLower(), last.toLower())
                                  .arg(i / (kFirst.size() * kLast.size()))
                                  .arg(domain));
    }
}

const QString &SyntheticMail::word()
{
    const QStringList &words = vocabulary();
    // Skewed towards the front of the list, as real word frequencies are.
    std::uniform_real_distribution<double> u(0.0, 1.0);
    const double x = u(m_random);
    return words[qsizetype(x * x * double(words.size() - 1))];
}

QString SyntheticMail::words(int count)
{
    QStringList out;
    for (int i = 0; i < count; ++i)
        out << word();
    return out.join(u' ');
}

QString SyntheticMail::bodyText()
{
    return words(80);
}

MessageRecord SyntheticMail::next()
{
    MessageRecord r;
    r.uid = Uid{++m_uid};
    r.messageId = u"%1.%2@synthetic.example"_s.arg(m_uid).arg(m_random() % 100000);
    r.date = 1'600'000'000 + std::int64_t(m_uid) * 60 + std::int64_t(m_random() % 3600);
    const auto &[name, address] = m_people[m_random() % m_people.size()];
    r.fromName = name;
    r.fromAddress = address;
    const auto &to = m_people[m_random() % m_people.size()];
    r.toSummary = to.first + u" <"_s + to.second + u'>';
    r.size = 2'000 + std::int64_t(m_random() % 200'000);
    r.flags = (m_random() % 10 < 7) ? MessageFlags(MessageFlag::Seen) : MessageFlags();
    r.hasAttachments = m_random() % 10 == 0;
    const bool reply = !m_conversations.empty() && m_random() % 10 < 4;
    if (reply) {
        const std::size_t recent = std::min<std::size_t>(m_conversations.size(), 2000);
        Conversation &c = m_conversations[m_conversations.size() - 1 - m_random() % recent];
        r.subject = u"Re: "_s + c.subject;
        r.inReplyTo = c.chain.back();
        r.references = c.chain.mid(std::max<qsizetype>(0, c.chain.size() - 10));
        c.chain << r.messageId;
    } else {
        QString subject = words(3 + int(m_random() % 5));
        subject[0] = subject[0].toUpper();
        r.subject = subject;
        m_conversations.push_back({subject, {r.messageId}});
    }
    r.snippet = words(20);
    return r;
}

} // namespace lb::store::bench
