#include "CourseCatalog.h"

#include <iterator>

using namespace Qt::StringLiterals;

namespace rb::gen {

namespace {

const CatalogEntry kSchoolCourses[] = {
    {u"Algebra I"_s, "ALG1", u"Mathematics"_s},
    {u"English Language Arts"_s, "ELA", u"English Language Arts"_s},
    {u"\"Honors\" Biology"_s, "BIOH", u"Science"_s},
    {u"World History"_s, "WHIST", u"Social Studies"_s},
    {u"Geometry"_s, "GEOM", u"Mathematics"_s},
    {u"Physical Education"_s, "PE", u"Physical Education"_s},
    {u"Chemistry"_s, "CHEM", u"Science"_s},
    {u"Spanish I"_s, "SPAN1", u"World Languages"_s},
    {u"Art & Design"_s, "ART", u"Arts"_s},
    {u"Music: Band & Orchestra"_s, "MUS", u"Arts"_s},
    {u"Computer Science Principles"_s, "CSP", u"Computer Science"_s},
    {u"Reading"_s, "READ", u"English Language Arts"_s},
    {u"Earth Science"_s, "ESCI", u"Science"_s},
    {u"U.S. Government"_s, "GOV", u"Social Studies"_s},
    {u"Français II"_s, "FRN2", u"World Languages"_s},
    {u"Pre-Calculus"_s, "PCALC", u"Mathematics"_s},
    {u"Writing Workshop"_s, "WRIT", u"English Language Arts"_s},
    {u"Physics"_s, "PHYS", u"Science"_s},
};

const CatalogEntry kDistrictCourses[] = {
    {u"Digital Citizenship"_s, "DIGCIT", u"Technology"_s},
    {u"Health & Wellness"_s, "HLTH", u"Health"_s},
    {u"Advisory, Grades 6-12"_s, "ADV", u"Advisory"_s},
    {u"Career Readiness"_s, "CAREER", u"Career and Technical Education"_s},
};

const CatalogEntry kHomeroom = {u"Homeroom"_s, "HR", u"Homeroom"_s};

} // namespace

int CourseCatalog::schoolCourseCount()
{
    return int(std::size(kSchoolCourses));
}

const CatalogEntry &CourseCatalog::schoolCourse(int index)
{
    return kSchoolCourses[index % schoolCourseCount()];
}

int CourseCatalog::districtCourseCount()
{
    return int(std::size(kDistrictCourses));
}

const CatalogEntry &CourseCatalog::districtCourse(int index)
{
    return kDistrictCourses[index % districtCourseCount()];
}

const CatalogEntry &CourseCatalog::homeroom()
{
    return kHomeroom;
}

QByteArray CourseCatalog::gradeName(int grade)
{
    if (grade <= 0)
        return QByteArrayLiteral("KG");
    return QByteArray::number(grade).rightJustified(2, '0');
}

} // namespace rb::gen
