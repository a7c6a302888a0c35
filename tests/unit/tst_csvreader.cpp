#include "oneroster/CsvReader.h"

#include <QBuffer>
#include <QTest>

#include <cstring>

using namespace rb;

namespace {

// A device that yields a prefix and then `size` copies of one byte, made up as they are read,
// so a test can feed a huge record without holding it and can see how much the reader took.
class RepeatDevice : public QIODevice
{
public:
    RepeatDevice(QByteArray prefix, char fill, qint64 size)
        : m_prefix(std::move(prefix))
        , m_fill(fill)
        , m_left(size)
    {
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        qint64 n = 0;
        while (n < maxSize && m_prefixPos < m_prefix.size())
            data[n++] = m_prefix.at(m_prefixPos++);
        const qint64 more = qMin(maxSize - n, m_left);
        std::memset(data + n, m_fill, size_t(more));
        m_left -= more;
        return n + more;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_prefix;
    qsizetype m_prefixPos = 0;
    char m_fill;
    qint64 m_left;
};

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT
private:
    static QList<QByteArrayList> parse(const QByteArray &input)
    {
        QBuffer buffer;
        buffer.setData(input);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer, QStringLiteral("t.csv"));
        QList<QByteArrayList> rows;
        while (reader.next()) {
            QByteArrayList fields;
            for (qsizetype i = 0; i < reader.fieldCount(); ++i)
                fields.append(reader.fieldBytes(i));
            rows.append(fields);
        }
        return rows;
    }

private slots:
    void records_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QList<QByteArrayList>>("expected");
        using L = QList<QByteArrayList>;
        QTest::newRow("lf") << QByteArray("a,b\n1,2\n") << L{{"a", "b"}, {"1", "2"}};
        QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n") << L{{"a", "b"}, {"1", "2"}};
        QTest::newRow("no final newline") << QByteArray("a,b\n1,2") << L{{"a", "b"}, {"1", "2"}};
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBFid,x\n1,2\n") << L{{"id", "x"}, {"1", "2"}};
        QTest::newRow("empty fields") << QByteArray("a,,c,\n") << L{{"a", "", "c", ""}};
        QTest::newRow("quoted comma") << QByteArray("\"Smith, Jr.\",x\n") << L{{"Smith, Jr.", "x"}};
        QTest::newRow("doubled quote") << QByteArray("\"\"\"Jay\"\"\",x\n") << L{{"\"Jay\"", "x"}};
        QTest::newRow("quoted list") << QByteArray("id,\"t1,t2\"\n") << L{{"id", "t1,t2"}};
        QTest::newRow("newline in quotes")
            << QByteArray("\"a\nb\",c\nd,e\n") << L{{"a\nb", "c"}, {"d", "e"}};
        QTest::newRow("crlf in quotes") << QByteArray("\"a\r\nb\",c\r\n") << L{{"a\r\nb", "c"}};
        QTest::newRow("utf8") << QByteArray("Zoë,José,李\n") << L{{"Zoë", "José", "李"}};
        QTest::newRow("blank lines skipped") << QByteArray("a\n\n\nb\n") << L{{"a"}, {"b"}};
        QTest::newRow("empty quoted") << QByteArray("\"\",x\n") << L{{"", "x"}};
    }
    void records()
    {
        QFETCH(QByteArray, input);
        QFETCH(QList<QByteArrayList>, expected);
        QCOMPARE(parse(input), expected);
    }

    void lineNumbersFollowQuotedNewlines()
    {
        QBuffer buffer;
        buffer.setData("h\n\"two\nlines\"\nthird\r\n\r\nfifth\n");
        buffer.open(QIODevice::ReadOnly);
        CsvReader r(&buffer, QStringLiteral("t.csv"));
        QList<qint64> lines;
        while (r.next())
            lines.append(r.line());
        QCOMPARE(lines, (QList<qint64>{1, 2, 4, 6}));
    }

    void recordErrors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<qint64>("line");
        QTest::addColumn<qsizetype>("field");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("stray quote") << QByteArray("h\nab\"c,d\n") << qint64(2) << qsizetype(0)
                                     << QStringLiteral("double quote");
        QTest::newRow("text after quote") << QByteArray("h\nx,\"a\"b\n") << qint64(2)
                                          << qsizetype(1) << QStringLiteral("closing quote");
        QTest::newRow("latin1") << QByteArray("h\nok,Jos\xE9\n") << qint64(2) << qsizetype(1)
                                << QStringLiteral("UTF-8");
        // Records with no quote are checked in place, commas and all.
        QTest::newRow("cut by a comma")
            << QByteArray("h\na\xC3,b\n") << qint64(2) << qsizetype(0) << QStringLiteral("UTF-8");
        QTest::newRow("overlong") << QByteArray("h\n\xC0\xAF\n") << qint64(2) << qsizetype(0)
                                  << QStringLiteral("UTF-8");
        QTest::newRow("surrogate") << QByteArray("h\na,b,\xED\xA0\x80\n") << qint64(2)
                                   << qsizetype(2) << QStringLiteral("UTF-8");
    }
    void recordErrors()
    {
        QFETCH(QByteArray, input);
        QFETCH(qint64, line);
        QFETCH(qsizetype, field);
        QFETCH(QString, messagePart);
        QBuffer buffer;
        buffer.setData(input);
        buffer.open(QIODevice::ReadOnly);
        CsvReader r(&buffer, QStringLiteral("t.csv"));
        QVERIFY(r.next());
        QVERIFY(!r.hasRecordError());
        QVERIFY(r.next());
        QVERIFY(r.hasRecordError());
        QCOMPARE(r.line(), line);
        QCOMPARE(r.recordErrorField(), field);
        QVERIFY2(r.recordError().contains(messagePart), qPrintable(r.recordError()));
        QVERIFY(!r.next());
        QVERIFY(!r.hasFatalError());
    }

    void unterminatedQuoteIsFatal()
    {
        QBuffer buffer;
        buffer.setData("h\nx\n\"never closed,\nmore\n");
        buffer.open(QIODevice::ReadOnly);
        CsvReader r(&buffer, QStringLiteral("t.csv"));
        QVERIFY(r.next());
        QVERIFY(r.next());
        QVERIFY(!r.next());
        QVERIFY(r.hasFatalError());
        QCOMPARE(r.fatalErrorLine(), qint64(3));
    }

    void overlongRecordIsFatal_data()
    {
        QTest::addColumn<QByteArray>("prefix");
        QTest::newRow("unquoted") << QByteArray("h\nx\n");
        QTest::newRow("quoted") << QByteArray("h\nx\n\"");
    }
    void overlongRecordIsFatal()
    {
        // One endless line must be refused once it passes the cap, not read into memory whole.
        QFETCH(QByteArray, prefix);
        const qint64 huge = 8 * qint64(CsvReader::kMaxRecordBytes);
        RepeatDevice device(prefix, 'a', huge);
        device.open(QIODevice::ReadOnly);
        CsvReader r(&device, QStringLiteral("t.csv"));
        QVERIFY(r.next());
        QVERIFY(r.next());
        QVERIFY(!r.next());
        QVERIFY(r.hasFatalError());
        QCOMPARE(r.fatalErrorLine(), qint64(3));
        QCOMPARE(r.fatalError(), QStringLiteral("the record that starts on line 3 is longer than "
                                                "16 MiB; no OneRoster record is that long"));
        QVERIFY2(r.bytesRead() < CsvReader::kMaxRecordBytes + 4 * 1024 * 1024,
                 qPrintable(QString::number(r.bytesRead())));
        QVERIFY(!r.next());
    }

    void tooManyFieldsIsFatal()
    {
        QByteArray atLimit = "h\n" + QByteArray(CsvReader::kMaxFields - 1, ',') + "\n";
        QBuffer ok(&atLimit);
        ok.open(QIODevice::ReadOnly);
        CsvReader accepted(&ok, QStringLiteral("t.csv"));
        QVERIFY(accepted.next());
        QVERIFY(accepted.next());
        QCOMPARE(accepted.fieldCount(), CsvReader::kMaxFields);
        QVERIFY(!accepted.hasFatalError());

        // A line of commas holds no bytes but would grow the field list without end.
        RepeatDevice device("h\n", ',', 64 * 1024 * 1024);
        device.open(QIODevice::ReadOnly);
        CsvReader r(&device, QStringLiteral("t.csv"));
        QVERIFY(r.next());
        QVERIFY(!r.next());
        QVERIFY(r.hasFatalError());
        QCOMPARE(r.fatalErrorLine(), qint64(2));
        QCOMPARE(r.fatalError(), QStringLiteral("the record that starts on line 2 has more than "
                                                "4096 fields; no OneRoster file has that many "
                                                "columns"));
        QVERIFY(r.bytesRead() < 4 * 1024 * 1024);
    }

    void lineEndsAtChunkEdges_data()
    {
        // Plain records are read in place, others through the quoting reader; a line end
        // that falls on the 1 MiB edge of a read must come out the same either way.
        QTest::addColumn<QByteArray>("end");
        QTest::addColumn<bool>("quoted");
        QTest::newRow("CR LF, plain") << QByteArray("\r\n") << false;
        QTest::newRow("CR alone, plain") << QByteArray("\r") << false;
        QTest::newRow("LF, plain") << QByteArray("\n") << false;
        QTest::newRow("CR LF, quoted") << QByteArray("\r\n") << true;
        QTest::newRow("CR alone, quoted") << QByteArray("\r") << true;
    }
    void lineEndsAtChunkEdges()
    {
        QFETCH(QByteArray, end);
        QFETCH(bool, quoted);
        constexpr qsizetype kChunk = 1 << 20;
        QByteArray input = "id,name,grade\n";
        QList<QByteArrayList> expected;
        int i = 0;
        // Fill up to a line whose end starts on the last byte of the first chunk.
        while (input.size() < kChunk - 200) {
            const QByteArray id = "stu-" + QByteArray::number(i++);
            input += id + ",Zoë " + id + ",07" + end;
            expected.append({id, "Zoë " + id, "07"});
        }
        const QByteArray name = quoted ? QByteArray("\"Lee, Ann\"") : QByteArray("Lee Ann");
        QByteArray last = "stu-edge," + name + ",";
        const qsizetype pad = kChunk - 1 - input.size() - last.size();
        QVERIFY(pad > 0);
        last += QByteArray(pad, '9');
        input += last + end;
        QCOMPARE(input.indexOf(end.at(0), kChunk - 2), kChunk - 1);
        expected.append({"stu-edge", quoted ? "Lee, Ann" : "Lee Ann", QByteArray(pad, '9')});
        input += "stu-after,Ann,08" + end + "stu-final,Bo,09";
        expected.append({"stu-after", "Ann", "08"});
        expected.append({"stu-final", "Bo", "09"});

        QBuffer buffer(&input);
        buffer.open(QIODevice::ReadOnly);
        CsvReader r(&buffer, QStringLiteral("t.csv"));
        QVERIFY(r.next());
        for (qsizetype row = 0; row < expected.size(); ++row) {
            QVERIFY2(r.next(), qPrintable(QString::number(row)));
            QByteArrayList fields;
            for (qsizetype f = 0; f < r.fieldCount(); ++f)
                fields.append(r.fieldBytes(f));
            QCOMPARE(fields, expected.at(row));
            QCOMPARE(r.line(), qint64(row + 2));
            QVERIFY(!r.hasRecordError());
        }
        QVERIFY(!r.next());
        QVERIFY(!r.hasFatalError());
    }

    void recordsSpanningChunks()
    {
        // Records that straddle the reader's 1 MiB chunks must come out whole.
        QByteArray input = "id,name\n";
        for (int i = 0; i < 100000; ++i)
            input += QByteArray::number(i) + ",\"Name, with comma " + QByteArray::number(i) +
                     " and \"\"quotes\"\"\"\r\n";
        QBuffer buffer;
        buffer.setData(input);
        buffer.open(QIODevice::ReadOnly);
        CsvReader r(&buffer, QStringLiteral("t.csv"));
        QVERIFY(r.next());
        int count = 0;
        while (r.next()) {
            QCOMPARE(r.fieldCount(), qsizetype(2));
            QCOMPARE(r.field(0), QByteArray::number(count));
            const QByteArray expected =
                "Name, with comma " + QByteArray::number(count) + " and \"quotes\"";
            QCOMPARE(r.field(1), expected);
            QVERIFY(!r.hasRecordError());
            ++count;
        }
        QCOMPARE(count, 100000);
        QVERIFY(input.size() > 3 * 1024 * 1024);
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
