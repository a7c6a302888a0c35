#pragma once

#include "asm/AsmSchema.h"

#include <QByteArrayList>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace rb::test {

QString testDataDir();
// tests/data/oneroster/<name>
QString oneRosterFixture(const QString &name);
// Copies a fixture folder's files into dir (which must exist).
void copyFolder(const QString &from, const QString &to);
void writeFile(const QString &path, const QByteArray &content);
// dir/name, created if missing.
QString subfolder(const QTemporaryDir &dir, const QString &name);
QByteArray readFile(const QString &path);
// Zips every file of a folder at the zip's root.
void zipFolder(const QString &folder, const QString &zipPath);

// A table of an ASM package (zip or folder) parsed in Apple's dialect, header row first.
QList<QByteArrayList> readAsmTable(const QString &package, AsmTable table);
// The row whose first column is key, or an empty list.
QByteArrayList rowWithKey(const QList<QByteArrayList> &table, const QByteArray &key);
// Value of a named column in a row of the table.
QByteArray column(const QList<QByteArrayList> &table, const QByteArrayList &row,
                  const QByteArray &name);

struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
ProcessResult run(const QString &program, const QStringList &args, int timeoutMs = 300000);
// The same with its own environment (secrets in ROSTERBRIDGE_* variables, logging rules) and,
// when input is not null, that on its standard input.
ProcessResult run(const QString &program, const QStringList &args,
                  const QProcessEnvironment &environment, int timeoutMs = 300000,
                  const QByteArray &input = {});
// The same, with this thread's event loop running meanwhile, for a command that talks to a
// server the test itself serves.
ProcessResult runServing(const QString &program, const QStringList &args,
                         const QProcessEnvironment &environment, int timeoutMs = 60000);
QString appBinary();
QString generatorBinary();
QString devServerBinary();

// A tiny generated export (run date 2026-09-01) in folder whose class "cls-00002" has a space
// in its id: readable, but its package breaks Apple's rules 20 times. False when it could not
// be written.
bool writeExportBreakingAppleRules(const QString &folder);

} // namespace rb::test
