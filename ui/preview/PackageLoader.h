#pragma once

#include "asm/AsmSchema.h"
#include "preview/PackageDiffer.h"

#include <QObject>
#include <QString>

#include <array>
#include <memory>

class QTemporaryDir;

namespace rb {

class BackgroundJob;
class CsvTableIndex;

// Extracts the six tables of a package zip into a private temporary folder and indexes them,
// on a worker thread, in file order (rosters, the largest, last). Each table is reported as soon
// as it is ready.
// The folder lives as long as the loader: whoever reads the tables must be gone before it.
class PackageLoader : public QObject
{
    Q_OBJECT

public:
    explicit PackageLoader(const QString &zipPath, QObject *parent = nullptr);
    ~PackageLoader() override;

    void start();
    QString zipPath() const { return m_zipPath; }
    // Null until loaded, and when the table could not be loaded (see problem()).
    std::shared_ptr<const CsvTableIndex> table(AsmTable table) const;
    const TableSet &tables() const { return m_tables; }
    QString problem(AsmTable table) const { return m_problems[size_t(table)]; }
    bool isLoaded(AsmTable table) const { return m_loaded[size_t(table)]; }
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void tableLoaded(rb::AsmTable table);
    void finished();

private:
    QString m_zipPath;
    std::unique_ptr<QTemporaryDir> m_folder;
    BackgroundJob *m_job;
    TableSet m_tables;
    std::array<QString, kAsmTables.size()> m_problems;
    std::array<bool, kAsmTables.size()> m_loaded{};
    bool m_finished = false;
};

} // namespace rb
