// SPDX-License-Identifier: GPL-3.0-or-later
// Address fields (From, To, Cc, Reply-To): RFC 5322 3.4 mailbox lists.
#pragma once

#include "common/Result.h"
#include "mime/Message.h"

#include <QByteArray>
#include <vector>

namespace lb::mime {

class FoldedField;

// The address (local@domain) as it goes into a header and the SMTP envelope, or an error
// when it is not one: whitespace, controls, angle brackets or commas outside a quoted local
// part could end the field or smuggle in another recipient. Non-ASCII (RFC 6532) and IDN
// domains are kept as written; the address is trimmed.
[[nodiscard]] Result<QByteArray> validateAddress(const QString &address);

// True when the address needs SMTPUTF8 / RFC 6532 (it is not all ASCII).
[[nodiscard]] bool isInternationalAddress(const QString &address);

// Writes "Name <local@domain>, other@domain" into field; display names are quoted or
// encoded as needed. Fails on the first invalid address.
[[nodiscard]] Result<void> writeAddressList(FoldedField &field,
                                            const std::vector<Mailbox> &mailboxes);

// A whole folded field for mailboxes, e.g. formatAddressField("To", list).
[[nodiscard]] Result<QByteArray> formatAddressField(QByteArrayView name,
                                                    const std::vector<Mailbox> &mailboxes);

} // namespace lb::mime
