#include "common/Result.h"

#include <QList>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace rb;

class TestResult : public QObject
{
    Q_OBJECT

    static Result<int> half(int n)
    {
        if (n % 2 != 0)
            return Failure{u"%1 is odd"_s.arg(n)};
        return n / 2;
    }

private slots:
    void valueOrFailure()
    {
        const Result<int> good = half(8);
        QVERIFY(good.ok());
        QCOMPARE(*good, 4);
        QVERIFY(good.error().isEmpty());

        const Result<int> bad = half(7);
        QVERIFY(!bad);
        QCOMPARE(bad.error(), u"7 is odd"_s);
        QCOMPARE(bad.valueOr(-1), -1);
        QCOMPARE(bad.failure().message, u"7 is odd"_s);
    }

    void failureWithoutWordsIsStillAFailure()
    {
        const Result<QString> r = Failure{};
        QVERIFY(!r.ok());
        const Result<void> v = Failure{};
        QVERIFY(!v.ok());
        QVERIFY(Result<void>().ok());
    }

    void movesItsValueOut()
    {
        Result<std::unique_ptr<int>> r = std::make_unique<int>(5);
        QVERIFY(r.ok());
        std::unique_ptr<int> taken = std::move(r).value();
        QCOMPARE(*taken, 5);

        Result<QList<int>> list = QList<int>{1, 2, 3};
        list->append(4);
        QCOMPARE(list->size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestResult)
#include "tst_result.moc"
