// SPDX-License-Identifier: GPL-3.0-or-later
// Where a new message starts: empty, or from a stored message through the core's reply and
// forward builders. Pure over the Store the caller passes: no widgets here.
#pragma once

#include "common/Result.h"
#include "common/StrongId.h"
#include "composer/ComposerAccount.h"
#include "mime/compose/OutgoingMessage.h"

#include <vector>

namespace lb::store {
class Store;
}

namespace lb::ui {

enum class ComposeMode
{
    New,
    Reply,
    ReplyAll,
    ForwardInline,
    ForwardAsAttachment,
};

struct ComposeStart
{
    AccountId account;
    mime::OutgoingMessage message;
};

// The account a stored message belongs to (through its folder).
[[nodiscard]] Result<AccountId> accountOfMessage(store::Store &store, MessageId message);

// A reply or forward of `original` written as `account`; signature from the account.
// `allAccounts` supplies the user's other addresses (never replied to in reply-all).
[[nodiscard]] Result<ComposeStart> startFrom(store::Store &store, MessageId original,
                                             ComposeMode mode, const ComposerAccount &account,
                                             const std::vector<ComposerAccount> &allAccounts);

// An empty message from `account`.
[[nodiscard]] ComposeStart startNew(const ComposerAccount &account);

} // namespace lb::ui
