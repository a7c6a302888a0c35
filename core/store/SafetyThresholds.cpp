#include "SafetyThresholds.h"

#include <cmath>

namespace rb {

namespace {

const QString kHoldFirstDelivery = QStringLiteral("holdFirstDelivery");
const QString kTables = QStringLiteral("tables");
const QString kPercent = QStringLiteral("maxRemovedPercent");
const QString kCount = QStringLiteral("maxRemovedCount");
const QString kChanged = QStringLiteral("maxChangedPercent");

} // namespace

SafetyThresholds::SafetyThresholds()
{
    for (AsmTable table : kAsmTables)
        setLimit(table, defaultLimit(table));
}

SafetyLimit SafetyThresholds::defaultLimit(AsmTable table)
{
    switch (table) {
    case AsmTable::Locations:
        return {0.0, 0};
    case AsmTable::Rosters:
        return {10.0, 500};
    case AsmTable::Students:
    case AsmTable::Staff:
        // A mass change of names, addresses or schools is as likely a broken export as news.
        return {5.0, 50, 20.0};
    case AsmTable::Courses:
    case AsmTable::Classes:
        break;
    }
    return {5.0, 50};
}

QJsonObject SafetyThresholds::toJson() const
{
    QJsonObject tables;
    for (AsmTable table : kAsmTables) {
        const SafetyLimit l = limit(table);
        tables.insert(asmTableKey(table), QJsonObject{{kPercent, l.maxRemovedPercent},
                                                      {kCount, l.maxRemovedCount},
                                                      {kChanged, l.maxChangedPercent}});
    }
    return QJsonObject{{kHoldFirstDelivery, m_holdFirstDelivery}, {kTables, tables}};
}

bool SafetyThresholds::fromJson(const QJsonObject &object, SafetyThresholds *out,
                                QStringList *errors)
{
    SafetyThresholds result;
    QStringList problems;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == kHoldFirstDelivery) {
            if (it.value().isBool())
                result.m_holdFirstDelivery = it.value().toBool();
            else
                problems.append(tr("\"%1\" must be true or false.").arg(it.key()));
        } else if (it.key() != kTables) {
            problems.append(tr("Unknown setting \"%1\".").arg(it.key()));
        }
    }
    const QJsonValue tablesValue = object.value(kTables);
    if (!tablesValue.isUndefined() && !tablesValue.isObject())
        problems.append(tr("\"%1\" must be an object.").arg(kTables));
    const QJsonObject tables = tablesValue.toObject();
    for (auto it = tables.begin(); it != tables.end(); ++it) {
        AsmTable table;
        if (!asmTableFromFileName(it.key() + QStringLiteral(".csv"), &table)) {
            problems.append(tr("Unknown table \"%1\"; use locations, students, staff, courses, "
                               "classes or rosters.")
                                .arg(it.key()));
            continue;
        }
        if (!it.value().isObject()) {
            problems.append(tr("\"%1\" must be an object.").arg(it.key()));
            continue;
        }
        SafetyLimit limit = result.limit(table);
        const QJsonObject o = it.value().toObject();
        for (auto field = o.begin(); field != o.end(); ++field) {
            const QString where = it.key() + u'.' + field.key();
            const QJsonValue v = field.value();
            if (field.key() == kPercent || field.key() == kChanged) {
                if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() < 0 ||
                    v.toDouble() > 100)
                    problems.append(tr("\"%1\" must be a number from 0 to 100.").arg(where));
                else if (field.key() == kPercent)
                    limit.maxRemovedPercent = v.toDouble();
                else
                    limit.maxChangedPercent = v.toDouble();
            } else if (field.key() == kCount) {
                const double d = v.toDouble(-1);
                if (!v.isDouble() || d < 0 || d != std::floor(d) || d > 9e15)
                    problems.append(tr("\"%1\" must be a whole number of 0 or more.").arg(where));
                else
                    limit.maxRemovedCount = qint64(d);
            } else {
                problems.append(tr("Unknown setting \"%1\".").arg(where));
            }
        }
        result.setLimit(table, limit);
    }
    if (errors)
        *errors = problems;
    if (!problems.isEmpty())
        return false;
    *out = result;
    return true;
}

} // namespace rb
