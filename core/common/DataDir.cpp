// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/DataDir.h"

#include <QDir>
#include <QStandardPaths>

namespace lb {

QString resolveDataDir(const QString &explicitDir)
{
    QString dir = explicitDir;
    if (dir.isEmpty())
        dir = qEnvironmentVariable("LETTERBOX_DATA_DIR");
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    dir = QDir(dir).absolutePath();
    QDir().mkpath(dir);
    return dir;
}

QString cacheFilePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("cache.sqlite"));
}

} // namespace lb
