// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/AccountSettings.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace lb::ui {

// Host, port, security and user name of one server: the manual setup of the wizard and the
// account settings dialog. Changing the security picks that mode's standard port when the
// port was the previous mode's standard one (the user's own port stays).
class ServerSettingsForm : public QWidget
{
    Q_OBJECT
public:
    enum class Kind
    {
        Imap,
        Pop3,
        Smtp
    };

    explicit ServerSettingsForm(Kind kind, QWidget *parent = nullptr);

    void setKind(Kind kind);
    void setSettings(const accounts::ServerSettings &settings);
    // The edited values; the trust settings given to setSettings() are kept unchanged.
    [[nodiscard]] accounts::ServerSettings settings() const;
    // "From the provider database", shown under the fields; empty hides it.
    void setSourceText(const QString &text);

signals:
    void changed();

private:
    void onSecurityChanged();
    [[nodiscard]] quint16 standardPort(net::TlsMode mode) const;

    Kind m_kind;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QComboBox *m_security = nullptr;
    QLineEdit *m_user = nullptr;
    QLabel *m_source = nullptr;
    net::TrustSettings m_trust;
    net::TlsMode m_lastMode = net::TlsMode::Implicit;
};

} // namespace lb::ui
