// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "net/NetError.h"

#include <cassert>
#include <utility>
#include <variant>

namespace lb::net {

// Result<T> for the transport: the error is a NetError (kind, certificate), which still
// converts to lb::Error where only the sentence matters.
template <typename T> class [[nodiscard]] NetResult
{
public:
    NetResult(T value) : m_state(std::in_place_index<0>, std::move(value)) {}
    NetResult(NetError error) : m_state(std::in_place_index<1>, std::move(error)) {}

    [[nodiscard]] bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    [[nodiscard]] T &value() &
    {
        assert(ok());
        return std::get<0>(m_state);
    }
    [[nodiscard]] const T &value() const &
    {
        assert(ok());
        return std::get<0>(m_state);
    }
    [[nodiscard]] T &&value() &&
    {
        assert(ok());
        return std::get<0>(std::move(m_state));
    }
    [[nodiscard]] const NetError &error() const
    {
        assert(!ok());
        return std::get<1>(m_state);
    }

private:
    std::variant<T, NetError> m_state;
};

template <> class [[nodiscard]] NetResult<void>
{
public:
    NetResult() = default;
    NetResult(Ok) {}
    NetResult(NetError error) : m_error(std::move(error)) {}

    [[nodiscard]] bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const NetError &error() const
    {
        assert(!ok());
        return *m_error;
    }

private:
    std::optional<NetError> m_error;
};

} // namespace lb::net
