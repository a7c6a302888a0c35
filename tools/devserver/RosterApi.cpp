#include "RosterApi.h"

#include "ImsxStatus.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace rb::dev {

namespace {

QString field(const Entity &e, const char *name)
{
    return e.value(QString::fromLatin1(name));
}

bool isTerm(const Entity &e)
{
    const QString type = field(e, "type");
    return type == u"term" || type == u"semester";
}

HttpResponse unknown(const QString &what)
{
    return imsxError(404, QStringLiteral("unknownobject"), what + QStringLiteral(" not found"));
}

} // namespace

RosterApi::RosterApi(const OneRosterData &data, ApiSettings settings)
    : m_data(data)
    , m_settings(settings)
    , m_shaper(data, {settings.version, settings.hrefBase, settings.nulls})
{
}

std::optional<RosterApi::Collection> RosterApi::collection(const QString &name) const
{
    const auto any = [](const Entity &) {
        return true;
    };
    const auto role = [](const char *r) {
        return [r](const Entity &e) {
            return field(e, "role") == QLatin1String(r);
        };
    };
    const auto users = QStringLiteral("users");
    const auto sessions = QStringLiteral("academicSessions");
    if (name == u"orgs")
        return Collection{EntityType::Org, name, QStringLiteral("org"), any};
    if (name == u"schools")
        return Collection{EntityType::Org, QStringLiteral("orgs"), QStringLiteral("org"),
                          [](const Entity &e) {
                              return field(e, "type") == u"school";
                          }};
    if (name == u"academicSessions")
        return Collection{EntityType::AcademicSession, sessions, QStringLiteral("academicSession"),
                          any};
    if (name == u"terms")
        return Collection{EntityType::AcademicSession, sessions, QStringLiteral("academicSession"),
                          isTerm};
    if (name == u"gradingPeriods")
        return Collection{EntityType::AcademicSession, sessions, QStringLiteral("academicSession"),
                          [](const Entity &e) {
                              return field(e, "type") == u"gradingPeriod";
                          }};
    if (name == u"courses")
        return Collection{EntityType::Course, name, QStringLiteral("course"), any};
    if (name == u"classes")
        return Collection{EntityType::Class, name, QStringLiteral("class"), any};
    if (name == u"enrollments")
        return Collection{EntityType::Enrollment, name, QStringLiteral("enrollment"), any};
    if (name == u"users")
        return Collection{EntityType::User, users, QStringLiteral("user"), any};
    // Students and teachers are users whose primary role is that role.
    if (name == u"students")
        return Collection{EntityType::User, users, QStringLiteral("user"), role("student")};
    if (name == u"teachers")
        return Collection{EntityType::User, users, QStringLiteral("user"), role("teacher")};
    return std::nullopt;
}

QList<const Entity *> RosterApi::all(const Collection &c) const
{
    QList<const Entity *> out;
    for (const Entity &e : m_data.entities(c.type)) {
        if (c.accepts(e))
            out.append(&e);
    }
    return out;
}

HttpResponse RosterApi::handle(const HttpRequest &request, const QStringList &segments,
                               const PagingFaults &faults) const
{
    if (request.method != "GET") {
        HttpResponse r =
            imsxError(405, QStringLiteral("invaliddata"), QStringLiteral("only GET is supported"));
        r.setHeader("Allow", "GET");
        return r;
    }
    if (segments.size() == 2) {
        const auto c = collection(segments.at(0));
        if (!c)
            return unknown(QStringLiteral("endpoint"));
        QStringList fields;
        const auto items = request.queryItems();
        for (const auto &[name, value] : items) {
            if (name == u"fields")
                fields += value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        }
        return single(*c, segments.at(1), fields);
    }
    HttpResponse error;
    const auto selection = resolve(segments, &error);
    if (!selection)
        return error;
    return list(request, *selection, faults);
}

std::optional<RosterApi::Selection> RosterApi::resolve(const QStringList &segments,
                                                       HttpResponse *error) const
{
    *error = unknown(QStringLiteral("endpoint"));
    if (segments.isEmpty())
        return std::nullopt;
    const auto c = collection(segments.at(0));
    if (!c)
        return std::nullopt;
    if (segments.size() == 1)
        return Selection{*c, all(*c)};
    const Entity *parent = m_data.find(c->type, segments.at(1));
    if (!parent || !c->accepts(*parent)) {
        *error = unknown(c->singleKey + u' ' + segments.at(1));
        return std::nullopt;
    }
    if (segments.size() == 3)
        return nested(*parent, segments.at(0), segments.at(2), error);
    // schools/{id}/classes/{id}/enrollments|students|teachers
    if (segments.size() == 5 && segments.at(0) == u"schools" && segments.at(2) == u"classes") {
        const Entity *cls = m_data.find(EntityType::Class, segments.at(3));
        if (!cls || field(*cls, "schoolSourcedId") != parent->id) {
            *error = unknown(QStringLiteral("class ") + segments.at(3));
            return std::nullopt;
        }
        return nested(*cls, QStringLiteral("classes"), segments.at(4), error);
    }
    return std::nullopt;
}

std::optional<RosterApi::Selection> RosterApi::nested(const Entity &parent,
                                                      const QString &parentName, const QString &sub,
                                                      HttpResponse *error) const
{
    const auto select = [&](const char *name, const Predicate &p) -> std::optional<Selection> {
        auto c = *collection(QString::fromLatin1(name));
        QList<const Entity *> items;
        for (const Entity &e : m_data.entities(c.type)) {
            if (c.accepts(e) && p(e))
                items.append(&e);
        }
        return Selection{c, items};
    };
    const auto inList = [&](const Entity &e, const char *column) {
        return e.list(QString::fromLatin1(column)).contains(parent.id);
    };
    const QString id = parent.id;
    if (parentName == u"schools") {
        // Aeries does not offer these three.
        if (m_settings.aeries && (sub == u"classes" || sub == u"courses" || sub == u"terms"))
            return std::nullopt;
        if (sub == u"classes")
            return select("classes",
                          [&](const Entity &e) { return field(e, "schoolSourcedId") == id; });
        if (sub == u"courses")
            return select("courses",
                          [&](const Entity &e) { return field(e, "orgSourcedId") == id; });
        if (sub == u"enrollments")
            return select("enrollments",
                          [&](const Entity &e) { return field(e, "schoolSourcedId") == id; });
        if (sub == u"students" || sub == u"teachers")
            return select(sub == u"students" ? "students" : "teachers",
                          [&](const Entity &e) { return e.orgIds.contains(id); });
        if (sub == u"terms") {
            QSet<QString> terms;
            for (const Entity &c : m_data.entities(EntityType::Class)) {
                if (field(c, "schoolSourcedId") == id) {
                    const auto t = c.list(QStringLiteral("termSourcedIds"));
                    terms.unite(QSet<QString>(t.begin(), t.end()));
                }
            }
            return select("terms", [&](const Entity &e) { return terms.contains(e.id); });
        }
    } else if (parentName == u"terms") {
        if (sub == u"classes")
            return select("classes", [&](const Entity &e) { return inList(e, "termSourcedIds"); });
        if (sub == u"gradingPeriods")
            return select("gradingPeriods",
                          [&](const Entity &e) { return field(e, "parentSourcedId") == id; });
    } else if (parentName == u"courses") {
        if (sub == u"classes")
            return select("classes",
                          [&](const Entity &e) { return field(e, "courseSourcedId") == id; });
    } else if (parentName == u"students" || parentName == u"teachers" || parentName == u"users") {
        if (sub == u"classes")
            return Selection{*collection(sub), classesOfUser(id)};
    } else if (parentName == u"classes") {
        if (sub == u"students" || sub == u"teachers")
            return Selection{*collection(sub), usersOfClass(id, sub.chopped(1))};
        if (sub == u"enrollments")
            return select("enrollments",
                          [&](const Entity &e) { return field(e, "classSourcedId") == id; });
    }
    *error = unknown(QStringLiteral("endpoint"));
    return std::nullopt;
}

QList<const Entity *> RosterApi::usersOfClass(const QString &classId, const QString &role) const
{
    QList<const Entity *> out;
    QSet<QString> seen;
    for (const Entity &e : m_data.entities(EntityType::Enrollment)) {
        if (field(e, "classSourcedId") != classId || field(e, "role") != role ||
            field(e, "status") != u"active")
            continue;
        const QString userId = field(e, "userSourcedId");
        const Entity *user = m_data.find(EntityType::User, userId);
        if (user && !seen.contains(userId)) {
            seen.insert(userId);
            out.append(user);
        }
    }
    return out;
}

QList<const Entity *> RosterApi::classesOfUser(const QString &userId) const
{
    QSet<QString> ids;
    for (const Entity &e : m_data.entities(EntityType::Enrollment)) {
        if (field(e, "userSourcedId") == userId && field(e, "status") == u"active")
            ids.insert(field(e, "classSourcedId"));
    }
    QList<const Entity *> out;
    for (const Entity &c : m_data.entities(EntityType::Class)) {
        if (ids.contains(c.id))
            out.append(&c);
    }
    return out;
}

HttpResponse RosterApi::single(const Collection &c, const QString &id,
                               const QStringList &fields) const
{
    const Entity *e = m_data.find(c.type, id);
    if (!e || !c.accepts(*e))
        return unknown(c.singleKey + u' ' + id);
    const QStringList known = JsonShaper::allFields(c.type, m_settings.version);
    for (const QString &f : fields) {
        if (!known.contains(f))
            return imsxError(400, QStringLiteral("invalid_selection_field"),
                             QStringLiteral("unknown field: ") + f);
    }
    QJsonObject object = m_shaper.shape(c.type, *e);
    if (!fields.isEmpty()) {
        for (const QString &key : object.keys()) {
            if (!fields.contains(key))
                object.remove(key);
        }
    }
    return HttpResponse::json(200, QJsonObject{{c.singleKey, object}});
}

HttpResponse RosterApi::list(const HttpRequest &request, const Selection &selection,
                             const PagingFaults &faults) const
{
    const auto items = request.queryItems();
    CollectionQuery query;
    QString codeMinor, error;
    if (!query.parse(items, m_settings.maxLimit, &codeMinor, &error))
        return imsxError(400, codeMinor, error);
    const EntityType type = selection.collection.type;
    const OneRosterVersion version = m_settings.version;
    const Entity probe;
    if (query.filter) {
        for (const QString &f : query.filter->fields()) {
            if (!JsonShaper::filterValue(type, version, probe, f))
                return imsxError(400, QStringLiteral("invalid_filter_field"),
                                 QStringLiteral("cannot filter on ") + f);
        }
    }
    if (!query.sort.isEmpty() && !JsonShaper::filterValue(type, version, probe, query.sort))
        return imsxError(400, QStringLiteral("invalid_selection_field"),
                         QStringLiteral("cannot sort on ") + query.sort);
    const QStringList known = JsonShaper::allFields(type, version);
    for (const QString &f : std::as_const(query.fields)) {
        if (!known.contains(f))
            return imsxError(400, QStringLiteral("invalid_selection_field"),
                             QStringLiteral("unknown field: ") + f);
    }

    QList<const Entity *> rows;
    for (const Entity *e : selection.items) {
        if (!query.filter || query.filter->matches([&](const QString &f) {
                return *JsonShaper::filterValue(type, version, *e, f);
            }))
            rows.append(e);
    }
    if (!query.sort.isEmpty() || query.descending) {
        const QString key = query.sort.isEmpty() ? QStringLiteral("sourcedId") : query.sort;
        std::stable_sort(rows.begin(), rows.end(), [&](const Entity *a, const Entity *b) {
            const int cmp = JsonShaper::filterValue(type, version, *a, key)
                                ->compare(*JsonShaper::filterValue(type, version, *b, key));
            return query.descending ? cmp > 0 : cmp < 0;
        });
    }

    const qint64 total = rows.size();
    // See FaultInjector for what these switches promise.
    const qint64 from = faults.repeatPage ? 0 : query.offset;
    qint64 to = qMin(total, from + query.limit);
    qint64 begin = from;
    if (faults.duplicateAcrossPages && from > 0 && from < total)
        begin = from - 1;
    if (faults.shortPage && to > from)
        --to;
    QJsonArray array;
    for (qint64 i = begin; i < to; ++i) {
        QJsonObject object = m_shaper.shape(type, *rows.at(i));
        if (!query.fields.isEmpty()) {
            for (const QString &key : object.keys()) {
                if (!query.fields.contains(key))
                    object.remove(key);
            }
        }
        array.append(object);
    }
    HttpResponse response = HttpResponse::json(200, {{selection.collection.key, array}});
    if (!faults.omitTotalCount)
        response.setHeader("X-Total-Count", QByteArray::number(total));
    response.setHeader(
        "Link", CollectionQuery::linkHeader(m_settings.origin + QString::fromUtf8(request.path),
                                            items, query.limit, query.offset, total));
    return response;
}

} // namespace rb::dev
