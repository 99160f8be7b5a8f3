// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/WizardText.h"

#include <QLocale>

namespace lb::ui {

using accounts::discovery::DiscoveryStep;
using accounts::discovery::SettingSource;
using sync::verify::Failure;

QString WizardText::source(SettingSource source)
{
    switch (source) {
    case SettingSource::ProviderDatabase:
        return tr("from Letterbox's list of providers");
    case SettingSource::AutoconfigHttps:
        return tr("from the provider's own settings page (HTTPS)");
    case SettingSource::DnsSrv:
        return tr("from DNS — unconfirmed until you sign in");
    case SettingSource::ProbedGuess:
        return tr("a guess the server answered — unconfirmed until you sign in");
    case SettingSource::Manual:
        return tr("entered by you");
    }
    return {};
}

QString WizardText::security(net::TlsMode mode)
{
    switch (mode) {
    case net::TlsMode::Implicit:
        return tr("TLS");
    case net::TlsMode::StartTls:
        return tr("STARTTLS");
    case net::TlsMode::None:
        return tr("unencrypted");
    }
    return {};
}

QString WizardText::server(const accounts::discovery::DiscoveredServer &server)
{
    return tr("%1 %2, port %3 (%4), user %5")
        .arg(accounts::discovery::toString(server.type), server.host)
        .arg(server.port)
        .arg(security(server.tls), server.user);
}

QString WizardText::progress(const accounts::discovery::DiscoveryProgress &progress)
{
    switch (progress.step) {
    case DiscoveryStep::ProviderDatabase:
        return tr("Looking up %1 in the list of known providers…").arg(progress.detail);
    case DiscoveryStep::Autoconfig:
        return tr("Asking the provider for its settings: %1").arg(progress.detail);
    case DiscoveryStep::DnsSrv:
        return tr("Asking DNS: %1").arg(progress.detail);
    case DiscoveryStep::Guess:
        return tr("Trying %1…").arg(progress.detail);
    case DiscoveryStep::Finished:
        return tr("Done.");
    }
    return {};
}

QString WizardText::dataSize(quint64 bytes)
{
    return QLocale().formattedDataSize(static_cast<qint64>(bytes), 1,
                                       QLocale::DataSizeTraditionalFormat);
}

QString WizardText::figures(const sync::verify::MailboxFigures &figures)
{
    if (!figures.messages)
        return {};
    const auto count = static_cast<qint64>(*figures.messages);
    const QString messages =
        count == 1 ? tr("one message") : tr("%1 messages").arg(QLocale().toString(count));
    QString text = figures.inboxOnly ? tr("Your inbox holds %1").arg(messages)
                                     : tr("Your mailbox holds %1").arg(messages);
    if (figures.bytes)
        text += u' ' + tr("(%1).").arg(dataSize(*figures.bytes));
    else
        text += u'.';
    if (figures.quotaLimitBytes && *figures.quotaLimitBytes > 0) {
        text += u' ' + tr("The server allows %1 and %2 of it is used.")
                           .arg(dataSize(*figures.quotaLimitBytes),
                                dataSize(figures.quotaUsedBytes.value_or(0)));
    }
    return text;
}

QString WizardText::check(const sync::verify::ServerCheck &check)
{
    const QString server = tr("%1 server %2 (port %3)")
                               .arg(accounts::discovery::toString(check.type), check.host)
                               .arg(check.port);
    switch (check.failure) {
    case Failure::None:
        return tr("Signed in to the %1.").arg(server);
    case Failure::AuthenticationFailed:
        return tr("The %1 refused the user name or password. Check the password (some "
                  "providers want an app password here).")
            .arg(server);
    case Failure::HostNotFound:
        return tr("The host name %1 does not exist. Check its spelling.").arg(check.host);
    case Failure::Unreachable:
        return tr("The %1 cannot be reached. Check your network connection.").arg(server);
    case Failure::PortClosed:
        return tr("The %1 refused the connection: nothing answers on that port. Check the "
                  "port number.")
            .arg(server);
    case Failure::Timeout:
        return tr("The %1 did not answer in time. Check the host and port, or try again later.")
            .arg(server);
    case Failure::Certificate:
        return tr("The %1 showed a certificate that is not trusted. Compare it with what your "
                  "provider publishes before trusting it.")
            .arg(server);
    case Failure::TlsHandshake:
        return tr("A secure connection to the %1 failed. Perhaps this port expects another "
                  "kind of security.")
            .arg(server);
    case Failure::StartTlsMissing:
        return tr("The %1 does not offer STARTTLS. Choose TLS on its own port instead.")
            .arg(server);
    case Failure::WrongProtocol:
        return tr("Something answers at the %1, but it is not a %2 server.")
            .arg(server, accounts::discovery::toString(check.type));
    case Failure::ServerError:
        return tr("The %1 reported a problem: %2")
            .arg(server, check.serverText.isEmpty() ? check.message : check.serverText);
    case Failure::Cancelled:
        return tr("Checking the %1 was cancelled.").arg(server);
    }
    return check.message;
}

QString WizardText::certificate(const net::CertificateInfo &certificate)
{
    const QLocale locale;
    return tr("Subject: %1\nIssued by: %2\nValid from %3 to %4\nSHA-256: %5")
        .arg(certificate.subject, certificate.issuer,
             locale.toString(certificate.notBefore.toLocalTime(), QLocale::ShortFormat),
             locale.toString(certificate.notAfter.toLocalTime(), QLocale::ShortFormat),
             certificate.displayFingerprint());
}

} // namespace lb::ui
