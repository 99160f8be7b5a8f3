// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Result.h"
#include "common/StrongId.h"

#include "QtCatch.h"

using namespace lb;

TEST_CASE("Result carries a value or an error", "[common]")
{
    Result<int> good = 42;
    REQUIRE(good.ok());
    CHECK(*good == 42);

    Result<int> bad = inputError(QStringLiteral("no header/body separator"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().scope == ErrorScope::Input);
    CHECK(bad.error().message == QStringLiteral("no header/body separator"));
}

TEST_CASE("Error text keeps the server's own words", "[common]")
{
    Error e{ErrorScope::Account, Remedy::AskUser, QStringLiteral("The password was refused."),
            QStringLiteral("[AUTHENTICATIONFAILED] Authentication failed.")};
    CHECK(e.toString() == QStringLiteral("The password was refused. (server said: "
                                         "[AUTHENTICATIONFAILED] Authentication failed.)"));
}

TEST_CASE("Strong ids compare by value and are distinct types", "[common]")
{
    FolderId a{3}, b{3}, c{4};
    CHECK(a == b);
    CHECK(a < c);
    CHECK_FALSE(FolderId{}.isValid());
    STATIC_REQUIRE_FALSE(std::is_convertible_v<FolderId, MessageId>);
}
