// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "net/NetError.h"

namespace lb::net {

// Result<T> for the transport: the error is a NetError (kind, certificate), which still
// converts to lb::Error where only the sentence matters.
template <typename T> using NetResult = Result<T, NetError>;

} // namespace lb::net
