#include "AsmTableLayout.h"

#include "common/Findings.h"

#include <algorithm>

namespace rb {

namespace {

constexpr QByteArrayView kLocationPrefix = "location_id_";
constexpr QByteArrayView kInstructorPrefix = "instructor_id_";

// The N of "location_id_N"; -1 for any other shape (leading zeros included).
int extraNumber(QByteArrayView name, QByteArrayView prefix)
{
    if (!name.startsWith(prefix))
        return -1;
    const QByteArrayView digits = name.sliced(prefix.size());
    if (digits.isEmpty() || digits.size() > 4 || digits.front() == '0')
        return -1;
    int n = 0;
    for (char c : digits) {
        if (c < '0' || c > '9')
            return -1;
        n = n * 10 + (c - '0');
    }
    return n;
}

bool hasLocationExtras(AsmTable table)
{
    return table == AsmTable::Students || table == AsmTable::Staff;
}

bool isAllowedName(AsmTable table, QByteArrayView name)
{
    if (asmBaseHeader(table).contains(name))
        return true;
    if (hasLocationExtras(table)) {
        const int n = extraNumber(name, kLocationPrefix);
        return n >= 2 && n <= kMaxLocations;
    }
    if (table == AsmTable::Classes) {
        const int n = extraNumber(name, kInstructorPrefix);
        return (n >= 4 && n <= kMaxInstructors) || name == "class_display_name";
    }
    return false;
}

bool isRequired(AsmTable table, QByteArrayView name)
{
    switch (table) {
    case AsmTable::Students:
    case AsmTable::Staff:
        return name == "person_id" || name == "first_name" || name == "last_name" ||
               name == "location_id";
    case AsmTable::Courses:
        return name == "course_id" || name == "location_id";
    case AsmTable::Classes:
        return name == "class_id" || name == "course_id" || name == "location_id";
    case AsmTable::Rosters:
        return name == "roster_id" || name == "class_id" || name == "student_id";
    case AsmTable::Locations:
        break;
    }
    return name == "location_id" || name == "location_name";
}

} // namespace

int AsmTableLayout::indexOf(QByteArrayView name) const
{
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).name == name)
            return int(i);
    }
    return -1;
}

AsmTableLayout AsmTableLayout::fromHeader(AsmTable table, const QList<QByteArrayView> &header,
                                          qint64 line, Findings *findings)
{
    AsmTableLayout layout;
    layout.m_table = table;
    const QString file = asmFileName(table);
    const QByteArrayList base = asmBaseHeader(table);
    QList<int> basePositions(base.size(), -1);
    QList<int> locationNumbers, instructorNumbers;

    for (qsizetype i = 0; i < header.size(); ++i) {
        const QByteArrayView name = header.at(i);
        const QString shown = QString::fromUtf8(name);
        AsmColumn column;
        column.name = name.toByteArray();
        const int earlier = layout.indexOf(name);
        if (earlier >= 0) {
            findings->error(file, line, shown,
                            tr("The column appears more than once (columns %1 and %2).")
                                .arg(earlier + 1)
                                .arg(i + 1),
                            QStringLiteral("asm.header.duplicate"));
        } else if (isAllowedName(table, name)) {
            column.known = true;
            const qsizetype b = base.indexOf(name);
            if (b >= 0)
                basePositions[b] = int(i);
            else if (name.startsWith(kLocationPrefix))
                locationNumbers.append(extraNumber(name, kLocationPrefix));
            else if (name.startsWith(kInstructorPrefix))
                instructorNumbers.append(extraNumber(name, kInstructorPrefix));
        } else {
            QString hint;
            const QByteArray lower = name.toByteArray().toLower();
            if (name.isEmpty()) {
                hint = tr("A column has no name; is there a separator at the end of the header?");
            } else if (name.trimmed() != name && isAllowedName(table, name.trimmed())) {
                hint = tr("Remove the spaces around the column name.");
            } else if (isAllowedName(table, lower)) {
                hint =
                    tr("Column names are case-sensitive: write %1.").arg(QString::fromUtf8(lower));
            } else if (extraNumber(name, kInstructorPrefix) > kMaxInstructors) {
                hint = tr("Apple allows at most %1 instructors per class.").arg(kMaxInstructors);
            } else if (extraNumber(name, kLocationPrefix) > 0) {
                hint = tr("Apple allows location_id_2 to location_id_%1, in students.csv and "
                          "staff.csv only.")
                           .arg(kMaxLocations);
            } else {
                hint = tr("Apple's template for %1 has no such column.").arg(file);
            }
            findings->error(file, line, shown, tr("Unknown column. %1").arg(hint),
                            QStringLiteral("asm.header.unknown"));
        }
        layout.m_columns.append(column);
    }

    int lastPosition = -1;
    QByteArray lastName;
    for (qsizetype b = 0; b < base.size(); ++b) {
        const int position = basePositions.at(b);
        if (position < 0) {
            findings->error(file, line, QString::fromUtf8(base.at(b)),
                            tr("The column from Apple's template is missing."),
                            QStringLiteral("asm.header.missing"));
            continue;
        }
        if (position < lastPosition) {
            findings->error(file, line, QString::fromUtf8(base.at(b)),
                            tr("The column must come after %1, as in Apple's template.")
                                .arg(QString::fromUtf8(lastName)),
                            QStringLiteral("asm.header.order"));
        } else {
            lastPosition = position;
            lastName = base.at(b);
        }
    }
    layout.checkExtraNumbering(locationNumbers, 2, kLocationPrefix, line, findings);
    layout.checkExtraNumbering(instructorNumbers, 4, kInstructorPrefix, line, findings);
    layout.describeColumns();
    return layout;
}

void AsmTableLayout::checkExtraNumbering(const QList<int> &numbers, int first,
                                         QByteArrayView prefix, qint64 line,
                                         Findings *findings) const
{
    if (numbers.isEmpty())
        return;
    const int highest = *std::max_element(numbers.cbegin(), numbers.cend());
    for (int n = first; n < highest; ++n) {
        if (numbers.contains(n))
            continue;
        const QString missing = QString::fromUtf8(prefix) + QString::number(n);
        findings->error(asmFileName(m_table), line, missing,
                        tr("The column is missing although %1%2 is present; extra columns must "
                           "be numbered without gaps.")
                            .arg(QString::fromUtf8(prefix))
                            .arg(highest),
                        QStringLiteral("asm.header.gap"));
    }
}

void AsmTableLayout::describeColumns()
{
    const QByteArray keyName = asmKeyColumn(m_table);
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        AsmColumn &c = m_columns[i];
        if (!c.known)
            continue;
        const QByteArrayView name = c.name;
        const bool locationColumn = name == "location_id" || name.startsWith(kLocationPrefix);
        c.instructor = m_table == AsmTable::Classes &&
                       (name == "instructor_id" || name.startsWith(kInstructorPrefix));
        c.identifier = name.endsWith("_id") || locationColumn || c.instructor;
        c.displayName = name == "first_name" || name == "middle_name" || name == "last_name" ||
                        name == "location_name" || name == "course_name" ||
                        name == "class_display_name";
        c.required = isRequired(m_table, name);
        c.passwordPolicy = m_table == AsmTable::Students && name == "password_policy";
        if (name == keyName) {
            c.key = true;
            m_keyIndex = int(i);
        }
        if (locationColumn && m_table != AsmTable::Locations)
            c.ref = AsmColumnRef::Location;
        else if (c.instructor)
            c.ref = AsmColumnRef::Staff;
        else if (m_table == AsmTable::Classes && name == "course_id")
            c.ref = AsmColumnRef::Course;
        else if (m_table == AsmTable::Rosters && name == "class_id")
            c.ref = AsmColumnRef::Class;
        else if (m_table == AsmTable::Rosters && name == "student_id")
            c.ref = AsmColumnRef::Student;
    }
}

} // namespace rb
