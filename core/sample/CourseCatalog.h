#pragma once

#include <QByteArray>
#include <QString>

namespace rb::gen {

struct CatalogEntry
{
    QString title;
    QByteArray code;
    QString subject;
};

// The subjects that school and district courses are drawn from. Some titles carry commas,
// quotes or non-ASCII letters on purpose.
class CourseCatalog
{
public:
    static int schoolCourseCount();
    static const CatalogEntry &schoolCourse(int index);
    static int districtCourseCount();
    static const CatalogEntry &districtCourse(int index);
    static const CatalogEntry &homeroom();

    // "KG", "01" .. "12" for grade numbers 0..12.
    static QByteArray gradeName(int grade);
};

} // namespace rb::gen
