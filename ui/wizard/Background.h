// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QPromise>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace lb::ui {

// Runs blocking work (network, keyring) on the thread pool; the caller watches the future
// with a QFutureWatcher on the GUI thread, which never waits. The work owns everything it
// uses, so closing the window before it ends is safe: the results are dropped.
template <typename T>
[[nodiscard]] QFuture<T> runInBackground(std::function<void(QPromise<T> &)> work)
{
    auto promise = std::make_shared<QPromise<T>>();
    QFuture<T> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, work = std::move(work)] {
        work(*promise);
        promise->finish();
    });
    return future;
}

} // namespace lb::ui
