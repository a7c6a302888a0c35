#pragma once

#include "AsmSchema.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>

namespace rb {

class Findings;

// What another table a column's values must be found in.
enum class AsmColumnRef { None, Location, Course, Staff, Student, Class };

// One column of a table file and the rules Apple applies to its values.
struct AsmColumn
{
    QByteArray name;
    bool known = false;          // a template column or an allowed extra column
    bool identifier = false;     // a *_id column: ASCII letters, digits and hyphens only
    bool displayName = false;    // a name, limited to 1024 characters
    bool required = false;       // must not be empty
    bool key = false;            // the table's unique key
    bool passwordPolicy = false; // 4, 6, 8 or blank
    bool instructor = false;     // instructor_id .. instructor_id_15
    AsmColumnRef ref = AsmColumnRef::None;
};

// The columns of one ASM table file as its header line names them, checked against Apple's
// template: every template column exactly once and in template order; extra columns only
// location_id_2..location_id_999 (students, staff) and instructor_id_4..instructor_id_15 plus
// class_display_name (classes), numbered without gaps; nothing else, no duplicates.
class AsmTableLayout
{
    Q_DECLARE_TR_FUNCTIONS(AsmTableLayout)

public:
    AsmTableLayout() = default;
    // Reports each header problem as an error at (asmFileName(table), line, column name).
    static AsmTableLayout fromHeader(AsmTable table, const QList<QByteArrayView> &header,
                                     qint64 line, Findings *findings);

    AsmTable table() const { return m_table; }
    qsizetype columnCount() const { return m_columns.size(); }
    const AsmColumn &column(qsizetype index) const { return m_columns.at(index); }
    // Index of the first column with this name, or -1.
    int indexOf(QByteArrayView name) const;
    // Index of the table's key column, or -1 when the header lacks it.
    int keyIndex() const { return m_keyIndex; }

private:
    void describeColumns();
    void checkExtraNumbering(const QList<int> &numbers, int first, QByteArrayView prefix,
                             qint64 line, Findings *findings) const;

    AsmTable m_table = AsmTable::Locations;
    QList<AsmColumn> m_columns;
    int m_keyIndex = -1;
};

} // namespace rb
