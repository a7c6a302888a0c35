#include "TestSupport.h"

#include "asm/AsmCsvParser.h"
#include "asm/AsmPackage.h"
#include "common/Findings.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTest>
#include <QTimer>

#include <quazip.h>
#include <quazipfile.h>

namespace rb::test {

QString testDataDir()
{
    return QStringLiteral(RB_TEST_DATA_DIR);
}

QString oneRosterFixture(const QString &name)
{
    return testDataDir() + QStringLiteral("/oneroster/") + name;
}

void copyFolder(const QString &from, const QString &to)
{
    const QDir src(from);
    const auto files = src.entryList(QDir::Files);
    for (const QString &f : files) {
        QFile::remove(QDir(to).filePath(f));
        if (!QFile::copy(src.filePath(f), QDir(to).filePath(f)))
            qFatal("could not copy %s", qPrintable(f));
        QFile(QDir(to).filePath(f)).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
}

QString subfolder(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    QDir().mkpath(path);
    return path;
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(content) != content.size())
        qFatal("could not write %s", qPrintable(path));
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("could not read %s", qPrintable(path));
    return f.readAll();
}

void zipFolder(const QString &folder, const QString &zipPath)
{
    QuaZip zip(zipPath);
    if (!zip.open(QuaZip::mdCreate))
        qFatal("could not create %s", qPrintable(zipPath));
    const auto files = QDir(folder).entryList(QDir::Files, QDir::Name);
    for (const QString &f : files) {
        QuaZipFile out(&zip);
        if (!out.open(QIODevice::WriteOnly, QuaZipNewInfo(f)))
            qFatal("could not add %s", qPrintable(f));
        out.write(readFile(QDir(folder).filePath(f)));
        out.close();
    }
    zip.close();
}

QList<QByteArrayList> readAsmTable(const QString &package, AsmTable table)
{
    Findings findings;
    auto pkg = AsmPackage::open(package, &findings);
    if (!pkg)
        qFatal("cannot open %s", qPrintable(package));
    const auto device = pkg->openTable(table);
    if (!device)
        qFatal("no %s in %s", qPrintable(asmFileName(table)), qPrintable(package));
    AsmCsvParser parser(device->get(), asmFileName(table));
    QList<QByteArrayList> rows;
    QByteArrayList fields;
    while (parser.readRecord(&fields))
        rows.append(fields);
    return rows;
}

QByteArrayList rowWithKey(const QList<QByteArrayList> &table, const QByteArray &key)
{
    for (qsizetype i = 1; i < table.size(); ++i) {
        if (!table.at(i).isEmpty() && table.at(i).first() == key)
            return table.at(i);
    }
    return {};
}

QByteArray column(const QList<QByteArrayList> &table, const QByteArrayList &row,
                  const QByteArray &name)
{
    const qsizetype i = table.value(0).indexOf(name);
    return i < 0 ? QByteArray("<no column>") : row.value(i);
}

namespace {
// What a process printed and how it ended; one that did not finish in time is killed.
ProcessResult collect(QProcess *p, bool finished)
{
    ProcessResult r;
    if (!finished) {
        p->kill();
        p->waitForFinished();
        r.err = "timed out";
        return r;
    }
    r.exitCode = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
    r.out = p->readAllStandardOutput();
    r.err = p->readAllStandardError();
    return r;
}
} // namespace

ProcessResult run(const QString &program, const QStringList &args, int timeoutMs)
{
    return run(program, args, QProcessEnvironment::systemEnvironment(), timeoutMs);
}

ProcessResult run(const QString &program, const QStringList &args,
                  const QProcessEnvironment &environment, int timeoutMs, const QByteArray &input)
{
    QProcess p;
    p.setProcessEnvironment(environment);
    p.start(program, args);
    ProcessResult r;
    if (!input.isNull()) {
        if (!p.waitForStarted(30000))
            return r;
        p.write(input);
        p.closeWriteChannel();
    }
    return collect(&p, p.waitForFinished(timeoutMs));
}

ProcessResult runServing(const QString &program, const QStringList &args,
                         const QProcessEnvironment &environment, int timeoutMs)
{
    QProcess p;
    p.setProcessEnvironment(environment);
    p.setStandardInputFile(QProcess::nullDevice());
    QEventLoop loop;
    QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&p, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    p.start(program, args);
    loop.exec();
    return collect(&p, p.state() == QProcess::NotRunning);
}

QString appBinary()
{
    return QStringLiteral(RB_APP_BINARY);
}

QString generatorBinary()
{
    return QStringLiteral(RB_GENDISTRICT_BINARY);
}

bool writeExportBreakingAppleRules(const QString &folder)
{
    if (run(generatorBinary(),
            {QStringLiteral("--scale"), QStringLiteral("tiny"), QStringLiteral("--run-date"),
             QStringLiteral("2026-09-01"), QStringLiteral("--folder"), folder})
            .exitCode != 0)
        return false;
    for (const QString &name : {QStringLiteral("classes.csv"), QStringLiteral("enrollments.csv")}) {
        const QString file = QDir(folder).filePath(name);
        writeFile(file, readFile(file).replace("cls-00002,", "cls 00002,"));
    }
    return true;
}

QString devServerBinary()
{
    return QStringLiteral(RB_DEVSERVER_BINARY);
}

} // namespace rb::test
