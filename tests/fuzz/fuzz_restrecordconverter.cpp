// libFuzzer target for the REST record converter. The first byte picks the collection and the
// OneRoster version; the rest is what a server might answer: a page envelope ({"users": [...]}),
// an array of records or one record. Whatever the JSON, every converted row must have exactly
// the columns of its CSV header, and written as CSV (as a REST run writes it) and read back with
// CsvReader it must come out unchanged.
#include "oneroster/CsvReader.h"
#include "oneroster/OneRosterCsvWriter.h"
#include "oneroster/OneRosterFiles.h"
#include "oneroster/rest/RestCollection.h"
#include "oneroster/rest/RestRecordConverter.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

void addRecords(const QJsonValue &value, QList<QJsonObject> *records)
{
    if (value.isArray()) {
        for (const QJsonValue v : value.toArray())
            records->append(v.toObject());
    } else if (value.isObject()) {
        records->append(value.toObject());
    }
}

void roundTrip(const QByteArrayList &header, const QList<QByteArrayList> &rows)
{
    QByteArray csv;
    QBuffer out(&csv);
    out.open(QIODevice::WriteOnly);
    {
        rb::OneRosterCsvWriter writer(&out, rb::OneRosterCsvWriter::LineEnding::CrLf, 4096);
        writer.writeRow(header);
        for (const QByteArrayList &row : rows)
            writer.writeRow(row);
        if (!writer.flush())
            std::abort();
    }
    out.close();
    QBuffer in(&csv);
    in.open(QIODevice::ReadOnly);
    rb::CsvReader reader(&in, QStringLiteral("fuzz.csv"));
    if (!reader.next())
        std::abort();
    for (const QByteArrayList &row : rows) {
        if (!reader.next() || reader.hasRecordError() || reader.fieldCount() != row.size())
            std::abort();
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (reader.field(i) != row.at(i))
                std::abort();
        }
    }
    if (reader.next() || reader.hasFatalError())
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QList<rb::RestCollection> &collections = rb::restCollections();
    const rb::RestCollection collection = collections.at(data[0] % collections.size());
    const rb::OneRosterVersion version = (data[0] / collections.size()) % 2
                                             ? rb::OneRosterVersion::V1_2
                                             : rb::OneRosterVersion::V1_1;
    const QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1)));

    QList<QJsonObject> records;
    if (doc.isArray()) {
        addRecords(doc.array(), &records);
    } else if (doc.isObject()) {
        const QJsonObject page = doc.object();
        bool enveloped = false;
        for (const QString &key : rb::restCollectionInfo(collection).envelopeKeys) {
            if (page.contains(key)) {
                addRecords(page.value(key), &records);
                enveloped = true;
            }
        }
        if (!enveloped)
            records.append(page);
    }

    const rb::RestRecordConverter converter(version);
    const QStringList files = converter.filesFor(collection);
    const QByteArrayList header = rb::OneRosterFiles::header(files.at(0), version);
    const QByteArrayList roleHeader =
        files.size() > 1 ? rb::OneRosterFiles::header(files.at(1), version) : QByteArrayList();
    QList<QByteArrayList> rows;
    QList<QByteArrayList> roles;
    for (const QJsonObject &record : std::as_const(records)) {
        const rb::ConvertedRecord converted = converter.convert(collection, record);
        if (converted.row.size() != header.size())
            std::abort();
        for (const QByteArrayList &role : converted.roles) {
            if (role.size() != roleHeader.size())
                std::abort();
            roles.append(role);
        }
        for (const QString &problem : converted.problems) {
            if (problem.isEmpty())
                std::abort();
        }
        rows.append(converted.row);
    }
    roundTrip(header, rows);
    if (!roleHeader.isEmpty())
        roundTrip(roleHeader, roles);
    return 0;
}
