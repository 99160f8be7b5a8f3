// SPDX-License-Identifier: GPL-3.0-or-later
// "Re: " and "Fwd: " subjects that do not stack, whatever language the prefixes came in.
#pragma once

#include <QString>
#include <QStringView>

namespace lb::mime {

// The subject without its leading reply prefixes ("Re:", "RE:", "Aw:", "Sv:", "Antw:",
// "Odp:", "Réf:", "回复:", "Re[2]:", "Re(3):", ...), also those after a leading "[list]" tag.
[[nodiscard]] QString stripReplyPrefixes(QStringView subject);

// The subject without its leading forward prefixes ("Fwd:", "Fw:", "WG:", "TR:", "RV:", ...).
[[nodiscard]] QString stripForwardPrefixes(QStringView subject);

// "Re: " once in front of the subject stripped of reply prefixes: "RE: Aw: Hi" -> "Re: Hi",
// "[list] Re: Hi" -> "Re: [list] Hi"; a forward prefix stays ("Re: Fwd: Hi").
[[nodiscard]] QString replySubject(QStringView subject);

// "Fwd: " once in front of the subject stripped of forward prefixes: "Fw: Hi" -> "Fwd: Hi".
[[nodiscard]] QString forwardSubject(QStringView subject);

} // namespace lb::mime
