// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/SyncProgress.h"

#include "sync/RateEstimator.h"

#include <QLocale>

namespace lb::sync {

using namespace Qt::Literals::StringLiterals;

QString phaseName(SyncProgress::Phase phase)
{
    using P = SyncProgress::Phase;
    switch (phase) {
    case P::Connecting:
        return u"Connecting"_s;
    case P::LoggingIn:
        return u"Logging in"_s;
    case P::ListingFolders:
        return u"Listing folders"_s;
    case P::FetchingHeaders:
        return u"Fetching headers"_s;
    case P::FetchingBodies:
        return u"Fetching messages for offline reading"_s;
    case P::Downloading:
        return u"Downloading"_s;
    case P::Indexing:
        return u"Indexing for search"_s;
    case P::ApplyingLocalChanges:
        return u"Applying changes made offline"_s;
    case P::Sending:
        return u"Sending"_s;
    case P::CleaningUp:
        return u"Cleaning up on the server"_s;
    case P::Done:
        break;
    }
    return u"Done"_s;
}

QString describe(const SyncProgress &progress)
{
    QString text = phaseName(progress.phase);
    if (!progress.folder.isEmpty())
        text += u" "_s + progress.folder;
    // Grouped digits whatever the system locale: the CLI's stderr is read by people and scripts.
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    if (progress.total > 0)
        text +=
            u": %1 of %2"_s.arg(english.toString(progress.done), english.toString(progress.total));
    else if (progress.done > 0)
        text += u": %1"_s.arg(english.toString(progress.done));
    QStringList speed;
    if (progress.perSecond > 0)
        speed << describeRate(progress.perSecond);
    if (progress.secondsLeft >= 0)
        speed << describeTimeLeft(progress.secondsLeft);
    if (!speed.isEmpty())
        text += u" \u2014 "_s + speed.join(u", "_s);
    return text;
}

} // namespace lb::sync
