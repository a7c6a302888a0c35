#pragma once

#include "AsmReferenceIndex.h"
#include "AsmSchema.h"
#include "AsmTableLayout.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <array>
#include <vector>

namespace rb {

class AsmPackage;
class Findings;

// Checks an upload against Apple School Manager's rules. Every problem becomes a finding
// located as "file:line: column: message"; errors make Apple reject the upload, warnings do not.
//
// Rules: the header of each file (see AsmTableLayout); a UTF-8 byte order mark, CRLF line ends
// and broken quoting (see AsmCsvParser); every row has as many values as the header has
// columns; required values present; keys unique (location_id, course_id, class_id, roster_id,
// and person_id across students.csv and staff.csv together); every reference found (location
// columns in locations.csv, course_id in courses.csv, instructors in staff.csv, rosters'
// class_id in classes.csv and student_id in students.csv); password_policy 4, 6, 8 or blank;
// identifiers only ASCII letters, digits and hyphens; valid UTF-8; no instructor twice in a
// class; students.csv and locations.csv not empty. Warnings: identifiers longer than 256
// characters, names longer than 1024, a student listed twice in the same class.
//
// Tables are read as streams in the order locations, students, staff, courses, classes,
// rosters, so each reference is checked against tables already read. Keys are kept only as
// 64-bit hashes; lines are recovered by a second pass over a table only when it has duplicates.
class AsmValidator
{
    Q_DECLARE_TR_FUNCTIONS(AsmValidator)

public:
    explicit AsmValidator(Findings *findings);

    // Runs every rule; true when no error was found (warnings allowed).
    bool validate(const AsmPackage &package);

    // Data rows (header excluded) of each table read by the last validate().
    qint64 rowCount(AsmTable table) const { return m_rows[index(table)]; }
    // The same as {"students.csv": n, ...}, for reports.
    QJsonObject rowCountsJson() const;

    static constexpr qsizetype kMaxIdentifierLength = 256;
    static constexpr qsizetype kMaxNameLength = 1024;

private:
    struct DuplicateKey;

    static qsizetype index(AsmTable table) { return static_cast<qsizetype>(table); }
    void reset();
    void readTable(const AsmPackage &package, AsmTable table);
    void checkRow(const AsmTableLayout &layout, const QList<QByteArrayView> &fields, qint64 line);
    void checkValue(AsmTable table, const AsmColumn &column, QByteArrayView value, qint64 line,
                    quint64 refHash);
    void checkInstructors(const AsmTableLayout &layout, const QList<QByteArrayView> &fields,
                          qint64 line);
    AsmReferenceIndex *keyIndex(AsmTable table);
    const AsmReferenceIndex *refIndex(AsmColumnRef ref) const;
    void reportDuplicates(const AsmPackage &package);
    void rescan(const AsmPackage &package, AsmTable table, const QList<DuplicateKey *> &keys);
    void error(AsmTable table, qint64 line, QByteArrayView column, const QString &message,
               const QString &code);
    void warning(AsmTable table, qint64 line, QByteArrayView column, const QString &message,
                 const QString &code);

    Findings *m_findings;
    std::array<qint64, kAsmTables.size()> m_rows{};
    std::array<bool, kAsmTables.size()> m_keyReadable{};
    std::array<AsmTableLayout, kAsmTables.size()> m_layouts;
    AsmReferenceIndex m_locations, m_students, m_staff, m_courses, m_classes;
    AsmReferenceIndex m_rosterIds, m_rosterPairs;
    std::vector<quint64> m_personsInBoth;
    int m_rosterClassColumn = -1;
    int m_rosterStudentColumn = -1;
};

} // namespace rb
