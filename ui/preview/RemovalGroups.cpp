#include "preview/RemovalGroups.h"

#include "pipeline/DecisionLookup.h"
#include "preview/CsvRowCache.h"
#include "preview/CsvTableIndex.h"

#include <QHash>

#include <algorithm>

namespace rb {

namespace {

QHash<QString, QString> locationNames(const TableSet &previous)
{
    QHash<QString, QString> names;
    const auto &locations = previous[size_t(AsmTable::Locations)];
    if (!locations)
        return names;
    const qsizetype id = locations->columns().indexOf("location_id");
    const qsizetype name = locations->columns().indexOf("location_name");
    CsvRowCache rows(locations);
    for (qsizetype r = 0; r < locations->rowCount(); ++r) {
        const QStringList row = rows.row(r);
        names.insert(row.value(id), row.value(name));
    }
    return names;
}

} // namespace

QList<RemovalGroup> RemovalGroups::arrange(PackageChanges *changes, const TableSet &previous,
                                           const DecisionLookup *lookup)
{
    QList<RemovalGroup> groups;
    if (!changes->hasPrevious)
        return groups;
    const QHash<QString, QString> names = locationNames(previous);
    for (AsmTable table : {AsmTable::Students, AsmTable::Staff}) {
        TableChanges &t = changes->table(table);
        const auto &index = previous[size_t(table)];
        if (!index || t.removedRows.empty())
            continue;
        const qsizetype idColumn = index->columns().indexOf("person_id");
        const qsizetype schoolColumn = index->columns().indexOf("location_id");
        const qsizetype gradeColumn = index->columns().indexOf("grade_level");
        struct Keyed
        {
            QString school, grade, cause;
            RowChange row;
        };
        std::vector<Keyed> keyed;
        keyed.reserve(t.removedRows.size());
        CsvRowCache rows(index);
        for (const RowChange &change : t.removedRows) {
            const QStringList row = rows.row(qsizetype(change.previousRow));
            const QString school = row.value(schoolColumn);
            QString cause;
            if (lookup)
                cause = lookup->removalCause(row.value(idColumn).toUtf8()).title;
            keyed.push_back({names.value(school, school), row.value(gradeColumn), cause, change});
        }
        // Stable: file order within a group, as the diff found them.
        std::stable_sort(keyed.begin(), keyed.end(), [](const Keyed &a, const Keyed &b) {
            return a.school != b.school ? a.school.localeAwareCompare(b.school) < 0
                                        : a.grade < b.grade;
        });
        for (size_t i = 0; i < keyed.size(); ++i) {
            t.removedRows[i] = keyed[i].row;
            if (groups.isEmpty() || groups.last().table != table ||
                groups.last().school != keyed[i].school || groups.last().grade != keyed[i].grade)
                groups.append({table, keyed[i].school, keyed[i].grade, 0, {}, qsizetype(i)});
            RemovalGroup &g = groups.last();
            ++g.count;
            if (!keyed[i].cause.isEmpty())
                ++g.causes[keyed[i].cause];
        }
    }
    return groups;
}

QString RemovalGroups::causesText(const RemovalGroup &group)
{
    QStringList parts;
    for (auto it = group.causes.cbegin(); it != group.causes.cend(); ++it)
        parts << tr("%1: %2").arg(it.key()).arg(it.value());
    return parts.join(QStringLiteral(", "));
}

} // namespace rb
