// SPDX-License-Identifier: GPL-3.0-or-later
#include "QtCatch.h"
#include "smtp/Delivery.h"

using namespace lb;
using namespace lb::smtp;

namespace {

Reply reply(int code, std::optional<EnhancedCode> enhanced, QByteArray text)
{
    return Reply{code, enhanced, {std::move(text)}};
}

} // namespace

TEST_CASE("SMTP replies become sentences")
{
    struct Row
    {
        Reply reply;
        ReplyContext context;
        QString message;
        ErrorScope scope;
        Remedy remedy;
    };
    const QString bob = QStringLiteral("bob@example.org");
    const QList<Row> rows = {
        {reply(535, EnhancedCode{5, 7, 8}, "Authentication credentials invalid"),
         {Stage::Auth},
         QStringLiteral("The server refused the user name or password."),
         ErrorScope::Account,
         Remedy::AskUser},
        {reply(535, {}, "Error: authentication failed"),
         {Stage::Auth},
         QStringLiteral("The server refused the user name or password."),
         ErrorScope::Account,
         Remedy::AskUser},
        {reply(454, EnhancedCode{4, 7, 0}, "Temporary authentication failure"),
         {Stage::Auth},
         QStringLiteral("The server could not check the password right now."),
         ErrorScope::Account,
         Remedy::RetryLater},
        {reply(504, EnhancedCode{5, 5, 4}, "Unrecognized authentication type"),
         {Stage::Auth},
         QStringLiteral("The server does not support this sign-in method."),
         ErrorScope::Account,
         Remedy::AskUser},
        {reply(530, EnhancedCode{5, 7, 0}, "Authentication required"),
         {Stage::MailFrom},
         QStringLiteral("The server requires signing in before sending mail."),
         ErrorScope::Account,
         Remedy::AskUser},
        {reply(538, EnhancedCode{5, 7, 11}, "Encryption required"),
         {Stage::Auth},
         QStringLiteral("The server requires an encrypted connection to sign in."),
         ErrorScope::Account,
         Remedy::AskUser},
        {reply(454, EnhancedCode{4, 7, 0}, "TLS not available"),
         {Stage::StartTls},
         QStringLiteral("The server could not start an encrypted connection."),
         ErrorScope::Connection,
         Remedy::RetryLater},
        {reply(552, EnhancedCode{5, 2, 2}, "Mailbox full"),
         {Stage::RcptTo, 0, bob},
         QStringLiteral("Mailbox full: bob@example.org cannot receive more mail."),
         ErrorScope::Message,
         Remedy::AskUser},
        {reply(452, EnhancedCode{4, 2, 2}, "Over quota"),
         {Stage::RcptTo, 0, bob},
         QStringLiteral("Mailbox full: bob@example.org cannot receive more mail."),
         ErrorScope::Message,
         Remedy::RetryLater},
        {reply(452, EnhancedCode{4, 5, 3}, "Too many recipients"),
         {Stage::RcptTo, 0, bob},
         QStringLiteral("Too many recipients for one message."),
         ErrorScope::Message,
         Remedy::RetryLater},
        {reply(550, EnhancedCode{5, 1, 1}, "<bob@example.org>: Recipient address rejected"),
         {Stage::RcptTo, 0, bob},
         QStringLiteral("Recipient address rejected: bob@example.org."),
         ErrorScope::Message,
         Remedy::AskUser},
        {reply(554, EnhancedCode{5, 7, 1}, "Relay access denied"),
         {Stage::RcptTo, 0, bob},
         QStringLiteral("Recipient address rejected: the server will not deliver to "
                        "bob@example.org."),
         ErrorScope::Message,
         Remedy::AskUser},
        {reply(552, EnhancedCode{5, 3, 4}, "Message size exceeds fixed limit"),
         {Stage::MessageContent, 35882577},
         QStringLiteral("Message too large for this server: limit 35.9 MB."),
         ErrorScope::Message,
         Remedy::AskUser},
        {reply(552, {}, "too big"),
         {Stage::MailFrom},
         QStringLiteral("Message too large for this server."),
         ErrorScope::Message,
         Remedy::AskUser},
        {reply(553, EnhancedCode{5, 1, 8}, "Sender address rejected"),
         {Stage::MailFrom, 0, QStringLiteral("me@example.org")},
         QStringLiteral("The server refused the sender address me@example.org."),
         ErrorScope::Account,
         Remedy::AskUser},
        {reply(554, EnhancedCode{5, 7, 1}, "Message rejected as spam"),
         {Stage::MessageContent},
         QStringLiteral("The server refused the message for policy reasons (for example, it "
                        "looked like spam)."),
         ErrorScope::Message,
         Remedy::AskUser},
        {reply(451, EnhancedCode{4, 3, 0}, "Local error in processing"),
         {Stage::MessageContent},
         QStringLiteral("The server could not take the message right now."),
         ErrorScope::Message,
         Remedy::RetryLater},
        {reply(421, EnhancedCode{4, 3, 2}, "Service shutting down"),
         {Stage::RcptTo},
         QStringLiteral("The server is not available right now and closed the connection."),
         ErrorScope::Connection,
         Remedy::RetryLater},
        {reply(554, {}, "No SMTP service here"),
         {Stage::Greeting},
         QStringLiteral("The server refused the connection."),
         ErrorScope::Connection,
         Remedy::AskUser},
        {reply(500, {}, "Syntax error"),
         {Stage::Ehlo},
         QStringLiteral("The server refused a command."),
         ErrorScope::Connection,
         Remedy::AskUser},
        {reply(554, {}, "Transaction failed"),
         {Stage::MessageContent},
         QStringLiteral("The server rejected the message."),
         ErrorScope::Message,
         Remedy::AskUser},
    };
    for (const Row &row : rows) {
        INFO(row.reply.summary().toStdString());
        const Error error = translateReply(row.reply, row.context);
        CHECK(error.message == row.message);
        CHECK(error.scope == row.scope);
        CHECK(error.remedy == row.remedy);
        CHECK(error.serverText == row.reply.summary());
    }
}

TEST_CASE("SMTP error keeps the server's words for the user")
{
    const Error error =
        translateReply(reply(535, EnhancedCode{5, 7, 8}, "Bad credentials"), {Stage::Auth});
    CHECK(error.toString() == QStringLiteral("The server refused the user name or password. "
                                             "(server said: 535 5.7.8 Bad credentials)"));
    const Error odd = translateReply(reply(250, {}, "Ok"), {Stage::Data});
    CHECK(odd.message.contains(QStringLiteral("unexpected")));
}

TEST_CASE("delivery with every recipient accepted")
{
    DeliveryReport report;
    report.mailFromReply = reply(250, {}, "Ok");
    report.recipients = {{QStringLiteral("a@x"), reply(250, {}, "Ok")},
                         {QStringLiteral("b@x"), reply(251, {}, "will forward")}};
    report.messageReply = reply(250, {}, "queued as 123");
    CHECK(report.outcome() == DeliveryOutcome::Delivered);
    CHECK(!report.error());
}

TEST_CASE("partial delivery is reported, not treated as success")
{
    DeliveryReport report;
    report.mailFromReply = reply(250, {}, "Ok");
    report.recipients = {{QStringLiteral("a@x"), reply(250, {}, "Ok")},
                         {QStringLiteral("b@x"), reply(550, EnhancedCode{5, 1, 1}, "no such user")},
                         {QStringLiteral("c@x"), reply(250, {}, "Ok")}};
    report.messageReply = reply(250, {}, "queued");
    CHECK(report.outcome() == DeliveryOutcome::PartlyDelivered);
    CHECK(report.accepted().size() == 2);
    REQUIRE(report.rejected().size() == 1);
    CHECK(report.rejected().first().address == QStringLiteral("b@x"));
    const auto error = report.error();
    REQUIRE(error);
    CHECK(error->message ==
          QStringLiteral("The message was sent, but 1 of 3 recipients were rejected."));
    CHECK(error->serverText == QStringLiteral("b@x (550 5.1.1 no such user)"));
}

TEST_CASE("delivery failures")
{
    DeliveryReport allRejected;
    allRejected.mailFromReply = reply(250, {}, "Ok");
    allRejected.recipients = {{QStringLiteral("a@x"), reply(550, {}, "unknown")},
                              {QStringLiteral("b@x"), reply(450, {}, "greylisted")}};
    allRejected.messageReply = reply(554, {}, "no valid recipients");
    CHECK(allRejected.outcome() == DeliveryOutcome::NotDelivered);
    CHECK(allRejected.error()->message ==
          QStringLiteral("The message was not sent: all 2 recipients were rejected."));

    DeliveryReport oneRejected;
    oneRejected.mailFromReply = reply(250, {}, "Ok");
    oneRejected.recipients = {
        {QStringLiteral("a@x"), reply(550, EnhancedCode{5, 1, 1}, "unknown")}};
    CHECK(oneRejected.error()->message == QStringLiteral("Recipient address rejected: a@x."));

    DeliveryReport tooBig;
    tooBig.sizeLimit = 10'000'000;
    tooBig.mailFromReply = reply(250, {}, "Ok");
    tooBig.recipients = {{QStringLiteral("a@x"), reply(250, {}, "Ok")}};
    tooBig.messageReply = reply(552, EnhancedCode{5, 3, 4}, "too big");
    CHECK(tooBig.outcome() == DeliveryOutcome::NotDelivered);
    CHECK(tooBig.error()->message ==
          QStringLiteral("Message too large for this server: limit 10 MB."));

    DeliveryReport senderRefused;
    senderRefused.mailFromReply = reply(553, EnhancedCode{5, 7, 1}, "not yours");
    CHECK(senderRefused.outcome() == DeliveryOutcome::NotDelivered);
    CHECK(senderRefused.error()->scope == ErrorScope::Account);

    DeliveryReport unfinished;
    unfinished.mailFromReply = reply(250, {}, "Ok");
    unfinished.recipients = {{QStringLiteral("a@x"), reply(250, {}, "Ok")}};
    CHECK(unfinished.outcome() == DeliveryOutcome::NotDelivered);
    CHECK(unfinished.error()->remedy == Remedy::RetryLater);
}
