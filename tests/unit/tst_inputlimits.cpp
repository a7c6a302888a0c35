#include "ConversionFixture.h"

#include "asm/AsmPackage.h"
#include "common/ZipEntryDevice.h"
#include "oneroster/CsvReader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <zlib.h>

using namespace rb;
using namespace rb::test;

namespace {

// The process's peak resident memory in KiB, after an optional reset (Linux only).
qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

void resetPeakRss()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

// Adds one entry whose content is `prefix` followed by `count` copies of `fill`, written in
// pieces so the test never holds it whole.
void addEntry(QuaZip *zip, const QString &name, const QByteArray &prefix, char fill = 0,
              qint64 count = 0, int method = Z_DEFLATED)
{
    QuaZipFile out(zip);
    QVERIFY(out.open(QIODevice::WriteOnly, QuaZipNewInfo(name), nullptr, 0, method));
    out.write(prefix);
    const QByteArray piece(1024 * 1024, fill);
    for (qint64 left = count; left > 0; left -= piece.size())
        out.write(piece.constData(), qMin<qint64>(left, piece.size()));
    out.close();
    QCOMPARE(out.getZipError(), 0);
}

void writeLE32(QByteArray *bytes, qsizetype at, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        (*bytes)[at + i] = char((value >> (8 * i)) & 0xFF);
}

// Makes the zip at `path` declare `size` bytes and `crc` for `entry`, in the local header and
// in the central directory alike, as a crafted zip would.
void declare(const QString &path, const QString &entry, quint32 size, quint32 crc)
{
    QByteArray bytes = readFile(path);
    const QByteArray name = entry.toUtf8();
    int patched = 0;
    for (qsizetype at = bytes.indexOf("PK\x03\x04"); at >= 0;
         at = bytes.indexOf("PK\x03\x04", at + 4)) {
        if (bytes.mid(at + 30, name.size()) == name) {
            writeLE32(&bytes, at + 14, crc);
            writeLE32(&bytes, at + 22, size);
            ++patched;
        }
    }
    for (qsizetype at = bytes.indexOf("PK\x01\x02"); at >= 0;
         at = bytes.indexOf("PK\x01\x02", at + 4)) {
        if (bytes.mid(at + 46, name.size()) == name) {
            writeLE32(&bytes, at + 16, crc);
            writeLE32(&bytes, at + 24, size);
            ++patched;
        }
    }
    QCOMPARE(patched, 2);
    writeFile(path, bytes);
}

quint32 crcOf(const QByteArray &bytes)
{
    return quint32(crc32(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef *>(bytes.constData()),
                         uInt(bytes.size())));
}

// A OneRoster zip of the 1.1 fixture whose users.csv is `usersPrefix` and `count` x `fill`.
void writeOneRosterZip(const QString &zipPath, const QByteArray &usersPrefix, char fill = 0,
                       qint64 count = 0)
{
    const QString folder = oneRosterFixture(QStringLiteral("v11-basic"));
    QuaZip zip(zipPath);
    QVERIFY(zip.open(QuaZip::mdCreate));
    const auto files = QDir(folder).entryList(QDir::Files, QDir::Name);
    for (const QString &f : files) {
        if (f == u"users.csv")
            addEntry(&zip, f, usersPrefix, fill, count);
        else
            addEntry(&zip, f, readFile(QDir(folder).filePath(f)));
    }
    zip.close();
}

// Reads the device to its end or its first error; returns the bytes it delivered.
qint64 drain(QIODevice *device, bool *failed)
{
    QByteArray buffer(1024 * 1024, Qt::Uninitialized);
    qint64 total = 0;
    for (;;) {
        const qint64 got = device->read(buffer.data(), buffer.size());
        if (got <= 0) {
            *failed = got < 0;
            return total;
        }
        total += got;
    }
}

} // namespace

// Hostile or broken input (a zip bomb, one endless CSV line, a zip that lies about its sizes)
// must be refused with a message naming the file, in bounded memory.
class TestInputLimits : public QObject
{
    Q_OBJECT

    ConversionFixture m_fixture;

private slots:
    void hugeLineInSmallZip()
    {
        // A few hundred KB of zip holding one line of 256 MiB: the CSV record cap refuses it
        // long before the line is read whole.
        const QByteArray users = ConversionFixture::fixtureFile(QStringLiteral("users.csv"));
        QVERIFY(users.endsWith('\n'));
        const qint64 hugeLine = users.count('\n') + 1;
        const QString zip = m_fixture.path(QStringLiteral("huge-line.zip"));
        writeOneRosterZip(zip, users, 'x', qint64(256) * 1024 * 1024);
        QVERIFY(QFileInfo(zip).size() < 2 * 1024 * 1024);

        resetPeakRss();
        const qint64 before = peakRssKiB();
        auto out = m_fixture.convert(zip, ConversionFixture::filtersOn(QDate(2026, 9, 1)));
        const qint64 after = peakRssKiB();
        QVERIFY(!out->ok);
        const QString lines = out->findings.lines().join(u'\n');
        const QString expected =
            QStringLiteral("users.csv:%1: the record that starts on line %1 is longer than 16 "
                           "MiB; no OneRoster record is that long")
                .arg(hugeLine);
        QVERIFY2(lines.contains(expected), qPrintable(lines));
        if (before > 0)
            QVERIFY2(after - before < 128 * 1024,
                     qPrintable(QStringLiteral("peak grew by %1 KiB").arg(after - before)));
    }

    void oneRosterEntryLongerThanDeclared()
    {
        // users.csv claims to be its first 100 bytes, with the checksum of those bytes: reading
        // must stop there and refuse it, not deliver a silently shortened file.
        const QByteArray users = ConversionFixture::fixtureFile(QStringLiteral("users.csv"));
        const QString zip = m_fixture.path(QStringLiteral("lying.zip"));
        writeOneRosterZip(zip, users);
        declare(zip, QStringLiteral("users.csv"), 100, crcOf(users.left(100)));
        auto out = m_fixture.convert(zip, ConversionFixture::filtersOn(QDate(2026, 9, 1)));
        QVERIFY(!out->ok);
        const QString lines = out->findings.lines().join(u'\n');
        QVERIFY2(lines.contains(u"\"users.csv\" in the zip is damaged: it holds more data than "
                                u"the zip directory says."),
                 qPrintable(lines));
    }

    void asmEntryLongerThanDeclared()
    {
        const QString folder = m_fixture.path(QStringLiteral("asm"));
        QDir().mkpath(folder);
        const QString zipPath = QDir(folder).filePath(QStringLiteral("up.zip"));
        const QByteArray students = "person_id,person_number,first_name\n1,1,Ann\n";
        {
            QuaZip zip(zipPath);
            QVERIFY(zip.open(QuaZip::mdCreate));
            for (AsmTable table : kAsmTables) {
                // The students table goes on for 64 MiB past what the directory declares.
                if (table == AsmTable::Students)
                    addEntry(&zip, asmFileName(table), students, 'x', qint64(64) * 1024 * 1024);
                else
                    addEntry(&zip, asmFileName(table), "a,b\n1,2\n");
            }
            zip.close();
        }
        declare(zipPath, QStringLiteral("students.csv"), quint32(students.size()), crcOf(students));
        Findings findings;
        const auto package = AsmPackage::open(zipPath, &findings);
        QVERIFY(package);
        Result<std::unique_ptr<QIODevice>> opened = package->openTable(AsmTable::Students);
        QVERIFY2(opened, qPrintable(opened.error()));
        const std::unique_ptr<QIODevice> device = std::move(*opened);
        bool failed = false;
        const qint64 got = drain(device.get(), &failed);
        QVERIFY(failed);
        QVERIFY(got <= students.size());
        QCOMPARE(device->errorString(), QStringLiteral("\"students.csv\" in the zip is damaged: "
                                                       "it holds more data than the zip "
                                                       "directory says."));
    }

    void entryOverTheLimitIsRefused()
    {
        const QString zipPath = m_fixture.path(QStringLiteral("big.zip"));
        {
            QuaZip zip(zipPath);
            QVERIFY(zip.open(QuaZip::mdCreate));
            addEntry(&zip, QStringLiteral("big.csv"), "h\n", 'x', 2 * 1024 * 1024);
            zip.close();
        }
        ZipEntryDevice refused(zipPath, QStringLiteral("big.csv"), 1024 * 1024);
        QVERIFY(!refused.open(QIODevice::ReadOnly));
        QCOMPARE(refused.errorString(), QStringLiteral("\"big.csv\" in the zip unpacks to 2.0 "
                                                       "MiB; entries larger than 1.0 MiB are "
                                                       "refused."));
        ZipEntryDevice accepted(zipPath, QStringLiteral("big.csv"), 4 * 1024 * 1024);
        QVERIFY(accepted.open(QIODevice::ReadOnly));
        bool failed = true;
        QCOMPARE(drain(&accepted, &failed), qint64(2 * 1024 * 1024 + 2));
        QVERIFY(!failed);
        QVERIFY(ZipEntryDevice::kMaxEntrySize >= qint64(4) * 1024 * 1024 * 1024);
    }

    void storedAndDeflatedEntriesRead_data()
    {
        QTest::addColumn<int>("method");
        QTest::newRow("stored") << 0;
        QTest::newRow("deflated") << int(Z_DEFLATED);
    }
    void storedAndDeflatedEntriesRead()
    {
        QFETCH(int, method);
        const QString zipPath = m_fixture.path(QStringLiteral("m%1.zip").arg(method));
        QByteArray content;
        for (int i = 0; i < 200000; ++i)
            content += QByteArray::number(i) + ",\"name " + QByteArray::number(i * 7) + "\"\n";
        {
            QuaZip zip(zipPath);
            QVERIFY(zip.open(QuaZip::mdCreate));
            addEntry(&zip, QStringLiteral("a.csv"), content, 0, 0, method);
            addEntry(&zip, QStringLiteral("empty.csv"), QByteArray(), 0, 0, method);
            zip.close();
        }
        ZipEntryDevice device(zipPath, QStringLiteral("a.csv"));
        QVERIFY(device.open(QIODevice::ReadOnly));
        QByteArray back;
        QByteArray buffer(70000, Qt::Uninitialized);
        for (qint64 got; (got = device.read(buffer.data(), buffer.size())) > 0;)
            back.append(buffer.constData(), got);
        QVERIFY(!device.failed());
        QCOMPARE(back, content);

        ZipEntryDevice empty(zipPath, QStringLiteral("empty.csv"));
        QVERIFY(empty.open(QIODevice::ReadOnly));
        bool failed = true;
        QCOMPARE(drain(&empty, &failed), qint64(0));
        QVERIFY(!failed);
    }

    void abandonedEntryStopsItsInflater()
    {
        // The entry is inflated ahead on a thread of its own; a reader that stops early (a
        // cancelled run) must neither wait for the rest nor leave that thread behind.
        const QString zipPath = m_fixture.path(QStringLiteral("long.zip"));
        {
            QuaZip zip(zipPath);
            QVERIFY(zip.open(QuaZip::mdCreate));
            addEntry(&zip, QStringLiteral("a.csv"), "id\n", 'x', qint64(256) * 1024 * 1024);
            zip.close();
        }
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 20; ++i) {
            ZipEntryDevice device(zipPath, QStringLiteral("a.csv"));
            QVERIFY(device.open(QIODevice::ReadOnly));
            QByteArray buffer(100000, Qt::Uninitialized);
            QCOMPARE(device.read(buffer.data(), buffer.size()), qint64(buffer.size()));
            QVERIFY(buffer.startsWith("id\nxxx"));
        }
        // Inflating the whole entry 20 times would take many seconds.
        QVERIFY2(timer.elapsed() < 5000, QByteArray::number(timer.elapsed()).constData());
    }

    void truncatedDeflateDataIsDamage()
    {
        // The compressed data is cut short while the directory still declares the full size.
        const QString zipPath = m_fixture.path(QStringLiteral("cut.zip"));
        QByteArray content;
        for (int i = 0; i < 50000; ++i)
            content += QByteArray::number(i * 7919 % 100003) + '\n';
        {
            QuaZip zip(zipPath);
            QVERIFY(zip.open(QuaZip::mdCreate));
            addEntry(&zip, QStringLiteral("a.csv"), content);
            zip.close();
        }
        QByteArray bytes = readFile(zipPath);
        const qsizetype extra = quint8(bytes.at(28)) | (quint8(bytes.at(29)) << 8);
        const qsizetype data = 30 + 5 + extra;
        const qsizetype end = bytes.indexOf("PK\x01\x02");
        // Zero the second half of the compressed stream.
        for (qsizetype i = data + (end - data) / 2; i < end; ++i)
            bytes[i] = 0;
        writeFile(zipPath, bytes);
        ZipEntryDevice device(zipPath, QStringLiteral("a.csv"));
        QVERIFY(device.open(QIODevice::ReadOnly));
        bool failed = false;
        drain(&device, &failed);
        QVERIFY(failed);
        QVERIFY2(device.errorString().startsWith(u"\"a.csv\" in the zip is damaged: "),
                 qPrintable(device.errorString()));
    }
};

QTEST_GUILESS_MAIN(TestInputLimits)
#include "tst_inputlimits.moc"
