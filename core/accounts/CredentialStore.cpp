// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/CredentialStore.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace lb::accounts {

using namespace Qt::Literals::StringLiterals;

namespace {

Error keyringError(const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Error{ErrorScope::Account, Remedy::AskUser,
                     u"No system keyring is available to keep the password; Letterbox will "
                     u"ask for it when it needs it."_s,
                     job.errorString()};
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return Error{ErrorScope::Account, Remedy::AskUser,
                     u"The system keyring refused access to the password."_s, job.errorString()};
    case QKeychain::EntryNotFound:
        return Error{ErrorScope::Account, Remedy::AskUser,
                     u"No password is stored for this account."_s, job.errorString()};
    default:
        break;
    }
    return Error{ErrorScope::Account, Remedy::AskUser, u"The system keyring could not be used."_s,
                 job.errorString()};
}

// Runs a QtKeychain job to completion on this thread.
void runToCompletion(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

} // namespace

CredentialStore::CredentialStore(QString service) : m_service(std::move(service)) {}

Result<void> CredentialStore::store(const QString &account, const QString &secret)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(account);
    job.setTextData(secret);
    runToCompletion(job);
    if (job.error() != QKeychain::NoError)
        return keyringError(job);
    return Ok{};
}

Result<QString> CredentialStore::load(const QString &account)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(account);
    runToCompletion(job);
    if (job.error() != QKeychain::NoError)
        return keyringError(job);
    return job.textData();
}

Result<void> CredentialStore::remove(const QString &account)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(account);
    runToCompletion(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return keyringError(job);
    return Ok{};
}

} // namespace lb::accounts
