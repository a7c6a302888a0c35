#pragma once

#include "CollectionQuery.h"
#include "HttpRequest.h"
#include "HttpResponse.h"
#include "JsonShaper.h"
#include "OneRosterData.h"

#include <functional>

namespace rb::dev {

// Fault switches that change how collections are paged (see FaultInjector).
struct PagingFaults
{
    bool duplicateAcrossPages = false;
    bool repeatPage = false;
    bool shortPage = false;
    bool omitTotalCount = false;
};

struct ApiSettings
{
    OneRosterVersion version = OneRosterVersion::V1_2;
    QString origin;   // "http://127.0.0.1:N" or "https://NAME", for Link headers
    QString hrefBase; // "http://127.0.0.1:N/ims/oneroster/v1p1" or Aeries' "~/ims/oneroster/v1p1"
    bool nulls = false;
    bool aeries = false;
    int maxLimit = 1000;
};

// The GET endpoints of one OneRoster version: collections, single objects and the nested
// collections of the rostering service.
class RosterApi
{
public:
    RosterApi(const OneRosterData &data, ApiSettings settings);

    // segments: the decoded path after the version root ("users", "u1", "classes").
    HttpResponse handle(const HttpRequest &request, const QStringList &segments,
                        const PagingFaults &faults) const;

private:
    using Predicate = std::function<bool(const Entity &)>;
    struct Collection
    {
        EntityType type;
        QString key; // envelope key of the list
        QString singleKey;
        Predicate accepts;
    };
    struct Selection
    {
        Collection collection;
        QList<const Entity *> items;
    };

    std::optional<Collection> collection(const QString &name) const;
    std::optional<Selection> resolve(const QStringList &segments, HttpResponse *error) const;
    std::optional<Selection> nested(const Entity &parent, const QString &parentName,
                                    const QString &sub, HttpResponse *error) const;
    HttpResponse single(const Collection &c, const QString &id, const QStringList &fields) const;
    HttpResponse list(const HttpRequest &request, const Selection &selection,
                      const PagingFaults &faults) const;
    QList<const Entity *> all(const Collection &c) const;
    QList<const Entity *> usersOfClass(const QString &classId, const QString &role) const;
    QList<const Entity *> classesOfUser(const QString &userId) const;

    const OneRosterData &m_data;
    ApiSettings m_settings;
    JsonShaper m_shaper;
};

} // namespace rb::dev
