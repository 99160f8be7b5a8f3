// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/CredentialStore.h"

#include "QtCatch.h"

#include <QElapsedTimer>

using namespace Qt::Literals::StringLiterals;

// Without a session bus there is no keyring: the store must say so promptly and in words,
// and must not fall back to writing the password somewhere in plain text.
TEST_CASE("Without a keyring the credential store says so and stores nothing", "[accounts]")
{
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/letterbox-test-bus");
    lb::accounts::CredentialStore store(u"letterbox-test"_s);

    QElapsedTimer timer;
    timer.start();
    const auto stored = store.store(u"nobody@example.org"_s, u"s3cret"_s);
    REQUIRE_FALSE(stored.ok());
    CHECK(stored.error().scope == lb::ErrorScope::Account);
    CHECK(stored.error().message.contains(u"keyring"_s));
    CHECK_FALSE(stored.error().message.contains(u"s3cret"_s));
    CHECK(timer.elapsed() < 30000);

    const auto loaded = store.load(u"nobody@example.org"_s);
    REQUIRE_FALSE(loaded.ok());
}
