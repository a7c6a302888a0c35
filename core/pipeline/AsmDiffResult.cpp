#include "AsmDiffResult.h"

#include <QJsonArray>

namespace rb {

namespace {

QJsonArray samplesToJson(const QList<AsmDiffSample> &samples)
{
    QJsonArray out;
    for (const AsmDiffSample &s : samples)
        out.append(s.toJson());
    return out;
}

QList<AsmDiffSample> samplesFromJson(const QJsonValue &value)
{
    QList<AsmDiffSample> out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue v : array)
        out.append(AsmDiffSample::fromJson(v.toObject()));
    return out;
}

QStringList stringsFromJson(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue v : array)
        out.append(v.toString());
    return out;
}

} // namespace

QJsonObject AsmDiffSample::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("key"), key);
    if (previousLine > 0)
        o.insert(QStringLiteral("previousLine"), previousLine);
    if (currentLine > 0)
        o.insert(QStringLiteral("currentLine"), currentLine);
    if (!values.isEmpty()) {
        QJsonArray array;
        for (const AsmFieldValue &v : values) {
            array.append(QJsonObject{{QStringLiteral("field"), v.field},
                                     {QStringLiteral("value"), v.value}});
        }
        o.insert(QStringLiteral("values"), array);
    }
    if (!changes.isEmpty()) {
        QJsonArray array;
        for (const AsmFieldChange &c : changes) {
            array.append(QJsonObject{{QStringLiteral("field"), c.field},
                                     {QStringLiteral("previous"), c.previousValue},
                                     {QStringLiteral("current"), c.currentValue}});
        }
        o.insert(QStringLiteral("changes"), array);
    }
    return o;
}

AsmDiffSample AsmDiffSample::fromJson(const QJsonObject &object)
{
    AsmDiffSample s;
    s.key = object.value(QStringLiteral("key")).toString();
    s.previousLine = object.value(QStringLiteral("previousLine")).toInteger();
    s.currentLine = object.value(QStringLiteral("currentLine")).toInteger();
    const QJsonArray values = object.value(QStringLiteral("values")).toArray();
    for (const QJsonValue v : values) {
        const QJsonObject o = v.toObject();
        s.values.append({o.value(QStringLiteral("field")).toString(),
                         o.value(QStringLiteral("value")).toString()});
    }
    const QJsonArray changes = object.value(QStringLiteral("changes")).toArray();
    for (const QJsonValue v : changes) {
        const QJsonObject o = v.toObject();
        s.changes.append({o.value(QStringLiteral("field")).toString(),
                          o.value(QStringLiteral("previous")).toString(),
                          o.value(QStringLiteral("current")).toString()});
    }
    return s;
}

double AsmTableDiff::changedWatchedPercent() const
{
    return previousRows > 0 ? double(changedWatched) * 100.0 / double(previousRows) : 0.0;
}

double AsmTableDiff::removedPercent() const
{
    return previousRows > 0 ? 100.0 * double(removed) / double(previousRows) : 0.0;
}

QJsonObject AsmTableDiff::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("file"), asmFileName(table));
    o.insert(QStringLiteral("previousRows"), previousRows);
    o.insert(QStringLiteral("currentRows"), currentRows);
    o.insert(QStringLiteral("added"), added);
    o.insert(QStringLiteral("removed"), removed);
    o.insert(QStringLiteral("changed"), changed);
    o.insert(QStringLiteral("changedWatched"), changedWatched);
    o.insert(QStringLiteral("changedLocation"), changedLocation);
    o.insert(QStringLiteral("unchanged"), unchanged);
    o.insert(QStringLiteral("removedPercent"), removedPercent());
    o.insert(QStringLiteral("complete"), complete);
    if (!problem.isEmpty())
        o.insert(QStringLiteral("problem"), problem);
    o.insert(QStringLiteral("addedColumns"), QJsonArray::fromStringList(addedColumns));
    o.insert(QStringLiteral("removedColumns"), QJsonArray::fromStringList(removedColumns));
    o.insert(QStringLiteral("samples"),
             QJsonObject{{QStringLiteral("added"), samplesToJson(addedSamples)},
                         {QStringLiteral("removed"), samplesToJson(removedSamples)},
                         {QStringLiteral("changed"), samplesToJson(changedSamples)}});
    return o;
}

AsmTableDiff AsmTableDiff::fromJson(AsmTable table, const QJsonObject &object)
{
    AsmTableDiff d;
    d.table = table;
    d.previousRows = object.value(QStringLiteral("previousRows")).toInteger();
    d.currentRows = object.value(QStringLiteral("currentRows")).toInteger();
    d.added = object.value(QStringLiteral("added")).toInteger();
    d.removed = object.value(QStringLiteral("removed")).toInteger();
    d.changed = object.value(QStringLiteral("changed")).toInteger();
    d.changedWatched = object.value(QStringLiteral("changedWatched")).toInteger();
    d.changedLocation = object.value(QStringLiteral("changedLocation")).toInteger();
    d.unchanged = object.value(QStringLiteral("unchanged")).toInteger();
    d.complete = object.value(QStringLiteral("complete")).toBool(true);
    d.problem = object.value(QStringLiteral("problem")).toString();
    d.addedColumns = stringsFromJson(object.value(QStringLiteral("addedColumns")));
    d.removedColumns = stringsFromJson(object.value(QStringLiteral("removedColumns")));
    const QJsonObject samples = object.value(QStringLiteral("samples")).toObject();
    d.addedSamples = samplesFromJson(samples.value(QStringLiteral("added")));
    d.removedSamples = samplesFromJson(samples.value(QStringLiteral("removed")));
    d.changedSamples = samplesFromJson(samples.value(QStringLiteral("changed")));
    return d;
}

AsmDiffResult::AsmDiffResult()
{
    for (AsmTable t : kAsmTables)
        table(t).table = t;
}

QJsonObject AsmDiffResult::toJson() const
{
    QJsonObject tablesJson;
    for (const AsmTableDiff &d : tables)
        tablesJson.insert(asmTableKey(d.table), d.toJson());
    return QJsonObject{{QStringLiteral("hasPrevious"), hasPrevious},
                       {QStringLiteral("peopleMoved"), peopleMoved},
                       {QStringLiteral("tables"), tablesJson}};
}

QJsonObject AsmDiffResult::summaryJson() const
{
    QJsonObject tablesJson;
    for (const AsmTableDiff &t : tables) {
        tablesJson.insert(asmFileName(t.table),
                          QJsonObject{{QStringLiteral("previous"), t.previousRows},
                                      {QStringLiteral("current"), t.currentRows},
                                      {QStringLiteral("added"), t.added},
                                      {QStringLiteral("removed"), t.removed},
                                      {QStringLiteral("changed"), t.changed}});
    }
    return QJsonObject{{QStringLiteral("hasPrevious"), hasPrevious},
                       {QStringLiteral("tables"), tablesJson}};
}

AsmDiffResult AsmDiffResult::fromJson(const QJsonObject &object)
{
    AsmDiffResult r;
    r.hasPrevious = object.value(QStringLiteral("hasPrevious")).toBool();
    r.peopleMoved = object.value(QStringLiteral("peopleMoved")).toInteger();
    const QJsonObject tablesJson = object.value(QStringLiteral("tables")).toObject();
    for (AsmTable t : kAsmTables)
        r.table(t) = AsmTableDiff::fromJson(t, tablesJson.value(asmTableKey(t)).toObject());
    return r;
}

} // namespace rb
