#include "AsmValidator.h"

#include "AsmCsvParser.h"
#include "AsmPackage.h"
#include "common/Findings.h"
#include "common/Hashing.h"
#include "common/Utf8.h"

#include <QIODevice>
#include <QLoggingCategory>
#include <QVarLengthArray>

#include <algorithm>

Q_LOGGING_CATEGORY(lcAsmValidator, "rosterbridge.asm.validator", QtInfoMsg)

namespace rb {

namespace {

// A value as quoted in a message: long values are cut so that a message stays readable.
QString shown(QByteArrayView value)
{
    constexpr qsizetype kShown = 64;
    if (value.size() <= kShown)
        return QString::fromUtf8(value);
    return QString::fromUtf8(value.first(kShown)) + QStringLiteral("\u2026");
}

qsizetype codePoints(QByteArrayView utf8)
{
    qsizetype n = 0;
    for (char c : utf8)
        n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

// The first character Apple does not allow in an identifier, as  "x" (U+0078), or empty.
QString offendingCharacter(QByteArrayView value)
{
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (isAsmIdCharacter(value[i]))
            continue;
        qsizetype length = 1;
        while (i + length < value.size() &&
               (static_cast<unsigned char>(value[i + length]) & 0xC0) == 0x80)
            ++length;
        const QString text = QString::fromUtf8(value.sliced(i, length));
        const char32_t codePoint = text.isEmpty() ? 0 : text.toUcs4().value(0);
        const QString code = QStringLiteral("U+") +
                             QString::number(uint(codePoint), 16).toUpper().rightJustified(4, u'0');
        return codePoint < 0x20 || codePoint == 0x7F
                   ? code
                   : u'"' + text + QStringLiteral("\" (") + code + u')';
    }
    return QString();
}

} // namespace

// A set of key hashes known to occur more than once, and where each was first seen.
struct AsmValidator::DuplicateKey
{
    QByteArray column;
    QByteArray secondColumn; // set for the (class_id, student_id) pair of rosters
    std::vector<quint64> hashes;
    std::vector<std::pair<AsmTable, qint64>> first;
};

AsmValidator::AsmValidator(Findings *findings)
    : m_findings(findings)
{
}

void AsmValidator::reset()
{
    m_rows.fill(0);
    m_keyReadable.fill(false);
    m_layouts.fill(AsmTableLayout());
    for (AsmReferenceIndex *index : {&m_locations, &m_students, &m_staff, &m_courses, &m_classes,
                                     &m_rosterIds, &m_rosterPairs})
        index->clear();
    m_personsInBoth.clear();
    m_rosterClassColumn = -1;
    m_rosterStudentColumn = -1;
}

void AsmValidator::error(AsmTable table, qint64 line, QByteArrayView column, const QString &message,
                         const QString &code)
{
    m_findings->error(asmFileName(table), line, QString::fromUtf8(column), message, code);
}

void AsmValidator::warning(AsmTable table, qint64 line, QByteArrayView column,
                           const QString &message, const QString &code)
{
    m_findings->warning(asmFileName(table), line, QString::fromUtf8(column), message, code);
}

QJsonObject AsmValidator::rowCountsJson() const
{
    QJsonObject rows;
    for (AsmTable t : kAsmTables)
        rows.insert(asmFileName(t), rowCount(t));
    return rows;
}

bool AsmValidator::validate(const AsmPackage &package)
{
    const qint64 errorsBefore = m_findings->errorCount();
    reset();
    for (AsmTable table : kAsmTables)
        readTable(package, table);
    reportDuplicates(package);
    if (package.hasTable(AsmTable::Students) && m_rows[index(AsmTable::Students)] == 0) {
        error(AsmTable::Students, 0, {}, tr("The file has no students; Apple needs at least one."),
              QStringLiteral("asm.table.empty"));
    }
    if (package.hasTable(AsmTable::Locations) && m_rows[index(AsmTable::Locations)] == 0) {
        error(AsmTable::Locations, 0, {},
              tr("The file has no locations; Apple needs at least one."),
              QStringLiteral("asm.table.empty"));
    }
    qCDebug(lcAsmValidator) << "validated" << package.path() << "errors"
                            << m_findings->errorCount() - errorsBefore;
    return m_findings->errorCount() == errorsBefore;
}

AsmReferenceIndex *AsmValidator::keyIndex(AsmTable table)
{
    switch (table) {
    case AsmTable::Locations:
        return &m_locations;
    case AsmTable::Students:
        return &m_students;
    case AsmTable::Staff:
        return &m_staff;
    case AsmTable::Courses:
        return &m_courses;
    case AsmTable::Classes:
        return &m_classes;
    case AsmTable::Rosters:
        break;
    }
    return &m_rosterIds;
}

const AsmReferenceIndex *AsmValidator::refIndex(AsmColumnRef ref) const
{
    // A reference into a table that is missing or has no key column is not checked: the missing
    // table or column is already an error, and every row would repeat it.
    switch (ref) {
    case AsmColumnRef::Location:
        return m_keyReadable[index(AsmTable::Locations)] ? &m_locations : nullptr;
    case AsmColumnRef::Course:
        return m_keyReadable[index(AsmTable::Courses)] ? &m_courses : nullptr;
    case AsmColumnRef::Staff:
        return m_keyReadable[index(AsmTable::Staff)] ? &m_staff : nullptr;
    case AsmColumnRef::Student:
        return m_keyReadable[index(AsmTable::Students)] ? &m_students : nullptr;
    case AsmColumnRef::Class:
        return m_keyReadable[index(AsmTable::Classes)] ? &m_classes : nullptr;
    case AsmColumnRef::None:
        break;
    }
    return nullptr;
}

void AsmValidator::readTable(const AsmPackage &package, AsmTable table)
{
    const Result<std::unique_ptr<QIODevice>> opened = package.openTable(table);
    if (!opened) {
        if (package.hasTable(table))
            error(table, 0, {}, opened.error(), QStringLiteral("asm.table.unreadable"));
        return;
    }
    const std::unique_ptr<QIODevice> &device = *opened;
    AsmCsvParser parser(device.get(), asmFileName(table), m_findings);
    QList<QByteArrayView> fields;
    if (!parser.readRecord(&fields)) {
        if (!parser.failed()) {
            error(table, 1, {}, tr("The file is empty; it must start with Apple's header line."),
                  QStringLiteral("asm.header.empty"));
        }
        return;
    }
    AsmTableLayout &layout = m_layouts[index(table)];
    layout = AsmTableLayout::fromHeader(table, fields, parser.recordLine(), m_findings);
    if (table == AsmTable::Rosters) {
        m_rosterClassColumn = layout.indexOf("class_id");
        m_rosterStudentColumn = layout.indexOf("student_id");
    }
    AsmReferenceIndex *keys = keyIndex(table);
    qint64 &rows = m_rows[index(table)];
    while (parser.readRecord(&fields)) {
        ++rows;
        checkRow(layout, fields, parser.recordLine());
    }
    // Nothing refers to roster rows: their keys are only checked for duplicates.
    keys->finish(table != AsmTable::Rosters);
    m_keyReadable[index(table)] = layout.keyIndex() >= 0 && !parser.failed();
    if (table == AsmTable::Rosters)
        m_rosterPairs.finish(false);
    qCDebug(lcAsmValidator) << asmFileName(table) << rows << "rows";
}

void AsmValidator::checkRow(const AsmTableLayout &layout, const QList<QByteArrayView> &fields,
                            qint64 line)
{
    const AsmTable table = layout.table();
    const qsizetype columns = layout.columnCount();
    if (fields.size() != columns) {
        if (fields.size() == 1 && fields.front().isEmpty()) {
            error(table, line, {}, tr("The line is empty."), QStringLiteral("asm.row.empty"));
            return;
        }
        error(table, line, {},
              tr("The row has %1 values but the header has %2 columns.")
                  .arg(fields.size())
                  .arg(columns),
              QStringLiteral("asm.row.fieldCount"));
    }
    const qsizetype n = std::min(fields.size(), columns);
    // Start loading the slots that the reference lookups will read; the other checks of the row
    // then run while the memory arrives.
    QVarLengthArray<quint64, 32> refHashes(n, 0);
    for (qsizetype c = 0; c < n; ++c) {
        const AsmColumn &column = layout.column(c);
        if (column.ref == AsmColumnRef::None || fields.at(c).isEmpty())
            continue;
        refHashes[c] = hash64(fields.at(c));
        if (const AsmReferenceIndex *target = refIndex(column.ref))
            target->prefetch(refHashes[c]);
    }
    for (qsizetype c = 0; c < n; ++c)
        checkValue(table, layout.column(c), fields.at(c), line, refHashes[c]);

    const int key = layout.keyIndex();
    if (key >= 0 && key < n && !fields.at(key).isEmpty()) {
        const quint64 hash = hash64(fields.at(key));
        keyIndex(table)->add(hash);
        // person_id is unique across students and staff; students were read first.
        if (table == AsmTable::Staff && m_keyReadable[index(AsmTable::Students)] &&
            m_students.contains(hash))
            m_personsInBoth.push_back(hash);
    }
    if (table == AsmTable::Classes) {
        checkInstructors(layout, fields, line);
    } else if (table == AsmTable::Rosters) {
        const int classColumn = m_rosterClassColumn;
        const int studentColumn = m_rosterStudentColumn;
        if (classColumn >= 0 && classColumn < n && studentColumn >= 0 && studentColumn < n &&
            !fields.at(classColumn).isEmpty() && !fields.at(studentColumn).isEmpty())
            m_rosterPairs.add(
                AsmReferenceIndex::pairHash(fields.at(classColumn), fields.at(studentColumn)));
    }
}

void AsmValidator::checkValue(AsmTable table, const AsmColumn &column, QByteArrayView value,
                              qint64 line, quint64 refHash)
{
    if (value.isEmpty()) {
        if (column.required) {
            error(table, line, column.name, tr("A value is required."),
                  QStringLiteral("asm.value.required"));
        }
        return;
    }
    const qsizetype invalid = firstInvalidUtf8(value);
    if (invalid >= 0) {
        error(table, line, column.name,
              tr("The value is not valid UTF-8 (at byte %1).").arg(invalid + 1),
              QStringLiteral("asm.value.utf8"));
        return;
    }
    if (!column.known)
        return;
    if (column.identifier) {
        const QString bad = offendingCharacter(value);
        if (!bad.isEmpty()) {
            error(table, line, column.name,
                  tr("\"%1\" contains %2; Apple allows only letters A-Z, digits and hyphens in "
                     "identifiers.")
                      .arg(shown(value), bad),
                  QStringLiteral("asm.value.idCharacters"));
        }
        if (value.size() > kMaxIdentifierLength) {
            warning(table, line, column.name,
                    tr("The identifier is %1 characters long; Apple's limit is %2.")
                        .arg(codePoints(value))
                        .arg(kMaxIdentifierLength),
                    QStringLiteral("asm.value.idLength"));
        }
    }
    if (column.displayName && value.size() > kMaxNameLength) {
        const qsizetype length = codePoints(value);
        if (length > kMaxNameLength) {
            warning(table, line, column.name,
                    tr("The name is %1 characters long; Apple's limit is %2.")
                        .arg(length)
                        .arg(kMaxNameLength),
                    QStringLiteral("asm.value.nameLength"));
        }
    }
    if (column.passwordPolicy && value != "4" && value != "6" && value != "8") {
        error(
            table, line, column.name,
            tr("\"%1\" is not a password policy; use 4, 6, 8 or leave it blank.").arg(shown(value)),
            QStringLiteral("asm.value.passwordPolicy"));
    }
    if (column.ref == AsmColumnRef::None)
        return;
    const AsmReferenceIndex *target = refIndex(column.ref);
    if (!target || target->contains(refHash))
        return;
    QString message;
    QString code;
    switch (column.ref) {
    case AsmColumnRef::Location:
        message = tr("\"%1\" does not match any location_id in locations.csv.");
        code = QStringLiteral("asm.ref.location");
        break;
    case AsmColumnRef::Course:
        message = tr("\"%1\" does not match any course_id in courses.csv.");
        code = QStringLiteral("asm.ref.course");
        break;
    case AsmColumnRef::Staff:
        message = tr("\"%1\" does not match any person_id in staff.csv.");
        code = QStringLiteral("asm.ref.instructor");
        break;
    case AsmColumnRef::Student:
        message = tr("\"%1\" does not match any person_id in students.csv.");
        code = QStringLiteral("asm.ref.student");
        break;
    case AsmColumnRef::Class:
    case AsmColumnRef::None:
        message = tr("\"%1\" does not match any class_id in classes.csv.");
        code = QStringLiteral("asm.ref.class");
        break;
    }
    error(table, line, column.name, message.arg(shown(value)), code);
}

void AsmValidator::checkInstructors(const AsmTableLayout &layout,
                                    const QList<QByteArrayView> &fields, qint64 line)
{
    const qsizetype n = std::min(fields.size(), layout.columnCount());
    for (qsizetype i = 0; i < n; ++i) {
        if (!layout.column(i).instructor || fields.at(i).isEmpty())
            continue;
        for (qsizetype j = 0; j < i; ++j) {
            if (layout.column(j).instructor && fields.at(j) == fields.at(i)) {
                error(AsmTable::Classes, line, layout.column(i).name,
                      tr("Instructor \"%1\" is already listed in %2 of this class.")
                          .arg(shown(fields.at(i)), QString::fromUtf8(layout.column(j).name)),
                      QStringLiteral("asm.class.instructorTwice"));
                break;
            }
        }
    }
}

void AsmValidator::reportDuplicates(const AsmPackage &package)
{
    const auto prepare = [](DuplicateKey &key, std::vector<quint64> hashes) {
        std::sort(hashes.begin(), hashes.end());
        hashes.erase(std::unique(hashes.begin(), hashes.end()), hashes.end());
        key.first.assign(hashes.size(), {AsmTable::Locations, 0});
        key.hashes = std::move(hashes);
        return !key.hashes.empty();
    };

    DuplicateKey persons{"person_id", {}, {}, {}};
    std::vector<quint64> personHashes = m_students.duplicates();
    personHashes.insert(personHashes.end(), m_staff.duplicates().begin(),
                        m_staff.duplicates().end());
    personHashes.insert(personHashes.end(), m_personsInBoth.begin(), m_personsInBoth.end());
    if (prepare(persons, std::move(personHashes))) {
        rescan(package, AsmTable::Students, {&persons});
        rescan(package, AsmTable::Staff, {&persons});
    }
    for (AsmTable table : {AsmTable::Locations, AsmTable::Courses, AsmTable::Classes}) {
        DuplicateKey key{asmKeyColumn(table), {}, {}, {}};
        if (prepare(key, keyIndex(table)->duplicates()))
            rescan(package, table, {&key});
    }
    DuplicateKey rosterIds{"roster_id", {}, {}, {}};
    DuplicateKey enrolments{"class_id", "student_id", {}, {}};
    QList<DuplicateKey *> rosterKeys;
    if (prepare(rosterIds, m_rosterIds.duplicates()))
        rosterKeys.append(&rosterIds);
    if (prepare(enrolments, m_rosterPairs.duplicates()))
        rosterKeys.append(&enrolments);
    if (!rosterKeys.isEmpty())
        rescan(package, AsmTable::Rosters, rosterKeys);
}

void AsmValidator::rescan(const AsmPackage &package, AsmTable table,
                          const QList<DuplicateKey *> &keys)
{
    const Result<std::unique_ptr<QIODevice>> opened = package.openTable(table);
    if (!opened)
        return;
    const std::unique_ptr<QIODevice> &device = *opened;
    // Syntax problems were reported by the first pass.
    AsmCsvParser parser(device.get(), asmFileName(table), nullptr);
    QList<QByteArrayView> fields;
    if (!parser.readRecord(&fields))
        return;
    const AsmTableLayout &layout = m_layouts[index(table)];
    QList<std::pair<int, int>> columns;
    for (const DuplicateKey *key : keys) {
        columns.append({layout.indexOf(key->column),
                        key->secondColumn.isEmpty() ? -1 : layout.indexOf(key->secondColumn)});
    }
    while (parser.readRecord(&fields)) {
        for (qsizetype k = 0; k < keys.size(); ++k) {
            DuplicateKey &key = *keys.at(k);
            const auto [first, second] = columns.at(k);
            if (first < 0 || first >= fields.size() || fields.at(first).isEmpty())
                continue;
            const bool pair = !key.secondColumn.isEmpty();
            if (pair && (second < 0 || second >= fields.size() || fields.at(second).isEmpty()))
                continue;
            const quint64 hash =
                pair ? AsmReferenceIndex::pairHash(fields.at(first), fields.at(second))
                     : hash64(fields.at(first));
            const auto it = std::lower_bound(key.hashes.begin(), key.hashes.end(), hash);
            if (it == key.hashes.end() || *it != hash)
                continue;
            auto &seen = key.first[size_t(it - key.hashes.begin())];
            if (seen.second == 0) {
                seen = {table, parser.recordLine()};
                continue;
            }
            const QString where = asmFileName(seen.first) + u':' + QString::number(seen.second);
            if (pair) {
                warning(table, parser.recordLine(), key.secondColumn,
                        tr("Student \"%1\" is listed in class \"%2\" more than once; first at %3.")
                            .arg(shown(fields.at(second)), shown(fields.at(first)), where),
                        QStringLiteral("asm.roster.studentTwice"));
            } else {
                error(table, parser.recordLine(), key.column,
                      tr("Duplicate %1 \"%2\"; first used at %3.")
                          .arg(QString::fromUtf8(key.column), shown(fields.at(first)), where),
                      QStringLiteral("asm.key.duplicate"));
            }
        }
    }
}

} // namespace rb
