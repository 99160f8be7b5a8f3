// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SortKeys.h"

#include "store/Database.h"

#include <QRegularExpression>

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace lb::store {

QString sortSubject(const QString &subject)
{
    // Common reply/forward prefixes in several languages, optionally counted ("Re[2]:"),
    // possibly repeated ("Re: Fwd: Re:").
    static const QRegularExpression prefix(
        u"^\\s*(?:(?:re|fwd?|aw|sv|vs|wg|antw|tr|rif|r)(?:\\s*[\\[(]\\d+[\\])])?\\s*:\\s*)+"_s,
        QRegularExpression::CaseInsensitiveOption);
    QString rest = subject;
    rest.remove(prefix);
    return rest.simplified().toCaseFolded();
}

QString sortSender(const QString &name, const QString &address)
{
    const QString shown = name.trimmed().isEmpty() ? address : name;
    return shown.simplified().toCaseFolded();
}

namespace {

QString argText(sqlite3_value *value)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(value));
    return QString::fromUtf8(text, sqlite3_value_bytes(value));
}

void resultText(sqlite3_context *context, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_result_text(context, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void sqlSortSubject(sqlite3_context *context, int, sqlite3_value **argv)
{
    resultText(context, sortSubject(argText(argv[0])));
}

void sqlSortSender(sqlite3_context *context, int, sqlite3_value **argv)
{
    resultText(context, sortSender(argText(argv[0]), argText(argv[1])));
}

} // namespace

Result<void> registerSortFunctions(Database &db)
{
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC;
    int rc = sqlite3_create_function_v2(db.handle(), "lb_sort_subject", 1, flags, nullptr,
                                        sqlSortSubject, nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_create_function_v2(db.handle(), "lb_sort_sender", 2, flags, nullptr,
                                        sqlSortSender, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return db.lastError(u"Could not register the sort functions"_s, rc);
    return Ok{};
}

} // namespace lb::store
