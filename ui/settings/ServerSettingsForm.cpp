// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/ServerSettingsForm.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace lb::ui {

ServerSettingsForm::ServerSettingsForm(Kind kind, QWidget *parent) : QWidget(parent), m_kind(kind)
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    m_host = new QLineEdit(this);
    m_host->setAccessibleName(tr("Server host name"));
    m_host->setPlaceholderText(tr("mail.example.org"));
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_port->setAccessibleName(tr("Server port"));
    m_security = new QComboBox(this);
    m_security->setAccessibleName(tr("Connection security"));
    m_security->addItem(tr("TLS (encrypted from the start)"),
                        static_cast<int>(net::TlsMode::Implicit));
    m_security->addItem(tr("STARTTLS (encrypted after connecting)"),
                        static_cast<int>(net::TlsMode::StartTls));
    m_security->addItem(tr("None (unencrypted, not recommended)"),
                        static_cast<int>(net::TlsMode::None));
    m_user = new QLineEdit(this);
    m_user->setAccessibleName(tr("User name"));
    m_source = new QLabel(this);
    m_source->setWordWrap(true);
    m_source->setVisible(false);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Security:"), m_security);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(QString(), m_source);
    setKind(kind);
    m_port->setValue(standardPort(net::TlsMode::Implicit));

    connect(m_host, &QLineEdit::textChanged, this, &ServerSettingsForm::changed);
    connect(m_user, &QLineEdit::textChanged, this, &ServerSettingsForm::changed);
    connect(m_port, &QSpinBox::valueChanged, this, &ServerSettingsForm::changed);
    connect(m_security, &QComboBox::currentIndexChanged, this,
            &ServerSettingsForm::onSecurityChanged);
}

void ServerSettingsForm::setKind(Kind kind)
{
    const bool wasStandard = m_port->value() == standardPort(m_lastMode);
    m_kind = kind;
    if (wasStandard)
        m_port->setValue(standardPort(m_lastMode));
}

quint16 ServerSettingsForm::standardPort(net::TlsMode mode) const
{
    switch (m_kind) {
    case Kind::Imap:
        return accounts::defaultIncomingPort(accounts::Protocol::Imap, mode);
    case Kind::Pop3:
        return accounts::defaultIncomingPort(accounts::Protocol::Pop3, mode);
    case Kind::Smtp:
        break;
    }
    return accounts::defaultSmtpPort(mode);
}

void ServerSettingsForm::onSecurityChanged()
{
    const auto mode = static_cast<net::TlsMode>(m_security->currentData().toInt());
    if (m_port->value() == standardPort(m_lastMode))
        m_port->setValue(standardPort(mode));
    m_lastMode = mode;
    emit changed();
}

void ServerSettingsForm::setSettings(const accounts::ServerSettings &settings)
{
    const QSignalBlocker blockSecurity(m_security);
    m_host->setText(settings.host);
    m_security->setCurrentIndex(m_security->findData(static_cast<int>(settings.tls)));
    m_lastMode = settings.tls;
    m_port->setValue(settings.port == 0 ? standardPort(settings.tls) : settings.port);
    m_user->setText(settings.user);
    m_trust = settings.trust;
    emit changed();
}

accounts::ServerSettings ServerSettingsForm::settings() const
{
    accounts::ServerSettings s;
    s.host = m_host->text().trimmed();
    s.port = static_cast<quint16>(m_port->value());
    s.tls = static_cast<net::TlsMode>(m_security->currentData().toInt());
    s.user = m_user->text().trimmed();
    s.trust = m_trust;
    return s;
}

void ServerSettingsForm::setSourceText(const QString &text)
{
    m_source->setText(text);
    m_source->setVisible(!text.isEmpty());
}

} // namespace lb::ui
