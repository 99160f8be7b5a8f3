// SPDX-License-Identifier: GPL-3.0-or-later
// A To/Cc/Bcc line: "Name <a@b.example>, c@d.example". Each entry is checked when the user
// leaves the field; a wrong one is marked and named in the tooltip.
#pragma once

#include "common/Result.h"
#include "mime/Message.h"

#include <QLineEdit>

#include <vector>

namespace lb::ui {

class AddressField : public QLineEdit
{
    Q_OBJECT
public:
    explicit AddressField(QWidget *parent = nullptr);

    void setMailboxes(const std::vector<mime::Mailbox> &mailboxes);
    // Every entry, or an error naming the first that is not an address.
    [[nodiscard]] Result<std::vector<mime::Mailbox>> mailboxes() const;
    // The entries that are addresses (for a draft, which may be unfinished).
    [[nodiscard]] std::vector<mime::Mailbox> validMailboxes() const;
    // Marks the field when an entry is wrong; returns whether all are right.
    bool validate();

private:
    void markInvalid(const QString &why);
};

// Splits at commas and semicolons that are not inside quotes or angle brackets.
[[nodiscard]] QStringList splitAddressEntries(const QString &text);

} // namespace lb::ui
