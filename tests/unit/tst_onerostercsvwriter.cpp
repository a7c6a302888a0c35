#include <oneroster/OneRosterCsvWriter.h>

#include <QBuffer>
#include <QRegularExpression>
#include <QTest>

#include <cstring>
#include <functional>

using namespace Qt::StringLiterals;
using rb::OneRosterCsvWriter;

namespace {

// Records each write, and fails once a byte budget is spent.
class RecordingDevice : public QIODevice
{
public:
    explicit RecordingDevice(qint64 failAfter = -1)
        : m_failAfter(failAfter)
    {
        open(QIODevice::WriteOnly);
    }
    QByteArray data;
    int writes = 0;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *bytes, qint64 size) override
    {
        if (m_failAfter >= 0 && data.size() + size > m_failAfter) {
            setErrorString(u"disk full"_s);
            return -1;
        }
        ++writes;
        data.append(bytes, size);
        return size;
    }

private:
    qint64 m_failAfter;
};

QByteArray written(const std::function<void(OneRosterCsvWriter &)> &fill,
                   OneRosterCsvWriter::LineEnding ending = OneRosterCsvWriter::LineEnding::CrLf)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        OneRosterCsvWriter writer(&buffer, ending);
        fill(writer);
        if (!writer.flush())
            return "<error>";
    }
    return buffer.data();
}

} // namespace

class TestOneRosterCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void quoting_data()
    {
        QTest::addColumn<QByteArray>("field");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("plain") << QByteArray("stu-000123") << QByteArray("stu-000123");
        QTest::newRow("empty") << QByteArray() << QByteArray();
        QTest::newRow("spaces kept unquoted") << QByteArray(" a b ") << QByteArray(" a b ");
        QTest::newRow("comma") << QByteArray("Smith, Jr.") << QByteArray("\"Smith, Jr.\"");
        QTest::newRow("quote") << QByteArray("\"Jay\"") << QByteArray("\"\"\"Jay\"\"\"");
        QTest::newRow("inner quote") << QByteArray("a\"b") << QByteArray("\"a\"\"b\"");
        QTest::newRow("LF") << QByteArray("a\nb") << QByteArray("\"a\nb\"");
        QTest::newRow("CR") << QByteArray("a\rb") << QByteArray("\"a\rb\"");
        QTest::newRow("apostrophe") << QByteArray("O'Brien") << QByteArray("O'Brien");
        QTest::newRow("semicolon") << QByteArray("a;b") << QByteArray("a;b");
        QTest::newRow("utf8") << u"Nguyễn 李"_s.toUtf8() << u"Nguyễn 李"_s.toUtf8();
    }
    void quoting()
    {
        QFETCH(QByteArray, field);
        QFETCH(QByteArray, expected);
        QCOMPARE(OneRosterCsvWriter::encodeField(field), expected);
        QCOMPARE(OneRosterCsvWriter::needsQuotes(field), expected != field);
        QCOMPARE(written([&](OneRosterCsvWriter &w) { w.writeRow({field}); }), expected + "\r\n");
    }

    void rowsAndLineEndings()
    {
        const auto fill = [](OneRosterCsvWriter &w) {
            w.writeRow({"sourcedId", "title"});
            w.writeRow({"cls-00001", "Algebra I, Period 2"});
            w.writeRow(QStringList{u"cls-00002"_s, u"\"Honors\" Biology"_s});
        };
        QCOMPARE(written(fill), QByteArray("sourcedId,title\r\n"
                                           "cls-00001,\"Algebra I, Period 2\"\r\n"
                                           "cls-00002,\"\"\"Honors\"\" Biology\"\r\n"));
        QCOMPARE(written(fill, OneRosterCsvWriter::LineEnding::Lf),
                 QByteArray("sourcedId,title\n"
                            "cls-00001,\"Algebra I, Period 2\"\n"
                            "cls-00002,\"\"\"Honors\"\" Biology\"\n"));
    }

    void fieldByField()
    {
        const QByteArray out = written([](OneRosterCsvWriter &w) {
            w.addField("a");
            w.addField(QByteArrayView());
            w.addField(u"Zoë"_s);
            w.endRow();
            w.endRow(); // an empty row is just a line end
            w.addField(QByteArrayView());
            w.addField(QByteArrayView());
            w.endRow();
        });
        QCOMPARE(out, u"a,,Zoë\r\n\r\n,\r\n"_s.toUtf8());
    }

    void lists()
    {
        QCOMPARE(OneRosterCsvWriter::joinList({"sch-0001", "sch-0002"}),
                 QByteArray("sch-0001,sch-0002"));
        QCOMPARE(OneRosterCsvWriter::joinList({"09"}), QByteArray("09"));
        QCOMPARE(OneRosterCsvWriter::joinList({}), QByteArray());
        const QByteArray out = written([](OneRosterCsvWriter &w) {
            w.writeRow({"x", OneRosterCsvWriter::joinList({"t1", "t2"})});
        });
        QCOMPARE(out, QByteArray("x,\"t1,t2\"\r\n"));
    }

    void countsRowsAndBytes()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        OneRosterCsvWriter writer(&buffer);
        QCOMPARE(writer.rowCount(), 0);
        writer.writeRow({"a", "b"});
        writer.writeRow({"c"});
        QCOMPARE(writer.rowCount(), 2);
        QCOMPARE(writer.bytesWritten(), qint64(strlen("a,b\r\nc\r\n")));
        // Still buffered until flushed.
        QCOMPARE(buffer.data().size(), 0);
        QVERIFY(writer.flush());
        QCOMPARE(buffer.data(), QByteArray("a,b\r\nc\r\n"));
        QCOMPARE(writer.bytesWritten(), buffer.data().size());
    }

    void writesInChunks()
    {
        RecordingDevice device;
        QByteArray expected;
        {
            OneRosterCsvWriter writer(&device, OneRosterCsvWriter::LineEnding::Lf, 1000);
            for (int i = 0; i < 5000; ++i) {
                const QByteArray id = "enr-" + QByteArray::number(i);
                writer.writeRow({id, "a,\"b\""});
                expected += id + ",\"a,\"\"b\"\"\"\n";
            }
            QVERIFY(writer.flush());
            QVERIFY(!writer.hasError());
        }
        QCOMPARE(device.data, expected);
        // About one write per thousand bytes, not one per row.
        QVERIFY2(device.writes > 50 && device.writes < 200,
                 QByteArray::number(device.writes).constData());
    }

    void destructorFlushes()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        {
            OneRosterCsvWriter writer(&buffer);
            writer.writeRow({"a"});
        }
        QCOMPARE(buffer.data(), QByteArray("a\r\n"));
    }

    void reportsWriteErrors()
    {
        RecordingDevice device(100);
        OneRosterCsvWriter writer(&device, OneRosterCsvWriter::LineEnding::CrLf, 64);
        for (int i = 0; i < 100; ++i)
            writer.writeRow({"stu-000001", "José", "O'Brien"});
        QVERIFY(writer.hasError());
        QVERIFY(!writer.flush());
        QVERIFY2(writer.errorString().contains(u"disk full"_s), qPrintable(writer.errorString()));
        QVERIFY(device.data.size() <= 100);
        QCOMPARE(writer.rowCount(), 100);
    }

    void reportsMissingOrClosedDevice()
    {
        OneRosterCsvWriter noDevice(nullptr);
        noDevice.writeRow({"a"});
        QVERIFY(!noDevice.flush());
        QVERIFY(!noDevice.errorString().isEmpty());

        QBuffer readOnly;
        readOnly.open(QIODevice::ReadOnly);
        OneRosterCsvWriter writer(&readOnly);
        writer.writeRow({"a"});
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u".*ReadOnly.*|.*not open.*"_s));
        QVERIFY(!writer.flush());
        QVERIFY(writer.hasError());
    }
};

QTEST_GUILESS_MAIN(TestOneRosterCsvWriter)
#include "tst_onerostercsvwriter.moc"
