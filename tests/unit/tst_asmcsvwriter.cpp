#include "asm/AsmCsvParser.h"
#include "asm/AsmCsvWriter.h"
#include "common/Findings.h"

#include <QBuffer>
#include <QTest>

#include <vector>

using namespace rb;

namespace {

// A device whose writes or reads fail, to check that errors are not lost.
class FailingDevice : public QIODevice
{
public:
    explicit FailingDevice(qint64 readableBytes = 0)
        : m_readable(readableBytes)
    {
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_readable <= 0) {
            setErrorString(QStringLiteral("simulated read failure"));
            return -1;
        }
        const qint64 n = qMin(maxSize, m_readable);
        memset(data, 'x', size_t(n));
        m_readable -= n;
        return n;
    }
    qint64 writeData(const char *, qint64) override
    {
        setErrorString(QStringLiteral("disk full"));
        return -1;
    }

private:
    qint64 m_readable;
};

QByteArray write(const QList<QByteArrayList> &rows)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    AsmCsvWriter writer(&buffer);
    for (const QByteArrayList &row : rows)
        writer.writeRow(row);
    if (!writer.finish())
        qWarning() << writer.errorString();
    return buffer.data();
}

QList<QByteArrayList> parse(const QByteArray &bytes, Findings *findings = nullptr,
                            qsizetype chunkSize = 0, QList<qint64> *lines = nullptr)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    AsmCsvParser parser(&buffer, QStringLiteral("t.csv"), findings);
    if (chunkSize > 0)
        parser.setChunkSize(chunkSize);
    QList<QByteArrayList> rows;
    QByteArrayList fields;
    while (parser.readRecord(&fields)) {
        rows.append(fields);
        if (lines)
            lines->append(parser.recordLine());
    }
    return rows;
}

} // namespace

class TestAsmCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void encodeField_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("plain") << QByteArray("S-1001") << QByteArray("S-1001");
        QTest::newRow("empty") << QByteArray() << QByteArray();
        QTest::newRow("space") << QByteArray("North High") << QByteArray("\"North High\"");
        QTest::newRow("comma") << QByteArray("Lee,Ann") << QByteArray("\"Lee,Ann\"");
        QTest::newRow("only spaces") << QByteArray("   ") << QByteArray("\"   \"");
        QTest::newRow("quote, no space") << QByteArray("O\"Neil") << QByteArray("O\\\"Neil");
        QTest::newRow("quote and space")
            << QByteArray("say \"hi\"") << QByteArray("\"say \\\"hi\\\"\"");
        QTest::newRow("backslash") << QByteArray("a\\b") << QByteArray("a\\\\b");
        QTest::newRow("line feed") << QByteArray("a\nb") << QByteArray("a\\nb");
        QTest::newRow("carriage return") << QByteArray("a\rb") << QByteArray("a\\rb");
        QTest::newRow("backslash n literal") << QByteArray("C:\\new") << QByteArray("C:\\\\new");
        QTest::newRow("semicolon") << QByteArray("a;b") << QByteArray("a;b");
        QTest::newRow("tab") << QByteArray("a\tb") << QByteArray("a\tb");
        QTest::newRow("accents") << QByteArray("Zoë Ångström") << QByteArray("\"Zoë Ångström\"");
        QTest::newRow("curly quotes kept")
            << QByteArray("\xE2\x80\x9Cx\xE2\x80\x9D") << QByteArray("\xE2\x80\x9Cx\xE2\x80\x9D");
    }
    void encodeField()
    {
        QFETCH(QByteArray, value);
        QFETCH(QByteArray, encoded);
        QCOMPARE(AsmCsvWriter::encodeField(value), encoded);
        QCOMPARE(AsmCsvWriter::needsQuotes(value), value.contains(' ') || value.contains(','));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QList<QByteArrayList>>("rows");
        QTest::addColumn<qsizetype>("chunkSize");
        using L = QList<QByteArrayList>;
        const L tricky{
            {"person_id", "first_name", "last_name"},
            {"S1", "Ann Marie", "Lee, Jr."},
            {"S2", "say \"hi\"", "back\\slash"},
            {"S3", "two\nlines", "cr\rlf\r\n"},
            {"S4", "", ""},
            {"S5", "   ", " lead"},
            {"S6", "Zoë", "Ørsted-Łukasz"},
            {"S7", "\"", "\\"},
            {"S8", "\\n", "\\\""},
            {"S9", ",", "\"\""},
            {"S10", "trailing\\", "ends with space "},
        };
        for (qsizetype chunk : {qsizetype(0), qsizetype(1), qsizetype(7), qsizetype(64)})
            QTest::addRow("tricky, chunk %lld", qlonglong(chunk)) << tricky << chunk;
        QTest::newRow("single empty field") << L{{"a"}, {""}, {"b"}} << qsizetype(0);
        QTest::newRow("all empty") << L{{"a", "b", "c"}, {"", "", ""}} << qsizetype(3);
        QTest::newRow("huge value")
            << L{{"id", "v"}, {"1", QByteArray(3 * 1024 * 1024, 'x') + " y"}, {"2", "z"}}
            << qsizetype(0);
    }
    void roundTrip()
    {
        QFETCH(QList<QByteArrayList>, rows);
        QFETCH(qsizetype, chunkSize);
        const QByteArray bytes = write(rows);
        QVERIFY(!bytes.contains('\r'));
        QCOMPARE(bytes.count('\n'), rows.size());
        Findings findings;
        QList<qint64> lines;
        QCOMPARE(parse(bytes, &findings, chunkSize, &lines), rows);
        QCOMPARE(findings.totalCount(), qint64(0));
        // One record per physical line, whatever the values contain.
        QList<qint64> expectedLines;
        for (qsizetype i = 1; i <= rows.size(); ++i)
            expectedLines.append(i);
        QCOMPARE(lines, expectedLines);
    }

    void viewOverloadWritesSameBytes()
    {
        const QByteArrayList row{"a b", "c\"d", "", "e"};
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        AsmCsvWriter writer(&buffer);
        const std::vector<QByteArrayView> views(row.cbegin(), row.cend());
        writer.writeRow(views);
        QVERIFY(writer.finish());
        QCOMPARE(writer.rowsWritten(), qint64(1));
        QCOMPARE(buffer.data(), write({row}));
        QCOMPARE(buffer.data(), QByteArray("\"a b\",c\\\"d,,e\n"));
    }

    void writesInChunks()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QByteArray expected;
        {
            AsmCsvWriter writer(&buffer);
            for (int i = 0; i < 100000; ++i) {
                const QByteArray id = "R" + QByteArray::number(i);
                writer.writeRow(QByteArrayList{id, "K1", "S " + QByteArray::number(i)});
                expected += id + ",K1,\"S " + QByteArray::number(i) + "\"\n";
                if (i == 99998) // most of it is already handed over before finish()
                    QVERIFY(buffer.size() >= AsmCsvWriter::kChunkSize);
            }
            QVERIFY(writer.finish());
        }
        QCOMPARE(buffer.data(), expected);
    }

    void writeFailureIsReported()
    {
        FailingDevice device;
        device.open(QIODevice::ReadWrite);
        AsmCsvWriter writer(&device);
        writer.writeRow(QByteArrayList{"a", "b"});
        QVERIFY(!writer.finish());
        QVERIFY(writer.hasError());
        QVERIFY2(writer.errorString().contains(QStringLiteral("disk full")),
                 qPrintable(writer.errorString()));

        QBuffer readOnly;
        readOnly.open(QIODevice::ReadOnly);
        AsmCsvWriter second(&readOnly);
        second.writeRow(QByteArrayList{"a"});
        QVERIFY(!second.finish());
    }

    void parsesEdgeCases_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QList<QByteArrayList>>("expected");
        using L = QList<QByteArrayList>;
        QTest::newRow("empty file") << QByteArray() << L{};
        QTest::newRow("no final newline") << QByteArray("a,b\n1,2") << L{{"a", "b"}, {"1", "2"}};
        QTest::newRow("trailing separator") << QByteArray("a,\n") << L{{"a", ""}};
        QTest::newRow("only newline") << QByteArray("\n") << L{{""}};
        QTest::newRow("quoted without need") << QByteArray("\"a\",\"\"\n") << L{{"a", ""}};
        QTest::newRow("unknown escape kept") << QByteArray("a\\tb,\\x\n") << L{{"a\\tb", "\\x"}};
        QTest::newRow("escapes unquoted") << QByteArray("a\\\"b,c\\\\\n") << L{{"a\"b", "c\\"}};
        QTest::newRow("semicolon header") << QByteArray("id;name\n1;\"A;B C\"\n2;x,y\n")
                                          << L{{"id", "name"}, {"1", "A;B C"}, {"2", "x,y"}};
        QTest::newRow("comma wins when both")
            << QByteArray("id,n;x\n1,2;3\n") << L{{"id", "n;x"}, {"1", "2;3"}};
    }
    void parsesEdgeCases()
    {
        QFETCH(QByteArray, input);
        QFETCH(QList<QByteArrayList>, expected);
        Findings findings;
        QCOMPARE(parse(input, &findings), expected);
        QCOMPARE(findings.errorCount(), qint64(0));
    }

    void syntaxFindings_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QList<QByteArrayList>>("expected");
        QTest::addColumn<QString>("finding");
        QTest::addColumn<qint64>("count");
        using L = QList<QByteArrayList>;
        QTest::newRow("crlf once per file")
            << QByteArray("a,b\r\n1,2\r\n3,4\r\n") << L{{"a", "b"}, {"1", "2"}, {"3", "4"}}
            << QStringLiteral("error csv.crlf t.csv:1: The file uses Windows line ends (CR LF); "
                              "Apple requires \\n line ends.")
            << qint64(1);
        QTest::newRow("bom")
            << QByteArray("\xEF\xBB\xBF"
                          "a,b\n1,2\n")
            << L{{"a", "b"}, {"1", "2"}}
            << QStringLiteral("error csv.bom t.csv:1: The file starts with a UTF-8 byte order "
                              "mark; Apple requires UTF-8 without one.")
            << qint64(1);
        QTest::newRow("utf-16")
            << QByteArray("\xFF\xFEi\0d\0\n\0", 8)
            << L{{QByteArray("\xFF\xFEi\0d\0", 6)}, {QByteArray("\0", 1)}}
            << QStringLiteral("error csv.encoding t.csv:1: The file is encoded as UTF-16; Apple "
                              "requires UTF-8.")
            << qint64(1);
        QTest::newRow("raw cr") << QByteArray("a\n1\r2\n") << L{{"a"}, {"1\r2"}}
                                << QStringLiteral("error csv.cr t.csv:2: A value contains a raw "
                                                  "carriage return; Apple requires it escaped as "
                                                  "\\r.")
                                << qint64(1);
        QTest::newRow("unterminated quote")
            << QByteArray("a,b\n1,\"open\n") << L{{"a", "b"}, {"1", "open"}}
            << QStringLiteral("error csv.quote.unterminated t.csv:2: A quoted value starting at "
                              "column 3 has no closing quote.")
            << qint64(1);
        QTest::newRow("rfc doubled quotes")
            << QByteArray("a,b\n\"say \"\"hi\"\"\",x\n") << L{{"a", "b"}, {"say \"\"hi\"\"\"", "x"}}
            << QStringLiteral("error csv.quote.trailing t.csv:2: Text follows the closing quote "
                              "at column 6; a double quote inside a value must be written as "
                              "\\\".")
            << qint64(1);
        QTest::newRow("unescaped quote")
            << QByteArray("a\nO\"Neil\n") << L{{"a"}, {"O\"Neil"}}
            << QStringLiteral("error csv.quote.unescaped t.csv:2: A double quote at column 2 is "
                              "not escaped; write it as \\\".")
            << qint64(1);
        QTest::newRow("unquoted space warns once")
            << QByteArray("a\nx y\nz w\n") << L{{"a"}, {"x y"}, {"z w"}}
            << QStringLiteral("warning csv.quote.missing t.csv:2: A value that contains a space "
                              "is not in double quotes; Apple asks for quotes around such "
                              "values.")
            << qint64(1);
    }
    void syntaxFindings()
    {
        QFETCH(QByteArray, input);
        QFETCH(QList<QByteArrayList>, expected);
        QFETCH(QString, finding);
        QFETCH(qint64, count);
        Findings findings;
        QCOMPARE(parse(input, &findings), expected);
        QCOMPARE(findings.totalCount(), count);
        const Finding &f = findings.kept().constFirst();
        QCOMPARE(severityName(f.severity) + u' ' + f.code + u' ' + f.toString(), finding);
    }

    void readFailureIsReported()
    {
        FailingDevice device(10);
        device.open(QIODevice::ReadOnly);
        Findings findings;
        AsmCsvParser parser(&device, QStringLiteral("rosters.csv"), &findings);
        QByteArrayList fields;
        QVERIFY(!parser.readRecord(&fields));
        QVERIFY(parser.failed());
        QCOMPARE(findings.errorCount(), qint64(1));
        QCOMPARE(findings.kept().constFirst().toString(),
                 QStringLiteral("rosters.csv:1: Reading the file failed: simulated read failure"));
    }

    void viewsStayValidForTheRecord()
    {
        QBuffer buffer;
        buffer.setData("a,b\\nc,\"d e\"\nf,g,h\n");
        buffer.open(QIODevice::ReadOnly);
        AsmCsvParser parser(&buffer, QStringLiteral("t.csv"));
        parser.setChunkSize(2);
        QList<QByteArrayView> views;
        QVERIFY(parser.readRecord(&views));
        QCOMPARE(views.size(), qsizetype(3));
        QCOMPARE(views.at(0), QByteArrayView("a"));
        QCOMPARE(views.at(1), QByteArrayView("b\nc"));
        QCOMPARE(views.at(2), QByteArrayView("d e"));
        QVERIFY(parser.readRecord(&views));
        QCOMPARE(parser.recordLine(), qint64(2));
        QCOMPARE(views.size(), qsizetype(3));
        QVERIFY(!parser.readRecord(&views));
        QVERIFY(!parser.failed());
    }
};

QTEST_GUILESS_MAIN(TestAsmCsvWriter)
#include "tst_asmcsvwriter.moc"
