// SPDX-License-Identifier: GPL-3.0-or-later
#include "QtCatch.h"

#include "composer/AddressField.h"
#include "composer/AttachmentReminder.h"

using namespace Qt::Literals::StringLiterals;

TEST_CASE("Attachment mentions are found in the user's own words only", "[ui]")
{
    using lb::ui::mentionsAttachment;
    CHECK(mentionsAttachment(u"I attached the file."));
    CHECK(mentionsAttachment(u"See the ATTACHMENT"));
    CHECK(mentionsAttachment(u"Siehe Anhang"));
    CHECK(mentionsAttachment(u"Voir la pièce jointe"));
    CHECK_FALSE(mentionsAttachment(u"Nothing to see.\n> see attached"));
    CHECK_FALSE(mentionsAttachment(u"The attacker left."));
    CHECK_FALSE(mentionsAttachment(
        u"Look below\n-------- Forwarded Message --------\nSubject: x\nattached file"));
}

TEST_CASE("Address entries split at commas outside quotes and brackets", "[ui]")
{
    CHECK(lb::ui::splitAddressEntries(
              u"\"Doe, Jane\" <jane@example.com>, bob@example.com; <odd,one@example.com>,,"_s) ==
          QStringList{u"\"Doe, Jane\" <jane@example.com>"_s, u"bob@example.com"_s,
                      u"<odd,one@example.com>"_s});
}
