#include "AsmSchema.h"

namespace rb {

QString asmFileName(AsmTable table)
{
    switch (table) {
    case AsmTable::Locations:
        return QStringLiteral("locations.csv");
    case AsmTable::Students:
        return QStringLiteral("students.csv");
    case AsmTable::Staff:
        return QStringLiteral("staff.csv");
    case AsmTable::Courses:
        return QStringLiteral("courses.csv");
    case AsmTable::Classes:
        return QStringLiteral("classes.csv");
    case AsmTable::Rosters:
        break;
    }
    return QStringLiteral("rosters.csv");
}

QString asmTableKey(AsmTable table)
{
    QString name = asmFileName(table);
    name.chop(4); // ".csv"
    return name;
}

bool asmTableFromFileName(const QString &fileName, AsmTable *table)
{
    for (AsmTable t : kAsmTables) {
        if (asmFileName(t) == fileName) {
            *table = t;
            return true;
        }
    }
    return false;
}

QByteArrayList asmBaseHeader(AsmTable table)
{
    switch (table) {
    case AsmTable::Locations:
        return {"location_id", "location_name"};
    case AsmTable::Students:
        return {"person_id",   "person_number", "first_name",   "middle_name",     "last_name",
                "grade_level", "email_address", "sis_username", "password_policy", "location_id"};
    case AsmTable::Staff:
        return {"person_id", "person_number", "first_name",   "middle_name",
                "last_name", "email_address", "sis_username", "location_id"};
    case AsmTable::Courses:
        return {"course_id", "course_number", "course_name", "location_id"};
    case AsmTable::Classes:
        return {"class_id",        "class_number",    "course_id",  "instructor_id",
                "instructor_id_2", "instructor_id_3", "location_id"};
    case AsmTable::Rosters:
        break;
    }
    return {"roster_id", "class_id", "student_id"};
}

QByteArrayList asmHeader(AsmTable table, int locationColumns, int instructorColumns)
{
    QByteArrayList header = asmBaseHeader(table);
    if (table == AsmTable::Students || table == AsmTable::Staff) {
        for (int i = 2; i <= locationColumns; ++i)
            header.append("location_id_" + QByteArray::number(i));
    } else if (table == AsmTable::Classes) {
        for (int i = 4; i <= instructorColumns; ++i)
            header.append("instructor_id_" + QByteArray::number(i));
        header.append("class_display_name");
    }
    return header;
}

QByteArray asmKeyColumn(AsmTable table)
{
    switch (table) {
    case AsmTable::Locations:
        return "location_id";
    case AsmTable::Students:
    case AsmTable::Staff:
        return "person_id";
    case AsmTable::Courses:
        return "course_id";
    case AsmTable::Classes:
        return "class_id";
    case AsmTable::Rosters:
        break;
    }
    return "roster_id";
}

} // namespace rb
