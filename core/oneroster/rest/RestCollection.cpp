#include "RestCollection.h"

using namespace Qt::StringLiterals;

namespace rb {

namespace {
const QList<RestCollectionInfo> &table()
{
    // Moodle's client and several vendors answer /users with "students" or "teachers" and
    // academic sessions with "terms"; the first array-valued key that fits is taken.
    static const QList<RestCollectionInfo> infos = {
        {RestCollection::Orgs, u"/orgs"_s, u"orgs"_s, {u"orgs"_s}, u"orgs.csv"_s},
        {RestCollection::AcademicSessions,
         u"/academicSessions"_s,
         u"academicSessions"_s,
         {u"academicSessions"_s, u"terms"_s},
         u"academicSessions.csv"_s},
        {RestCollection::Courses, u"/courses"_s, u"courses"_s, {u"courses"_s}, u"courses.csv"_s},
        {RestCollection::Classes, u"/classes"_s, u"classes"_s, {u"classes"_s}, u"classes.csv"_s},
        {RestCollection::Users,
         u"/users"_s,
         u"users"_s,
         {u"users"_s, u"students"_s, u"teachers"_s},
         u"users.csv"_s},
        {RestCollection::Enrollments,
         u"/enrollments"_s,
         u"enrollments"_s,
         {u"enrollments"_s},
         u"enrollments.csv"_s},
    };
    return infos;
}
} // namespace

const RestCollectionInfo &restCollectionInfo(RestCollection collection)
{
    return table().at(int(collection));
}

const QList<RestCollection> &restCollections()
{
    static const QList<RestCollection> all = {
        RestCollection::Orgs,    RestCollection::AcademicSessions,
        RestCollection::Courses, RestCollection::Classes,
        RestCollection::Users,   RestCollection::Enrollments};
    return all;
}

} // namespace rb
