// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Records.h"

#include <QString>

#include <random>
#include <vector>

namespace lb::store::bench {

// A reproducible mailbox: realistic subjects, a few thousand correspondents, conversations
// where about four messages in ten answer an earlier one, and body text of ~80 words.
class SyntheticMail
{
public:
    explicit SyntheticMail(unsigned seed = 42);

    [[nodiscard]] MessageRecord next();
    [[nodiscard]] QString bodyText();

private:
    struct Conversation
    {
        QString subject;
        QStringList chain; // Message-IDs, oldest first
    };
    [[nodiscard]] QString words(int count);
    [[nodiscard]] const QString &word();

    std::mt19937 m_random;
    std::uint32_t m_uid = 0;
    std::vector<Conversation> m_conversations;
    std::vector<std::pair<QString, QString>> m_people;
};

} // namespace lb::store::bench
