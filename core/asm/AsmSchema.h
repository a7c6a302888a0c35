#pragma once

#include <QByteArrayList>
#include <QString>

#include <array>

namespace rb {

// The six files of an Apple School Manager upload, in the order they are written and reported.
enum class AsmTable { Locations, Students, Staff, Courses, Classes, Rosters };

inline constexpr std::array<AsmTable, 6> kAsmTables = {AsmTable::Locations, AsmTable::Students,
                                                       AsmTable::Staff,     AsmTable::Courses,
                                                       AsmTable::Classes,   AsmTable::Rosters};

inline constexpr int kMaxInstructors = 15; // instructor_id .. instructor_id_15
inline constexpr int kMaxLocations = 999;  // location_id .. location_id_999

// "students.csv" and so on: the exact names ASM requires at the zip's root.
QString asmFileName(AsmTable table);
// "students" for students.csv: the key used for a table in JSON documents.
QString asmTableKey(AsmTable table);
bool asmTableFromFileName(const QString &fileName, AsmTable *table);

// The template columns in Apple's order, without the optional extra columns.
QByteArrayList asmBaseHeader(AsmTable table);
// The header a writer emits: base columns plus location_id_2..N (students, staff),
// instructor_id_4..N and class_display_name (classes).
QByteArrayList asmHeader(AsmTable table, int locationColumns = 1, int instructorColumns = 3);
// The column that identifies a row; rosters are compared by (class_id, student_id).
QByteArray asmKeyColumn(AsmTable table);

// Apple: "Any identifiers entered must be alphanumeric and can include a hyphen."
inline bool isAsmIdCharacter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
}

} // namespace rb
