#include "history/HistoryText.h"

#include "pipeline/RunStep.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace rb {

namespace {
const QString kFindings = u"findings"_s;

QString scalarText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Double:
        return QLocale().toString(v.toDouble(), 'g', 15);
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Bool:
        return v.toBool() ? HistoryText::tr("yes") : HistoryText::tr("no");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    default:
        return u"-"_s;
    }
}
// Counts per file ("added=12, changed=0, ...") read best on one line each.
constexpr qsizetype kFlatWidth = 90;

QString flatLine(const QJsonObject &object)
{
    QStringList parts;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isObject() || it.value().isArray())
            return {};
        parts << QString(it.key() % u'=' % scalarText(it.value()));
    }
    return parts.join(u", "_s);
}
} // namespace

QString HistoryText::runStatus(RunStatus status)
{
    switch (status) {
    case RunStatus::Running:
        return tr("Running");
    case RunStatus::Success:
        return tr("Delivered");
    case RunStatus::Failed:
        return tr("Failed");
    case RunStatus::Held:
        return tr("Held for review");
    case RunStatus::DryRun:
        return tr("Dry run");
    case RunStatus::Cancelled:
        return tr("Cancelled");
    case RunStatus::Interrupted:
        break;
    }
    return tr("Interrupted");
}

QString HistoryText::trigger(RunTrigger trigger)
{
    switch (trigger) {
    case RunTrigger::Schedule:
        return tr("Schedule");
    case RunTrigger::Manual:
        return tr("Run now");
    case RunTrigger::Watch:
        return tr("New export");
    case RunTrigger::Cli:
        break;
    }
    return tr("Command line");
}

QString HistoryText::exchangeKind(ExchangeKind kind)
{
    switch (kind) {
    case ExchangeKind::Http:
        return tr("HTTP");
    case ExchangeKind::Sftp:
        return tr("SFTP");
    case ExchangeKind::File:
        break;
    }
    return tr("File");
}

QString HistoryText::stepName(const QString &name)
{
    for (RunStep step : kRunSteps) {
        if (runStepName(step) == name)
            return RunStepText::describe(step);
    }
    return name;
}

QString HistoryText::stepStatus(StepStatus status)
{
    switch (status) {
    case StepStatus::Ok:
        return tr("Done");
    case StepStatus::Failed:
        return tr("Failed");
    case StepStatus::Skipped:
        return tr("Skipped");
    case StepStatus::Held:
        return tr("Held");
    case StepStatus::Cancelled:
        return tr("Cancelled");
    case StepStatus::Interrupted:
        return tr("Interrupted");
    case StepStatus::Running:
        break;
    }
    return tr("Running");
}

QString HistoryText::localTime(const QDateTime &time, bool seconds)
{
    if (!time.isValid())
        return u"-"_s;
    return QLocale().toString(time.toLocalTime(),
                              seconds ? u"ddd yyyy-MM-dd HH:mm:ss"_s : u"ddd yyyy-MM-dd HH:mm"_s);
}

QString HistoryText::duration(qint64 ms)
{
    if (ms < 0)
        return u"-"_s;
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    if (ms < 60 * 1000)
        return tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
    const qint64 s = ms / 1000;
    if (s < 3600)
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return tr("%1 h %2 min").arg(s / 3600).arg(s % 3600 / 60);
}

qint64 HistoryText::runDuration(const RunRecord &run)
{
    return run.endedAt.isValid() ? run.startedAt.msecsTo(run.endedAt) : -1;
}

QString HistoryText::dataSize(qint64 bytes)
{
    if (bytes < 1024)
        return bytes == 1 ? tr("1 byte") : tr("%1 bytes").arg(qMax<qint64>(bytes, 0));
    const QStringList units{tr("%1 KB"), tr("%1 MB"), tr("%1 GB"), tr("%1 TB")};
    double value = double(bytes) / 1024.0;
    qsizetype unit = 0;
    while (value >= 1024.0 && unit + 1 < units.size()) {
        value /= 1024.0;
        ++unit;
    }
    return units.at(unit).arg(QLocale().toString(value, 'f', 1));
}

QString HistoryText::oneLine(const QString &text)
{
    QString line = text;
    line.replace(u"\r\n"_s, u" "_s).replace(u'\n', u' ').replace(u'\r', u' ');
    return line.trimmed();
}

QString HistoryText::countsSummary(const QJsonObject &counts)
{
    QStringList parts;
    const qsizetype found = counts.value(kFindings).toArray().size();
    if (found > 0)
        parts << (found == 1 ? tr("1 finding") : tr("%1 findings").arg(found));
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        if (it.key() == kFindings)
            continue;
        if (!it.value().isObject()) {
            parts << QString(it.key() % u'=' % scalarText(it.value()));
            continue;
        }
        // A cell has room for one value per key: rows per file add up, a check has a verdict;
        // everything else is in the detail pane.
        const QJsonObject inner = it.value().toObject();
        if (inner.value(u"verdict"_s).isString()) {
            parts << QString(it.key() % u'=' % inner.value(u"verdict"_s).toString());
            continue;
        }
        double total = 0;
        bool numbers = !inner.isEmpty();
        for (const QJsonValue &v : inner)
            numbers = numbers && v.isDouble();
        if (!numbers)
            continue;
        for (const QJsonValue &v : inner)
            total += v.toDouble();
        parts << QString(it.key() % u'=' % QLocale().toString(total, 'g', 15));
    }
    return parts.join(u", "_s);
}

QStringList HistoryText::findings(const QJsonObject &counts)
{
    QStringList lines;
    for (const QJsonValue &v : counts.value(kFindings).toArray())
        lines << (v.isString() ? v.toString() : scalarText(v));
    return lines;
}

QStringList HistoryText::countLines(const QJsonObject &counts, int indent)
{
    const QString pad(indent * 2, u' ');
    QStringList lines;
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        if (indent == 0 && it.key() == kFindings)
            continue;
        const QJsonValue value = it.value();
        if (value.isObject()) {
            const QString flat = flatLine(value.toObject());
            if (!flat.isEmpty() && pad.size() + it.key().size() + flat.size() <= kFlatWidth) {
                lines << QString(pad % it.key() % u": " % flat);
                continue;
            }
            lines << QString(pad % it.key() % u':');
            lines << countLines(value.toObject(), indent + 1);
        } else if (value.isArray()) {
            lines << QString(pad % it.key() % u':');
            for (const QJsonValue &item : value.toArray()) {
                if (!item.isObject()) {
                    lines << QString(pad % u"  - " % scalarText(item));
                    continue;
                }
                // "- " then the object's members, lined up under the first one.
                QStringList inner = countLines(item.toObject(), indent + 2);
                if (!inner.isEmpty())
                    inner.first().replace(pad.size() + 2, 2, u"- "_s);
                lines << inner;
            }
        } else {
            lines << QString(pad % it.key() % u": " % scalarText(value));
        }
    }
    return lines;
}

} // namespace rb
