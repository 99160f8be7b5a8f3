// SPDX-License-Identifier: GPL-3.0-or-later
// The senders whose remote images the user chose to load always, kept in QSettings.
#pragma once

#include <QString>

class QSettings;

namespace lb::ui {

class RemoteImagePolicy
{
public:
    // settings: where the choice lives; nullptr: the application's QSettings.
    explicit RemoteImagePolicy(QSettings *settings = nullptr);

    [[nodiscard]] bool isSenderAllowed(const QString &address) const;
    void allowSender(const QString &address);
    void forgetSender(const QString &address);

private:
    QSettings *m_settings;
};

} // namespace lb::ui
