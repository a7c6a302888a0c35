#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace rb {

// Why a call that touches files, the network or the database failed, in words for the admin.
// Judging data is not a failure of this kind: that is what Findings are for.
struct Failure
{
    QString message;
};

// A value, or the failure that prevented it. Returned, never thrown and never kept in the
// object that was called: two threads using one object each get their own answer.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(const T &value)
        : m_value(value)
    {
    }
    Result(T &&value)
        : m_value(std::move(value))
    {
    }
    Result(Failure failure)
        : m_error(std::move(failure.message))
    {
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    T &operator*() & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    T valueOr(T fallback) const & { return m_value ? *m_value : std::move(fallback); }

    // Empty when ok().
    const QString &error() const { return m_error; }
    Failure failure() const { return Failure{m_error}; }

private:
    std::optional<T> m_value;
    QString m_error;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Failure failure)
        : m_failed(true)
        , m_error(std::move(failure.message))
    {
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }
    Failure failure() const { return Failure{m_error}; }

private:
    bool m_failed = false;
    QString m_error;
};

} // namespace rb
