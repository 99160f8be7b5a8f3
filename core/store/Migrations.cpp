// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Migrations.h"

#include "common/Log.h"
#include "store/Database.h"
#include "store/Schema.h"
#include "store/Transaction.h"

using namespace Qt::Literals::StringLiterals;

namespace lb::store {

int latestSchemaVersion()
{
    return migrationSteps().back().version;
}

Result<int> schemaVersion(Database &db)
{
    auto stmt = db.prepare("PRAGMA user_version");
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    return int(stmt->intAt(0));
}

namespace {

Result<void> applyStep(Database &db, const MigrationStep &step)
{
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    // Another connection may have migrated while we waited for the write lock.
    auto version = schemaVersion(db);
    if (!version)
        return version.error();
    if (*version >= step.version)
        return Ok{};
    if (auto done = db.exec(step.sql); !done) {
        Error error = done.error();
        error.message = u"Could not upgrade the mail cache to version %1 (%2): %3"_s.arg(
            QString::number(step.version), QString::fromUtf8(step.description), error.message);
        return error;
    }
    const QByteArray bump = "PRAGMA user_version = " + QByteArray::number(step.version);
    if (auto bumped = db.exec(bump.constData()); !bumped)
        return bumped.error();
    qCInfo(lcStore) << "mail cache migrated to version" << step.version << step.description;
    return tx->commit();
}

} // namespace

Result<void> migrate(Database &db, int target)
{
    auto version = schemaVersion(db);
    if (!version)
        return version.error();
    if (*version > latestSchemaVersion()) {
        return storageError(
            u"The mail cache %1 has schema version %2, newer than this Letterbox understands "
            u"(%3). Use a newer Letterbox, or move the file away to start a fresh cache."_s.arg(
                db.path(), QString::number(*version), QString::number(latestSchemaVersion())));
    }
    for (const MigrationStep &step : migrationSteps()) {
        if (step.version <= *version || step.version > target)
            continue;
        if (auto applied = applyStep(db, step); !applied)
            return applied;
    }
    return Ok{};
}

} // namespace lb::store
