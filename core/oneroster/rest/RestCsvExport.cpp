#include "RestCsvExport.h"

#include "RestJson.h"
#include "oneroster/OneRosterFiles.h"

#include <QDir>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace rb {

Q_LOGGING_CATEGORY(lcRestExport, "rosterbridge.oneroster.rest.export")

RestCsvExport::RestCsvExport(OneRosterVersion version, QString folder)
    : m_converter(version)
    , m_folder(std::move(folder))
{
}

RestCsvExport::~RestCsvExport()
{
    // Files still open here belong to a run that stopped early and reports why itself.
    (void)closeFiles();
}

Result<void> RestCsvExport::open()
{
    QDir dir(m_folder);
    if (!dir.mkpath(u"."_s)) {
        return Failure{tr("the folder %1 could not be created").arg(m_folder)};
    }
    if (dir.exists(u"manifest.csv"_s) && !dir.remove(u"manifest.csv"_s)) {
        return Failure{tr("the old manifest.csv in %1 could not be removed").arg(m_folder)};
    }
    return {};
}

Result<void> RestCsvExport::beginCollection(RestCollection collection)
{
    if (Result<void> closed = closeFiles(); !closed)
        return closed;
    m_recordNumber = 0;
    const QStringList files = m_converter.filesFor(collection);
    for (const QString &name : files) {
        OpenFile f;
        f.name = name;
        f.file = std::make_unique<QFile>(QDir(m_folder).filePath(name));
        if (!f.file->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            return Failure{
                tr("%1 could not be written: %2").arg(f.file->fileName(), f.file->errorString())};
        }
        if (!m_written.contains(name))
            m_written.append(name);
        f.writer = std::make_unique<OneRosterCsvWriter>(f.file.get());
        f.writer->writeRow(OneRosterFiles::header(name, m_converter.version()));
        m_rows.insert(name, 0);
        m_open.push_back(std::move(f));
    }
    return {};
}

Result<void> RestCsvExport::writeRecords(RestCollection collection, const QJsonArray &records,
                                         QStringList *problems)
{
    if (m_open.empty()) {
        return Failure{tr("no file is open for %1").arg(restCollectionInfo(collection).name)};
    }
    OneRosterCsvWriter &main = *m_open.front().writer;
    OneRosterCsvWriter *roles = m_open.size() > 1 ? m_open[1].writer.get() : nullptr;
    for (const QJsonValue value : records) {
        ++m_recordNumber;
        const QJsonObject record = value.toObject();
        const ConvertedRecord c = m_converter.convert(collection, record);
        main.writeRow(c.row);
        ++m_rows[m_open.front().name];
        if (roles) {
            for (const QByteArrayList &row : c.roles) {
                roles->writeRow(row);
                ++m_rows[m_open[1].name];
            }
        }
        for (const QString &p : c.problems)
            problems->append(tr("record %1 (sourcedId \"%2\"): %3")
                                 .arg(m_recordNumber)
                                 .arg(QString::fromUtf8(c.row.value(0)), p));
    }
    for (const OpenFile &f : m_open) {
        if (f.writer->hasError()) {
            return Failure{tr("%1 could not be written: %2").arg(f.name, f.writer->errorString())};
        }
    }
    return {};
}

Result<void> RestCsvExport::endCollection()
{
    return closeFiles();
}

Result<void> RestCsvExport::closeFiles()
{
    // Every file is closed; the first failure is the one reported.
    Result<void> result;
    for (OpenFile &f : m_open) {
        if (!f.writer->flush() && result)
            result =
                Failure{tr("%1 could not be written: %2").arg(f.name, f.writer->errorString())};
        f.writer.reset();
        if (!f.file->flush() && result)
            result = Failure{tr("%1 could not be written: %2").arg(f.name, f.file->errorString())};
        f.file->close();
        qCDebug(lcRestExport) << "wrote" << f.name << m_rows.value(f.name) << "rows";
    }
    m_open.clear();
    return result;
}

Result<void> RestCsvExport::finish(const QString &systemName)
{
    if (Result<void> closed = closeFiles(); !closed)
        return closed;
    QFile file(QDir(m_folder).filePath(u"manifest.csv"_s));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return Failure{tr("%1 could not be written: %2").arg(file.fileName(), file.errorString())};
    }
    OneRosterCsvWriter writer(&file);
    writer.writeRow({"propertyName", "value"});
    writer.writeRow({"manifest.version", "1.0"});
    writer.writeRow({QByteArrayView("oneroster.version"),
                     QByteArrayView(oneRosterVersionName(m_converter.version()).toUtf8())});
    for (const QString &name : OneRosterFiles::manifestFiles(m_converter.version())) {
        const bool present = m_written.contains(name + u".csv"_s);
        writer.writeRow(QStringList{u"file."_s + name, present ? u"bulk"_s : u"absent"_s});
    }
    if (!systemName.isEmpty())
        writer.writeRow(QStringList{u"source.systemName"_s, systemName});
    if (!writer.flush() || !file.flush()) {
        return Failure{tr("%1 could not be written: %2")
                           .arg(file.fileName(),
                                writer.hasError() ? writer.errorString() : file.errorString())};
    }
    file.close();
    m_written.append(u"manifest.csv"_s);
    return {};
}

void RestCsvExport::discard()
{
    // The files are removed next, so how they closed does not matter.
    (void)closeFiles();
    QDir dir(m_folder);
    for (const QString &name : std::as_const(m_written))
        dir.remove(name);
    m_written.clear();
}

} // namespace rb
