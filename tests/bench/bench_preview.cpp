// The package preview on a large rosters.csv: extracting and indexing it, reading rows from the
// lazy model, searching, comparing with a previous package, and the whole dialog. Prints the
// figures and the peak resident memory of each part.
//
//   build/tests/bench/bench_preview [--rows N] [--keep DIR]
//
// It synthesizes a package whose rosters.csv has N rows (1,000,000 by default) with students,
// classes and staff to match, and a previous package in which every 100th roster has another
// roster_id and the last 1,000 rosters are extra.
#include "asm/AsmPackage.h"
#include "asm/AsmSchema.h"
#include "common/Findings.h"
#include "pipeline/AsmDiff.h"
#include "preview/CsvTableIndex.h"
#include "preview/LazyCsvModel.h"
#include "preview/PackageChanges.h"
#include "preview/PackageDiffer.h"
#include "preview/PreviewDialog.h"
#include "preview/RowFinder.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <quazip.h>
#include <quazipfile.h>

#include <cstdio>

using namespace rb;

namespace {

long vmHwmKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (QByteArray line = status.readLine(); !line.isEmpty(); line = status.readLine()) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

// Starts a new peak: each part's figure is its own, not the synthesis before it.
void resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

class ZipWriter
{
public:
    explicit ZipWriter(const QString &path)
        : m_zip(path)
    {
        if (!m_zip.open(QuaZip::mdCreate))
            qFatal("cannot create %s", qPrintable(path));
    }
    ~ZipWriter() { m_zip.close(); }

    void begin(AsmTable table)
    {
        m_file = std::make_unique<QuaZipFile>(&m_zip);
        // Level 1, as AsmPackager writes.
        if (!m_file->open(QIODevice::WriteOnly, QuaZipNewInfo(asmFileName(table)), nullptr, 0,
                          Z_DEFLATED, 1))
            qFatal("cannot add %s", qPrintable(asmFileName(table)));
        line(asmHeader(table).join(','));
    }
    void line(const QByteArray &text)
    {
        m_buffer += text;
        m_buffer += '\n';
        if (m_buffer.size() > 1024 * 1024)
            flush();
    }
    void end()
    {
        flush();
        m_file->close();
    }

private:
    void flush()
    {
        m_file->write(m_buffer);
        m_buffer.clear();
    }

    QuaZip m_zip;
    std::unique_ptr<QuaZipFile> m_file;
    QByteArray m_buffer;
};

struct Shape
{
    qint64 rosters;
    qint64 students() const { return rosters / 10; }
    qint64 classes() const { return std::max<qint64>(rosters / 25, 10); }
    qint64 staff() const { return std::max<qint64>(classes() / 20, 1); }
    qint64 courses() const { return 100; }
};

void synthesize(const QString &path, const Shape &shape, bool previous)
{
    const auto n = [](qint64 i) {
        return QByteArray::number(i);
    };
    ZipWriter zip(path);
    zip.begin(AsmTable::Locations);
    zip.line("L1,\"North High\"");
    zip.end();
    zip.begin(AsmTable::Students);
    for (qint64 i = 0; i < shape.students(); ++i)
        zip.line("S" + n(i) + ',' + n(i) + ",First" + n(i) + ",,Last" + n(i) + ",9,,,,L1");
    zip.end();
    zip.begin(AsmTable::Staff);
    for (qint64 i = 0; i < shape.staff(); ++i)
        zip.line("T" + n(i) + ",,Tara,,Moss" + n(i) + ",,,L1");
    zip.end();
    zip.begin(AsmTable::Courses);
    for (qint64 i = 0; i < shape.courses(); ++i)
        zip.line("C" + n(i) + ",,\"Course " + n(i) + "\",L1");
    zip.end();
    zip.begin(AsmTable::Classes);
    for (qint64 i = 0; i < shape.classes(); ++i) {
        zip.line("K" + n(i) + ',' + n(i) + ",C" + n(i % shape.courses()) + ",T" +
                 n(i % shape.staff()) + ",,,L1,\"Class " + n(i) + '"');
    }
    zip.end();
    zip.begin(AsmTable::Rosters);
    const qint64 rows = previous ? shape.rosters + 1000 : shape.rosters;
    for (qint64 i = 0; i < rows; ++i) {
        const QByteArray id = (previous && i % 100 == 0 ? "P" : "R") + n(i);
        zip.line(id + ",K" + n(i % shape.classes()) + ",S" + n((i / 10) % shape.students()));
    }
    zip.end();
}

TableSet extractAll(const QString &zip, const QString &folder)
{
    Findings findings;
    const auto package = AsmPackage::open(zip, &findings);
    if (!package)
        qFatal("cannot open %s", qPrintable(zip));
    QDir().mkpath(folder);
    const std::atomic_bool cancel{false};
    TableSet set;
    for (AsmTable t : kAsmTables) {
        auto extracted =
            CsvTableIndex::extract(*package, t, QDir(folder).filePath(asmFileName(t)), cancel);
        if (!extracted || !*extracted)
            qFatal("%s", qPrintable(extracted.error()));
        set[size_t(t)] = std::move(*extracted);
    }
    return set;
}

void print(const char *what, const QString &value)
{
    std::printf("%-40s %s\n", what, qPrintable(value));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QLoggingCategory::setFilterRules(
        QStringLiteral("rosterbridge.*.debug=false\nrosterbridge.*.info=false"));
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Roster rows."),
                                        QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption keep(
        QStringLiteral("keep"), QStringLiteral("Folder that caches the synthesized packages."),
        QStringLiteral("dir"), QDir::tempPath() + QStringLiteral("/rosterbridge-bench-preview"));
    parser.addOptions({rowsOption, keep});
    parser.process(app);
    const Shape shape{parser.value(rowsOption).toLongLong()};
    QDir().mkpath(parser.value(keep));
    const QString stem = QDir(parser.value(keep)).filePath(QString::number(shape.rosters));
    const QString current = stem + QStringLiteral("-current.zip");
    const QString previous = stem + QStringLiteral("-previous.zip");
    if (!QFileInfo::exists(current) || !QFileInfo::exists(previous)) {
        QElapsedTimer timer;
        timer.start();
        synthesize(current, shape, false);
        synthesize(previous, shape, true);
        print("synthesized packages", QStringLiteral("%1 ms").arg(ms(timer), 0, 'f', 0));
    }
    print("package", QStringLiteral("%1 (%2 MB zipped)")
                         .arg(current)
                         .arg(double(QFileInfo(current).size()) / 1e6, 0, 'f', 1));

    QTemporaryDir work;
    const std::atomic_bool cancel{false};
    resetPeak();
    QElapsedTimer timer;
    timer.start();
    Findings findings;
    const auto package = AsmPackage::open(current, &findings);
    const auto extracted = CsvTableIndex::extract(
        *package, AsmTable::Rosters, work.filePath(QStringLiteral("rosters.csv")), cancel);
    if (!extracted || !*extracted)
        qFatal("%s", qPrintable(extracted.error()));
    const std::shared_ptr<const CsvTableIndex> rosters = *extracted;
    print("extract + index rosters.csv", QStringLiteral("%1 ms (%2 rows, %3 MB)")
                                             .arg(ms(timer), 0, 'f', 0)
                                             .arg(rosters->rowCount())
                                             .arg(double(rosters->fileSize()) / 1e6, 0, 'f', 1));

    const qsizetype last = rosters->rowCount() - 1;
    {
        LazyCsvModel model(rosters);
        timer.restart();
        const QString first = model.index(0, 0).data().toString();
        print("first data(), row 0",
              QStringLiteral("%1 ms (%2)").arg(ms(timer), 0, 'f', 3).arg(first));
    }
    LazyCsvModel model(rosters);
    timer.restart();
    const QString lastValue = model.index(int(last), 0).data().toString();
    print("first data(), last row",
          QStringLiteral("%1 ms (%2)").arg(ms(timer), 0, 'f', 3).arg(lastValue));
    QRandomGenerator random(42);
    timer.restart();
    qint64 chars = 0;
    for (int i = 0; i < 1000; ++i) {
        const int row = int(random.bounded(quint32(rosters->rowCount())));
        chars += model.index(row, int(random.bounded(3u))).data().toString().size();
    }
    const double randomMs = ms(timer);
    // 1000 calls: the total in ms is the average in µs.
    print("1000 random data()", QStringLiteral("%1 ms (%2 µs each, %3 chars)")
                                    .arg(randomMs, 0, 'f', 1)
                                    .arg(randomMs, 0, 'f', 1)
                                    .arg(chars));
    timer.restart();
    const qsizetype hit = RowFinder(*rosters, lastValue).find(0, cancel);
    print("search to the last row (raw scan)",
          QStringLiteral("%1 ms (row %2)").arg(ms(timer), 0, 'f', 0).arg(hit));
    timer.restart();
    const qsizetype none = RowFinder(*rosters, QStringLiteral("ü-nowhere")).find(0, cancel);
    print("search, value by value (no match)",
          QStringLiteral("%1 ms (row %2)").arg(ms(timer), 0, 'f', 0).arg(none));
    print("peak RSS: index + model + search", QStringLiteral("%1 MiB").arg(vmHwmKiB() / 1024));

    resetPeak();
    timer.restart();
    const TableSet now = extractAll(current, work.filePath(QStringLiteral("c")));
    const TableSet before = extractAll(previous, work.filePath(QStringLiteral("p")));
    print("extract + index both packages", QStringLiteral("%1 ms").arg(ms(timer), 0, 'f', 0));
    timer.restart();
    const PackageChanges changes = PackageDiffer::compare(&before, now, cancel);
    const TableChanges &r = changes.table(AsmTable::Rosters);
    print("compare with previous", QStringLiteral("%1 ms (rosters: %2 changed, %3 removed)")
                                       .arg(ms(timer), 0, 'f', 0)
                                       .arg(r.changed)
                                       .arg(r.removed));
    {
        // The same comparison by core, which keeps samples only, for reference.
        timer.restart();
        Findings diffFindings;
        const auto previousPackage = AsmPackage::open(previous, &diffFindings);
        const AsmDiffResult core = AsmDiff().compare(previousPackage.get(), *package);
        print("core AsmDiff on the zips (reference)",
              QStringLiteral("%1 ms (rosters: %2 changed, %3 removed)")
                  .arg(ms(timer), 0, 'f', 0)
                  .arg(core.table(AsmTable::Rosters).changed)
                  .arg(core.table(AsmTable::Rosters).removed));
    }
    print("peak RSS: compare", QStringLiteral("%1 MiB").arg(vmHwmKiB() / 1024));

    resetPeak();
    timer.restart();
    PreviewInput input;
    input.packagePath = current;
    input.previousPackagePath = previous;
    PreviewDialog dialog(input);
    double shown = 0;
    QObject::connect(&dialog, &PreviewDialog::ready, &app, [&] {
        shown = ms(timer);
        app.quit();
    });
    dialog.show();
    print("dialog constructed and shown", QStringLiteral("%1 ms").arg(ms(timer), 0, 'f', 0));
    app.exec();
    print("dialog ready (load, validate, compare)", QStringLiteral("%1 ms").arg(shown, 0, 'f', 0));
    print("peak RSS: dialog", QStringLiteral("%1 MiB").arg(vmHwmKiB() / 1024));
    return 0;
}
