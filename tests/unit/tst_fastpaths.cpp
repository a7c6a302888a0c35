// The quicker ways through a large district give what the plain ways give: the deflate that
// runs on every core, and the sort in buckets.
#include "common/BucketSort.h"
#include "common/ParallelDeflater.h"

#include <QRandomGenerator>
#include <QTest>

#include <zlib.h>

#include <algorithm>

using namespace rb;

namespace {

QByteArray inflateRaw(const QByteArray &deflated, bool *ok)
{
    z_stream stream{};
    *ok = inflateInit2(&stream, -MAX_WBITS) == Z_OK;
    QByteArray out;
    QByteArray buffer(1 << 16, Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(deflated.constData()));
    stream.avail_in = uInt(deflated.size());
    int rc = Z_OK;
    while (*ok && rc != Z_STREAM_END) {
        stream.next_out = reinterpret_cast<Bytef *>(buffer.data());
        stream.avail_out = uInt(buffer.size());
        rc = inflate(&stream, Z_NO_FLUSH);
        *ok = rc == Z_OK || rc == Z_STREAM_END;
        out.append(buffer.constData(), buffer.size() - qsizetype(stream.avail_out));
    }
    // Nothing may follow the final block.
    *ok = *ok && stream.avail_in == 0;
    inflateEnd(&stream);
    return out;
}

// Keeps what the deflater gives, as the packager's zip entry would.
void collectInto(ParallelDeflater *deflater, QByteArray *out)
{
    deflater->setSink([out](QByteArrayView piece) {
        out->append(piece);
        return true;
    });
}

// Roster-like text: compressible, but not a single repeated byte.
QByteArray rosterText(qsizetype size)
{
    QByteArray text;
    QRandomGenerator random(7);
    while (text.size() < size) {
        text += "ros-" + QByteArray::number(random.bounded(9000000)) + ",cls-" +
                QByteArray::number(random.bounded(60000)) + ",stu-" +
                QByteArray::number(random.bounded(500000)) + "\r\n";
    }
    text.truncate(size);
    return text;
}

} // namespace

class TestFastPaths : public QObject
{
    Q_OBJECT

private slots:
    void deflatedPiecesMakeOneStream_data()
    {
        QTest::addColumn<qsizetype>("size");
        const qsizetype chunk = ParallelDeflater::kChunkSize;
        QTest::newRow("empty") << qsizetype(0);
        QTest::newRow("one byte") << qsizetype(1);
        QTest::newRow("a chunk less one") << chunk - 1;
        QTest::newRow("exactly a chunk") << chunk;
        QTest::newRow("a chunk and one") << chunk + 1;
        QTest::newRow("three chunks and a bit") << 3 * chunk + 4099;
    }
    void deflatedPiecesMakeOneStream()
    {
        QFETCH(qsizetype, size);
        const QByteArray text = rosterText(size);
        ParallelDeflater deflater(Z_BEST_SPEED);
        QByteArray deflated;
        collectInto(&deflater, &deflated);
        // Fed in uneven pieces, as a file is read.
        for (qsizetype at = 0; at < text.size();) {
            const qsizetype n = qMin<qsizetype>(text.size() - at, 777777);
            QVERIFY(deflater.add(text.constData() + at, n));
            at += n;
        }
        QVERIFY(deflater.finish());
        QCOMPARE(deflater.size(), qint64(size));
        QCOMPARE(deflater.crc(), quint32(crc32(crc32(0, nullptr, 0),
                                               reinterpret_cast<const Bytef *>(text.constData()),
                                               uInt(text.size()))));
        bool ok = false;
        QCOMPARE(inflateRaw(deflated, &ok), text);
        QVERIFY(ok);
        if (size > 0)
            QVERIFY(deflated.size() < size / 2 + 64);
    }

    void deflateDependsOnTheBytesOnly()
    {
        const QByteArray text = rosterText(5 * ParallelDeflater::kChunkSize + 12345);
        QByteArray first;
        for (int threads : {1, 2, 5}) {
            ParallelDeflater deflater(Z_BEST_SPEED, threads);
            QByteArray deflated;
            collectInto(&deflater, &deflated);
            QVERIFY(deflater.add(text.constData(), text.size()));
            QVERIFY(deflater.finish());
            if (first.isEmpty())
                first = deflated;
            else
                QCOMPARE(deflated, first);
        }
        // The same deflater takes the next file afresh.
        ParallelDeflater deflater(Z_BEST_SPEED);
        QByteArray deflated;
        collectInto(&deflater, &deflated);
        QVERIFY(deflater.add("abc", 3));
        QVERIFY(deflater.finish());
        deflater.clear();
        deflated.clear();
        QVERIFY(deflater.add("xyz\n", 4));
        QVERIFY(deflater.finish());
        bool ok = false;
        QCOMPARE(inflateRaw(deflated, &ok), QByteArray("xyz\n"));
        QVERIFY(ok);
        QCOMPARE(deflater.size(), qint64(4));
    }

    void bucketSortMatchesSort_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<quint32>("range"); // 0: any 32-bit key
        QTest::newRow("small, plain sort") << 100 << quint32(50);
        QTest::newRow("uniform") << 200000 << quint32(0);
        QTest::newRow("few values, long runs") << 100000 << quint32(3);
        QTest::newRow("one bucket") << 50000 << (quint32(1) << 24);
    }
    void bucketSortMatchesSort()
    {
        QFETCH(int, count);
        QFETCH(quint32, range);
        struct Row
        {
            quint32 key, order;
        };
        QRandomGenerator random(count);
        std::vector<Row> rows;
        for (int i = 0; i < count; ++i)
            rows.push_back({range == 0 ? random.generate() : random.bounded(range), quint32(i)});
        const auto less = [](const Row &a, const Row &b) {
            return a.key != b.key ? a.key < b.key : a.order < b.order;
        };
        std::vector<Row> expected = rows;
        std::sort(expected.begin(), expected.end(), less);
        bucketSort(
            rows, 256, [](const Row &r) { return r.key >> 24; }, less);
        QVERIFY(std::equal(
            rows.begin(), rows.end(), expected.begin(), expected.end(),
            [](const Row &a, const Row &b) { return a.key == b.key && a.order == b.order; }));
    }
};

QTEST_GUILESS_MAIN(TestFastPaths)
#include "tst_fastpaths.moc"
