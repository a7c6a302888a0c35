#pragma once

#include "common/Result.h"

#include <QDebug>
#include <QTest>

namespace rb::test {

// Moves a call's value into *out; false, with the call's error in the test log, when it failed.
template<typename T>
bool take(Result<T> result, T *out)
{
    if (!result) {
        qWarning().noquote() << result.error();
        return false;
    }
    *out = std::move(result).value();
    return true;
}

// The id a write gave, or 0 (which no row has), with the error in the test log.
inline qint64 rowId(const Result<qint64> &result)
{
    if (!result)
        qWarning().noquote() << result.error();
    return result.valueOr(0);
}

} // namespace rb::test

// Fails the test with the call's own error message.
#define QVERIFY_OK(expr)                                                                           \
    do {                                                                                           \
        const auto rbResult = (expr);                                                              \
        QVERIFY2(rbResult.ok(), qPrintable(rbResult.error()));                                     \
    } while (false)
