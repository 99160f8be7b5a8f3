// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <cassert>
#include <utility>
#include <variant>

namespace lb {

// A value or an error. A small stand-in for std::expected (C++23), which our compilers lack.
// E is lb::Error or a type derived from it that carries more (net::NetError carries the
// certificate); such a result still hands its error to a plain Result<U> by slicing.
template <typename T, typename E = Error> class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::in_place_index<0>, std::move(value)) {}
    Result(E error) : m_state(std::in_place_index<1>, std::move(error)) {}

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
    [[nodiscard]] const E &error() const
    {
        assert(!ok());
        return std::get<1>(m_state);
    }

    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

private:
    std::variant<T, E> m_state;
};

// Result<void>: success or an error.
struct Ok
{
};

template <typename E> class [[nodiscard]] Result<void, E>
{
public:
    Result() = default;
    Result(Ok) {}
    Result(E error) : m_error(std::move(error)), m_failed(true) {}

    [[nodiscard]] bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const E &error() const
    {
        assert(m_failed);
        return m_error;
    }

private:
    // A plain member and a flag rather than std::optional: GCC 12 warns falsely about
    // optional payloads being used uninitialized.
    E m_error;
    bool m_failed = false;
};

} // namespace lb
