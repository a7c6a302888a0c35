#pragma once

#include "RestRecordConverter.h"
#include "common/Result.h"
#include "oneroster/OneRosterCsvWriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QStringList>

#include <memory>

namespace rb {

// Writes REST records as a OneRoster CSV export (bulk) into a folder, one collection at a time
// and page by page, so that the CSV loader can read it exactly like an export from the SIS.
// manifest.csv is written last and only on success: a folder without it was not finished.
class RestCsvExport
{
    Q_DECLARE_TR_FUNCTIONS(rb::RestCsvExport)
public:
    RestCsvExport(OneRosterVersion version, QString folder);
    ~RestCsvExport();

    RestCsvExport(const RestCsvExport &) = delete;
    RestCsvExport &operator=(const RestCsvExport &) = delete;

    // Creates the folder and removes a manifest.csv left from an earlier run.
    Result<void> open();
    // Opens the collection's file(s) and writes the header(s).
    Result<void> beginCollection(RestCollection collection);
    // Appends records; conversion problems are returned as "record N (sourcedId): ..." lines.
    Result<void> writeRecords(RestCollection collection, const QJsonArray &records,
                              QStringList *problems);
    Result<void> endCollection();
    // Writes manifest.csv: bulk for the files written, absent for the rest.
    Result<void> finish(const QString &systemName);
    // Removes every file this export wrote (after a failed run).
    void discard();

    const QString &folder() const { return m_folder; }
    // Data rows written to a file so far.
    qint64 rows(const QString &fileName) const { return m_rows.value(fileName); }

private:
    struct OpenFile
    {
        QString name;
        std::unique_ptr<QFile> file;
        std::unique_ptr<OneRosterCsvWriter> writer;
    };
    Result<void> closeFiles();

    RestRecordConverter m_converter;
    QString m_folder;
    std::vector<OpenFile> m_open;
    QStringList m_written;
    QHash<QString, qint64> m_rows;
    qint64 m_recordNumber = 0;
};

} // namespace rb
