// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchMailbox.h"

#include <QDateTime>

#include <random>

using namespace Qt::Literals::StringLiterals;

namespace lb::imap::bench {
namespace {

const char *const kWords[] = {"meeting",  "report",  "budget",  "draft",    "review",
                              "schedule", "invoice", "project", "update",   "release",
                              "notes",    "travel",  "plan",    "question", "weekly",
                              "summary",  "agenda",  "photos",  "order",    "contract"};

QByteArray words(std::mt19937 &random, int count)
{
    QByteArray out;
    std::uniform_int_distribution<int> pick(0, int(std::size(kWords)) - 1);
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            out += ' ';
        out += kWords[pick(random)];
    }
    return out;
}

QByteArray message(std::mt19937 &random, int n)
{
    std::uniform_int_distribution<int> person(1, 300);
    const QByteArray from = "person" + QByteArray::number(person(random));
    const QDateTime date =
        QDateTime(QDate(2024, 1, 1), QTime(8, 0), Qt::UTC).addSecs(qint64(n) * 600);
    QByteArray m =
        "From: " + from + " <" + from + "@example.org>\r\nTo: Alice <alice@example.org>\r\n";
    m += "Subject: " + words(random, 4) + "\r\n";
    m += "Date: " + date.toString(Qt::RFC2822Date).toLatin1() + "\r\n";
    m += "Message-ID: <bench-" + QByteArray::number(n) + "@example.org>\r\n";
    // About four in ten answer an earlier message.
    if (n > 10 && std::uniform_int_distribution<int>(0, 9)(random) < 4) {
        const QByteArray parent =
            "<bench-" + QByteArray::number(std::uniform_int_distribution<int>(1, n - 1)(random)) +
            "@example.org>";
        m += "In-Reply-To: " + parent + "\r\nReferences: " + parent + "\r\n";
    }
    m += "MIME-Version: 1.0\r\n";
    const QByteArray body = words(random, 60) + "\r\n";
    if (n % 10 != 0)
        return m + "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body;
    m += "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n"
         "Content-Type: text/plain; charset=utf-8\r\n\r\n" +
         body +
         "--b\r\nContent-Type: application/pdf; name=report.pdf\r\n"
         "Content-Disposition: attachment; filename=report.pdf\r\n"
         "Content-Transfer-Encoding: "
         "base64\r\n\r\nJVBERi0xLjQKJcfsj6IKNSAwIG9iago8PC9MZW5ndGggNiAwIFI+Pgo=\r\n"
         "--b--\r\n";
    return m;
}

} // namespace

Result<void> fillInbox(const test::DovecotServer &dovecot, const QString &user, int count)
{
    std::mt19937 random(42);
    for (int n = 1; n <= count; ++n) {
        // Every fifth message read, as in a mailbox in use.
        const QString flags = n % 5 == 0 ? QString() : u"S"_s;
        Result<QString> delivered = dovecot.deliver(user, u"INBOX"_s, message(random, n), flags);
        if (!delivered)
            return delivered.error();
    }
    // Dovecot notices the files and builds its index on the first access.
    Result<QByteArray> status = dovecot.doveadm(
        {u"mailbox"_s, u"status"_s, u"-u"_s, user, u"messages uidnext"_s, u"INBOX"_s});
    if (!status)
        return status.error();
    return Ok{};
}

} // namespace lb::imap::bench
