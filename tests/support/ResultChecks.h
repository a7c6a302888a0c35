#pragma once

#include <QTest>

// Like QVERIFY, for an rb::Result: a failure shows the Result's own message.
#define RB_VERIFY_OK(expression)                                                                   \
    do {                                                                                           \
        const auto &rbVerifiedResult = (expression);                                               \
        QVERIFY2(rbVerifiedResult.ok(), qPrintable(rbVerifiedResult.error()));                     \
    } while (false)
