#pragma once

#include "RestCollection.h"

#include <QByteArrayList>
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace rb {

// One REST record in the CSV shape of the same OneRoster version (CSV binding section 4.4):
// 1.1 users carry role and orgSourcedIds; 1.2 users carry primaryOrgSourcedId and their
// roles become rows of roles.csv.
struct ConvertedRecord
{
    QByteArrayList row;
    // 1.2 users only: rows of roles.csv.
    QList<QByteArrayList> roles;
    // Things that could not be converted faithfully, e.g. a GUIDRef without sourcedId.
    QStringList problems;
};

class RestRecordConverter
{
    Q_DECLARE_TR_FUNCTIONS(rb::RestRecordConverter)
public:
    explicit RestRecordConverter(OneRosterVersion version);

    OneRosterVersion version() const { return m_version; }
    // The files a collection becomes: users in 1.2 also fill roles.csv.
    QStringList filesFor(RestCollection collection) const;

    ConvertedRecord convert(RestCollection collection, const QJsonObject &record) const;

private:
    void convertUser(const QJsonObject &record, ConvertedRecord *out) const;

    OneRosterVersion m_version;
};

} // namespace rb
