#include "HistoryFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace rb {

QString HistoryFormat::localTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) : u"-"_s;
}

qint64 HistoryFormat::runDuration(const RunRecord &run)
{
    return run.endedAt.isValid() ? run.startedAt.msecsTo(run.endedAt) : -1;
}

QString HistoryFormat::duration(qint64 ms)
{
    if (ms < 0)
        return u"-"_s;
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    if (ms < 60 * 1000)
        return tr("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
    const qint64 s = ms / 1000;
    if (s < 3600)
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return tr("%1 h %2 min").arg(s / 3600).arg(s % 3600 / 60);
}

// Messages may span lines; a listing keeps one line per run.
QString HistoryFormat::oneLine(const QString &text)
{
    QString line = text;
    line.replace(u"\r\n"_s, u" "_s).replace(u'\n', u' ').replace(u'\r', u' ');
    return line.trimmed();
}

QString HistoryFormat::countsText(const QJsonObject &counts)
{
    QStringList parts;
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        const QJsonValue v = it.value();
        QString value;
        if (v.isDouble())
            value = QString::number(v.toDouble());
        else if (v.isString())
            value = v.toString();
        else if (v.isBool())
            value = v.toBool() ? u"true"_s : u"false"_s;
        else if (v.isObject())
            value = QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        else if (v.isArray())
            value = QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
        else
            value = u"null"_s;
        parts << QString(it.key() % u'=' % value);
    }
    return parts.join(u", "_s);
}

QString HistoryFormat::profileLabel(const QString &profileId, const ProfileNames &names)
{
    return names.value(profileId, profileId);
}

QStringList HistoryFormat::runCells(const RunRecord &run, const ProfileNames &names)
{
    return {
        QString::number(run.id),     localTime(run.startedAt),  profileLabel(run.profileId, names),
        runTriggerName(run.trigger), runStatusName(run.status), duration(runDuration(run)),
        oneLine(run.message)};
}

QStringList HistoryFormat::runHeader()
{
    return {tr("RUN"),    tr("STARTED"),  tr("PROFILE"), tr("TRIGGER"),
            tr("STATUS"), tr("DURATION"), tr("MESSAGE")};
}

// Pads every column but the last to its widest cell.
QStringList HistoryFormat::table(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = qMax(widths[i], row.at(i).size());
        }
    }
    QStringList lines;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? QString(row.at(i).leftJustified(widths[i]) % u"  ")
                                       : row.at(i);
        while (line.endsWith(u' '))
            line.chop(1);
        lines << line;
    }
    return lines;
}

QJsonObject HistoryFormat::runJson(const RunRecord &run, const ProfileNames &names)
{
    return run.toJson(names.value(run.profileId));
}

QString HistoryFormat::exchangeLine(const ExchangeRecord &e)
{
    QStringList cells{exchangeKindName(e.kind), e.operation, e.target};
    if (e.kind == ExchangeKind::Http)
        cells << (e.status > 0 ? QString::number(e.status) : u"-"_s);
    cells << (e.ok ? tr("ok") : tr("failed")) << duration(e.durationMs)
          << QLocale().formattedDataSize(e.bytes);
    if (!e.error.isEmpty())
        cells << tr("error: %1").arg(oneLine(e.error));
    return cells.join(u"  "_s);
}

QString HistoryFormat::fieldText(const QString &field)
{
    if (field == u"run message")
        return tr("the run's message");
    if (field == u"step message")
        return tr("the step's message");
    if (field == u"exchange target")
        return tr("the exchange's URL or path");
    if (field == u"request body")
        return tr("the request body");
    if (field == u"response body")
        return tr("the response body");
    return field;
}

QString HistoryFormat::stepLine(const StepRecord &step)
{
    QStringList cells{QString::number(step.ordinal), step.name, stepStatusName(step.status),
                      duration(step.durationMs)};
    if (!step.counts.isEmpty())
        cells << countsText(step.counts);
    if (!step.message.isEmpty())
        cells << oneLine(step.message);
    return cells.join(u"  "_s);
}

} // namespace rb
