// SPDX-License-Identifier: GPL-3.0-or-later
// The quoted original in a reply, and the header block of an inline forward.
#pragma once

#include "mime/Message.h"

#include <QString>
#include <QTimeZone>

namespace lb::mime {

// "Tue, 5 Mar 2024 14:07" in the zone: English names, for attribution lines.
[[nodiscard]] QString attributionDate(const QDateTime &date, const QTimeZone &zone);

// "On Tue, 5 Mar 2024 14:07, Alice Example wrote:" (the address when there is no name;
// without "On <date>, " when the original has no date).
[[nodiscard]] QString attributionLine(const Message &original, const QTimeZone &zone);

// Text with each line quoted: "> " in front, ">" alone for an empty line or one already
// quoted (so "> a" becomes ">> a"). Line breaks are normalised to LF; the original's
// signature (from a "-- " line on) and trailing empty lines are left out.
[[nodiscard]] QString quoteText(QStringView text);

// The original's readable text (plain part, else its HTML as text), LF line breaks.
[[nodiscard]] QString originalText(const Message &original);

// "Name <address>, ..." for a human-readable block; just the address when there is no name.
[[nodiscard]] QString displayAddresses(const std::vector<Mailbox> &mailboxes);

// The "-------- Forwarded Message --------" block: Subject, Date, From, To (and Cc), an
// empty line, then the original text.
[[nodiscard]] QString forwardedBlock(const Message &original, const QTimeZone &zone);

} // namespace lb::mime
