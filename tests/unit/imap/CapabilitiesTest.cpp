// SPDX-License-Identifier: GPL-3.0-or-later
#include "QtCatch.h"

#include "imap/Capabilities.h"

using lb::imap::Capabilities;

TEST_CASE("Capabilities: hidden names, including the NAME=value forms of a bare name")
{
    Capabilities caps;
    caps.assign({"IMAP4rev1", "IDLE", "condstore", "QRESYNC", "COMPRESS=DEFLATE", "AUTH=PLAIN",
                 "AUTH=LOGIN"});
    CHECK(caps.has("CONDSTORE"));
    CHECK(caps.qresync());
    CHECK(caps.has("COMPRESS=DEFLATE"));

    // What an account's "disabled extensions" setting gives: upper or lower case.
    caps.setHidden({"qresync", "COMPRESS", "AUTH=LOGIN"});
    CHECK_FALSE(caps.qresync());
    CHECK(caps.condstore()); // CONDSTORE itself is still there
    CHECK_FALSE(caps.has("COMPRESS=DEFLATE"));
    CHECK_FALSE(caps.has("AUTH=LOGIN"));
    CHECK(caps.has("AUTH=PLAIN"));
    CHECK(caps.effective() == QList<QByteArray>{"IMAP4REV1", "IDLE", "CONDSTORE", "AUTH=PLAIN"});

    caps.setHidden({"QRESYNC", "CONDSTORE"});
    CHECK_FALSE(caps.condstore());
    CHECK(caps.has("COMPRESS=DEFLATE"));
}
