#include "KeptRemovalsPackage.h"

#include "ReviewPackage.h"
#include "asm/AsmCsvParser.h"
#include "asm/AsmCsvWriter.h"
#include "asm/AsmPackage.h"
#include "asm/AsmPackager.h"
#include "asm/AsmReferenceIndex.h"
#include "asm/AsmTableLayout.h"
#include "common/Findings.h"
#include "common/Hashing.h"
#include "store/HistoryDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QLoggingCategory>

#include <algorithm>
#include <span>

namespace rb {

Q_LOGGING_CATEGORY(lcKeptRemovals, "rosterbridge.pipeline.keptremovals", QtInfoMsg)

namespace {

constexpr QByteArrayView kLocationPrefix = "location_id_";
constexpr QByteArrayView kInstructorPrefix = "instructor_id_";
constexpr QByteArrayView kDisplayName = "class_display_name";

size_t at(AsmTable table)
{
    return size_t(table);
}

// The N of location_id_N or instructor_id_N; 0 for any other name.
int extraNumber(QByteArrayView name, QByteArrayView prefix)
{
    if (!name.startsWith(prefix) || name.size() == prefix.size() || name.size() > prefix.size() + 4)
        return 0;
    int n = 0;
    for (char c : name.sliced(prefix.size())) {
        if (c < '0' || c > '9')
            return 0;
        n = n * 10 + (c - '0');
    }
    return n;
}

// Apple's columns with as many extra columns as the wider of the two headers has.
QByteArrayList widerHeader(AsmTable table, const QByteArrayList &a, const QByteArrayList &b)
{
    int locations = 1;
    int instructors = 3;
    bool displayName = false;
    for (const QByteArrayList *header : {&a, &b}) {
        for (const QByteArray &name : *header) {
            locations = std::max(locations, extraNumber(name, kLocationPrefix));
            instructors = std::max(instructors, extraNumber(name, kInstructorPrefix));
            displayName = displayName || name == kDisplayName;
        }
    }
    QByteArrayList header = asmHeader(table, std::min(locations, kMaxLocations),
                                      std::min(instructors, kMaxInstructors));
    // asmHeader always ends classes.csv with it; a package without it keeps it out.
    if (table == AsmTable::Classes && !displayName)
        header.removeLast();
    return header;
}

AsmTable referencedTable(AsmColumnRef ref)
{
    switch (ref) {
    case AsmColumnRef::Course:
        return AsmTable::Courses;
    case AsmColumnRef::Staff:
        return AsmTable::Staff;
    case AsmColumnRef::Student:
        return AsmTable::Students;
    case AsmColumnRef::Class:
        return AsmTable::Classes;
    case AsmColumnRef::Location:
    case AsmColumnRef::None:
        break;
    }
    return AsmTable::Locations;
}

bool isBlank(const QList<QByteArrayView> &fields)
{
    return fields.size() == 1 && fields.first().isEmpty();
}

QByteArrayView field(const QList<QByteArrayView> &fields, int column)
{
    return column >= 0 && column < fields.size() ? fields.at(column) : QByteArrayView();
}

// One table of one package, read as a stream, with where each output column stands in it.
struct TableReader
{
    std::unique_ptr<QIODevice> device;
    std::unique_ptr<AsmCsvParser> parser;
    Findings findings;
    QByteArrayList header;
    QList<int> fromOutput;

    int column(QByteArrayView name) const { return int(header.indexOf(name)); }
};

class Builder
{
public:
    enum Side { Held, Last };

    Builder(const QString &heldZip, const QString &lastZip, QString folder,
            const std::atomic_bool *cancel)
        : m_paths{heldZip, lastZip}
        , m_folder(std::move(folder))
        , m_cancel(cancel)
    {
    }

    Result<KeptRemovals> run()
    {
        if (!QDir().mkpath(m_folder))
            return Failure{KeptRemovalsPackage::tr("The folder %1 could not be created.")
                               .arg(QDir::toNativeSeparators(m_folder))};
        for (Side side : {Held, Last}) {
            if (Result<void> opened = openPackage(side); !opened)
                return opened.failure();
        }
        // Every key of the held package first: people are matched across both files.
        for (AsmTable t : kAsmTables) {
            if (Result<void> copied = copyHeld(t); !copied)
                return copied.failure();
        }
        for (AsmTable t : kAsmTables)
            m_held[at(t)].finish();
        m_heldRosterIds.finish();
        // In Apple's order: whatever a row refers to has been kept (or not) before it.
        for (AsmTable t : kAsmTables) {
            if (Result<void> kept = keepRemoved(t); !kept)
                return kept.failure();
            m_kept[at(t)].finish();
        }
        return m_counts;
    }

private:
    QString describe(Side side) const
    {
        const QString name = QFileInfo(m_paths[side]).fileName();
        return side == Held ? KeptRemovalsPackage::tr("the package held for review (%1)").arg(name)
                            : KeptRemovalsPackage::tr("the last delivery (%1)").arg(name);
    }

    Result<void> openPackage(Side side)
    {
        Findings findings;
        m_packages[side] = AsmPackage::open(m_paths[side], &findings);
        if (m_packages[side] && !findings.hasErrors())
            return {};
        QString why;
        for (const Finding &f : findings.kept()) {
            if (f.severity == Severity::Error) {
                why = f.toString();
                break;
            }
        }
        return Failure{
            KeptRemovalsPackage::tr("RosterBridge cannot read %1: %2").arg(describe(side), why)};
    }

    Result<void> open(Side side, AsmTable table, TableReader *reader)
    {
        Result<std::unique_ptr<QIODevice>> device = m_packages[side]->openTable(table);
        if (!device)
            return Failure{KeptRemovalsPackage::tr("%1 in %2 cannot be read: %3")
                               .arg(asmFileName(table), describe(side), device.error())};
        reader->device = std::move(*device);
        reader->parser = std::make_unique<AsmCsvParser>(reader->device.get(), asmFileName(table),
                                                        &reader->findings);
        if (!reader->parser->readRecord(&reader->header)) {
            if (Result<void> read = finishReading(side, table, *reader); !read)
                return read;
            return Failure{KeptRemovalsPackage::tr("%1 in %2 has no header line.")
                               .arg(asmFileName(table), describe(side))};
        }
        return {};
    }

    // A read that stopped early, or data the parser had to guess at, is never written on.
    Result<void> finishReading(Side side, AsmTable table, const TableReader &reader) const
    {
        if (reader.parser->failed())
            return Failure{KeptRemovalsPackage::tr("%1 in %2 cannot be read past line %3: %4")
                               .arg(asmFileName(table), describe(side))
                               .arg(reader.parser->recordLine())
                               .arg(reader.parser->errorString())};
        for (const Finding &f : reader.findings.kept()) {
            if (f.severity == Severity::Error)
                return Failure{KeptRemovalsPackage::tr("%1 in %2 is damaged: %3")
                                   .arg(asmFileName(table), describe(side), f.toString())};
        }
        return {};
    }

    // Lays a reader's columns into the output header, which must have each of them.
    Result<void> layOut(Side side, AsmTable table, TableReader *reader) const
    {
        const QByteArrayList &output = m_headers[at(table)];
        for (const QByteArray &name : std::as_const(reader->header)) {
            if (!output.contains(name))
                return Failure{
                    KeptRemovalsPackage::tr(
                        "%1 in %2 has the column \"%3\", which Apple's template does "
                        "not have.")
                        .arg(asmFileName(table), describe(side), QString::fromUtf8(name))};
        }
        reader->fromOutput.clear();
        for (const QByteArray &name : output)
            reader->fromOutput.append(reader->column(name));
        const QList<QByteArray> keys = table == AsmTable::Rosters
                                           ? QList<QByteArray>{"class_id", "student_id"}
                                           : QList<QByteArray>{asmKeyColumn(table)};
        for (const QByteArray &key : keys) {
            if (reader->column(key) < 0)
                return Failure{
                    KeptRemovalsPackage::tr("%1 in %2 has no %3 column.")
                        .arg(asmFileName(table), describe(side), QString::fromUtf8(key))};
        }
        return {};
    }

    bool cancelled(qint64 row) const
    {
        return (row & 4095) == 0 && m_cancel && m_cancel->load(std::memory_order_relaxed);
    }

    Result<void> writeRows(AsmCsvWriter *writer, QFile *file, const QString &path) const
    {
        if (writer->finish() && file->flush())
            return {};
        return Failure{KeptRemovalsPackage::tr("%1 could not be written: %2")
                           .arg(QDir::toNativeSeparators(path),
                                writer->hasError() ? writer->errorString() : file->errorString())};
    }

    Result<void> copyHeld(AsmTable table)
    {
        TableReader held, last;
        for (auto [side, reader] : {std::pair{Held, &held}, std::pair{Last, &last}}) {
            if (Result<void> opened = open(side, table, reader); !opened)
                return opened;
        }
        m_headers[at(table)] = widerHeader(table, held.header, last.header);
        for (auto [side, reader] : {std::pair{Held, &held}, std::pair{Last, &last}}) {
            if (Result<void> laid = layOut(side, table, reader); !laid)
                return laid;
        }
        const QString path = QDir(m_folder).filePath(asmFileName(table));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return Failure{KeptRemovalsPackage::tr("%1 could not be written: %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString())};
        AsmCsvWriter writer(&file);
        writer.writeRow(m_headers[at(table)]);

        const int key = held.column(asmKeyColumn(table));
        const int classId = held.column("class_id");
        const int studentId = held.column("student_id");
        QList<QByteArrayView> fields;
        QList<QByteArrayView> laid(m_headers[at(table)].size());
        while (held.parser->readRecord(&fields)) {
            if (cancelled(held.parser->recordsRead()))
                return Failure{KeptRemovalsPackage::tr("Cancelled.")};
            if (isBlank(fields))
                continue;
            if (table == AsmTable::Rosters) {
                m_held[at(table)].add(
                    AsmReferenceIndex::pairHash(field(fields, classId), field(fields, studentId)));
                m_heldRosterIds.add(hash64(field(fields, key)));
            } else {
                m_held[at(table)].add(hash64(field(fields, key)));
            }
            for (qsizetype i = 0; i < laid.size(); ++i)
                laid[i] = field(fields, held.fromOutput.at(i));
            writer.writeRow(std::span<const QByteArrayView>(laid.constData(), laid.size()));
        }
        if (Result<void> read = finishReading(Held, table, held); !read)
            return read;
        return writeRows(&writer, &file, path);
    }

    bool inHeld(AsmTable table, const TableReader &reader, const QList<QByteArrayView> &fields,
                quint64 key) const
    {
        if (table == AsmTable::Rosters) {
            return m_held[at(table)].contains(
                       AsmReferenceIndex::pairHash(field(fields, reader.column("class_id")),
                                                   field(fields, reader.column("student_id")))) ||
                   m_heldRosterIds.contains(key);
        }
        if (table == AsmTable::Students || table == AsmTable::Staff)
            return m_held[at(AsmTable::Students)].contains(key) ||
                   m_held[at(AsmTable::Staff)].contains(key);
        return m_held[at(table)].contains(key);
    }

    Result<void> checkReferences(AsmTable table, const AsmTableLayout &layout,
                                 const QList<QByteArrayView> &fields, qint64 line) const
    {
        for (qsizetype i = 0; i < layout.columnCount(); ++i) {
            const AsmColumn &column = layout.column(i);
            const QByteArrayView value = field(fields, int(i));
            if (column.ref == AsmColumnRef::None || value.isEmpty())
                continue;
            const AsmTable target = referencedTable(column.ref);
            const quint64 hash = hash64(value);
            if (m_held[at(target)].contains(hash) || m_kept[at(target)].contains(hash))
                continue;
            return Failure{KeptRemovalsPackage::tr(
                               "%1, line %2, of %3 would be kept back, but the %4 it names, "
                               "\"%5\", is in neither that delivery's %6 nor the held package's, "
                               "so the package would be incomplete.")
                               .arg(asmFileName(table))
                               .arg(line)
                               .arg(describe(Last), QString::fromUtf8(column.name),
                                    QString::fromUtf8(value), asmFileName(target))};
        }
        return {};
    }

    Result<void> keepRemoved(AsmTable table)
    {
        TableReader last;
        if (Result<void> opened = open(Last, table, &last); !opened)
            return opened;
        if (Result<void> laid = layOut(Last, table, &last); !laid)
            return laid;
        QList<QByteArrayView> headerViews;
        for (const QByteArray &name : std::as_const(last.header))
            headerViews.append(name);
        Findings ignored; // the header was Apple's when it was delivered
        const AsmTableLayout layout = AsmTableLayout::fromHeader(table, headerViews, 1, &ignored);

        const QString path = QDir(m_folder).filePath(asmFileName(table));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
            return Failure{KeptRemovalsPackage::tr("%1 could not be written: %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString())};
        AsmCsvWriter writer(&file);
        const int key = last.column(asmKeyColumn(table));
        QList<QByteArrayView> fields;
        QList<QByteArrayView> laid(m_headers[at(table)].size());
        while (last.parser->readRecord(&fields)) {
            if (cancelled(last.parser->recordsRead()))
                return Failure{KeptRemovalsPackage::tr("Cancelled.")};
            const quint64 hash = hash64(field(fields, key));
            if (isBlank(fields) || inHeld(table, last, fields, hash))
                continue;
            if (Result<void> complete =
                    checkReferences(table, layout, fields, last.parser->recordLine());
                !complete)
                return complete;
            m_kept[at(table)].add(hash);
            ++m_counts.rows[at(table)];
            for (qsizetype i = 0; i < laid.size(); ++i)
                laid[i] = field(fields, last.fromOutput.at(i));
            writer.writeRow(std::span<const QByteArrayView>(laid.constData(), laid.size()));
        }
        if (Result<void> read = finishReading(Last, table, last); !read)
            return read;
        return writeRows(&writer, &file, path);
    }

    std::array<QString, 2> m_paths;
    QString m_folder;
    const std::atomic_bool *m_cancel;
    std::array<std::unique_ptr<AsmPackage>, 2> m_packages;
    std::array<QByteArrayList, kAsmTables.size()> m_headers;
    // Key hashes: the held package's rows, and the rows kept back from the last delivery.
    std::array<AsmReferenceIndex, kAsmTables.size()> m_held;
    std::array<AsmReferenceIndex, kAsmTables.size()> m_kept;
    AsmReferenceIndex m_heldRosterIds;
    KeptRemovals m_counts;
};

} // namespace

qint64 KeptRemovals::total() const
{
    qint64 n = 0;
    for (qint64 r : rows)
        n += r;
    return n;
}

QJsonObject KeptRemovals::toJson() const
{
    QJsonObject json;
    for (AsmTable t : kAsmTables)
        json.insert(asmFileName(t), rows[at(t)]);
    return json;
}

Result<KeptRemovals> KeptRemovalsPackage::writeTables(const QString &heldZip,
                                                      const QString &lastZip, const QString &folder,
                                                      const std::atomic_bool *cancel)
{
    return Builder(heldZip, lastZip, folder, cancel).run();
}

Result<KeptRemovals> KeptRemovalsPackage::writeZip(const QString &heldZip,
                                                   const std::optional<DeliveredZip> &last,
                                                   const QString &workFolder, const QString &zip,
                                                   const std::atomic_bool *cancel)
{
    if (!last)
        return Failure{tr("nothing has been delivered before, so there are no removals to keep; "
                          "approve the package instead")};
    // Under its own name, so that a message about it names the zip the history shows.
    const QDir work(workFolder);
    const QString lastZip =
        work.filePath(QStringLiteral("last/") + QFileInfo(last->fileName).fileName());
    QFile out(lastZip);
    if (!work.mkpath(QStringLiteral("last")) || !out.open(QIODevice::WriteOnly) ||
        out.write(last->content) != last->content.size() || !out.flush())
        return Failure{tr("%1 could not be written: %2")
                           .arg(QDir::toNativeSeparators(lastZip), out.errorString())};
    out.close();
    const QString folder = work.filePath(QStringLiteral("kept"));
    Result<KeptRemovals> kept = writeTables(heldZip, lastZip, folder, cancel);
    if (!kept)
        return kept;
    if (Result<void> packed = AsmPackager::writeZip(folder, zip); !packed)
        return packed.failure();
    qCInfo(lcKeptRemovals) << "kept back" << kept->total() << "rows of the delivery of run"
                           << last->runId;
    return kept;
}

bool KeptRemovalsPackage::deliveredWithoutRemovals(HistoryDatabase *history, qint64 runId,
                                                   const ReviewPackage &held)
{
    const Result<std::optional<RunRecord>> run = history->run(runId);
    if (!run || !*run)
        return false;
    const QJsonObject &counts = (*run)->counts;
    return counts.contains(QStringLiteral("keptRemovals")) &&
           counts.value(QStringLiteral("approvedRun")).toInteger() == held.runId &&
           counts.value(QStringLiteral("approvedSha256")).toString() == held.sha256;
}

} // namespace rb
