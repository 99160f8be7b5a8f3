// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace lb::imap {

// For protocol logs of raw client lines, where no Command (with its sensitive chunks, see
// Command::loggable) is at hand: hides the password of "tag LOGIN user password" and the
// initial response of "tag AUTHENTICATE mech response". Other lines come back unchanged.
// A SASL response sent on its own line after "+" cannot be recognised from the line alone:
// log it through Command::loggable, or use redactedContinuationLine().
[[nodiscard]] QByteArray redactClientLine(QByteArrayView line);
// What to log instead of a client line answering an AUTHENTICATE challenge.
[[nodiscard]] QByteArray redactedContinuationLine();

} // namespace lb::imap
