#pragma once

#include "oneroster/OneRosterSource.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace rb {

// The six top-level collections a run reads, in the order they are fetched. Nested endpoints
// (/schools/{id}/classes, ...) are avoided: several vendors do not implement them.
enum class RestCollection { Orgs, AcademicSessions, Courses, Classes, Users, Enrollments };

struct RestCollectionInfo
{
    RestCollection collection;
    // Path below the version root, e.g. "/orgs".
    QString path;
    // Name used in messages and progress, e.g. "users".
    QString name;
    // Envelope keys accepted for the data array, preferred first.
    QStringList envelopeKeys;
    // The CSV file the records become.
    QString fileName;
};

const RestCollectionInfo &restCollectionInfo(RestCollection collection);
// All six, in fetch order.
const QList<RestCollection> &restCollections();

} // namespace rb
