// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Log.h"

Q_LOGGING_CATEGORY(lcMime, "letterbox.mime", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStore, "letterbox.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcNet, "letterbox.net", QtWarningMsg)
Q_LOGGING_CATEGORY(lcImap, "letterbox.imap", QtWarningMsg)
Q_LOGGING_CATEGORY(lcPop3, "letterbox.pop3", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSmtp, "letterbox.smtp", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSync, "letterbox.sync", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAccounts, "letterbox.accounts", QtWarningMsg)
