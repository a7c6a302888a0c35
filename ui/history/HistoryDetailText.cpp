#include "history/HistoryDetailText.h"

#include "history/HistoryText.h"

#include <QJsonDocument>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace rb {

namespace {

void section(QStringList *lines, const QString &title)
{
    if (!lines->isEmpty() && !lines->last().isEmpty())
        lines->append(QString());
    lines->append(title);
    lines->append(QString(title.size(), u'─'));
}

void headers(QStringList *lines, const RawHeaders &list)
{
    if (list.isEmpty()) {
        lines->append(HistoryDetailText::tr("(none)"));
        return;
    }
    for (const auto &[name, value] : list)
        lines->append(QString(QString::fromLatin1(name) % u": " % QString::fromLatin1(value)));
}

bool methodHasNoBody(const QString &method)
{
    return method == u"GET" || method == u"HEAD" || method == u"DELETE" || method == u"OPTIONS";
}

} // namespace

QString HistoryDetailText::bodyText(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && !doc.isNull())
        return QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
    return QString::fromUtf8(body);
}

QString HistoryDetailText::run(const RunRecord &run, const QString &profileName)
{
    QStringList lines;
    lines << tr("Run %1 of %2").arg(run.id).arg(profileName);
    lines << tr("Status: %1").arg(HistoryText::runStatus(run.status));
    lines << tr("Trigger: %1").arg(HistoryText::trigger(run.trigger));
    lines << tr("Started %1, ended %2, took %3")
                 .arg(HistoryText::localTime(run.startedAt, true),
                      HistoryText::localTime(run.endedAt, true),
                      HistoryText::duration(HistoryText::runDuration(run)));
    if (!run.message.isEmpty()) {
        section(&lines, tr("Message"));
        lines << run.message;
    }
    if (run.status == RunStatus::Success) {
        // Apple sends nothing back over SFTP: the import's result is only in its Activity.
        section(&lines, tr("After the transfer"));
        lines << tr("Delivered means the zip reached the server whole. Apple School Manager "
                    "imports it afterwards and shows the result only in Apple School Manager, "
                    "under Activity: https://school.apple.com. The user guide's \"Apple "
                    "rejected my upload\" explains its error codes. Show changes lists what "
                    "this zip changed.");
    }
    if (!run.counts.isEmpty()) {
        section(&lines, tr("Counts"));
        lines << HistoryText::countLines(run.counts);
        const QStringList found = HistoryText::findings(run.counts);
        if (!found.isEmpty()) {
            section(&lines, tr("Findings"));
            lines << found;
        }
    }
    return lines.join(u'\n');
}

QString HistoryDetailText::step(const StepRecord &step)
{
    QStringList lines;
    lines << tr("Step %1: %2 (%3)")
                 .arg(step.ordinal)
                 .arg(HistoryText::stepName(step.name), step.name);
    lines << tr("%1, started %2, took %3")
                 .arg(HistoryText::stepStatus(step.status),
                      HistoryText::localTime(step.startedAt, true),
                      HistoryText::duration(step.durationMs));
    if (!step.message.isEmpty()) {
        section(&lines, tr("Message"));
        lines << step.message;
    }
    const QStringList counts = HistoryText::countLines(step.counts);
    if (!counts.isEmpty()) {
        section(&lines, tr("Counts"));
        lines << counts;
    }
    const QStringList found = HistoryText::findings(step.counts);
    if (!found.isEmpty()) {
        section(&lines, tr("Findings (%1)").arg(found.size()));
        lines << found;
    }
    return lines.join(u'\n');
}

QString HistoryDetailText::exchange(const ExchangeRecord &e)
{
    const QString notKept =
        tr("(body not kept: turn on 'Save request and response data' in the profile)");
    // Bodies are kept for all of a run's exchanges or for none; a kept one shows the switch
    // was on, so an empty one really was empty.
    const bool kept = !e.requestBody.isEmpty() || !e.responseBody.isEmpty();
    QStringList lines;
    if (e.kind != ExchangeKind::Http) {
        lines << QString(HistoryText::exchangeKind(e.kind) % u' ' % e.operation % u' ' % e.target);
        lines << tr("Started %1, took %2")
                     .arg(HistoryText::localTime(e.startedAt, true),
                          HistoryText::duration(e.durationMs));
        lines << tr("Result: %1, %2 transferred")
                     .arg(e.ok ? tr("ok") : tr("failed"), HistoryText::dataSize(e.bytes));
        if (!e.error.isEmpty())
            lines << tr("Error: %1").arg(e.error);
        return lines.join(u'\n');
    }

    lines << QString(e.operation % u' ' % e.target);
    lines << tr("Started %1, took %2")
                 .arg(HistoryText::localTime(e.startedAt, true),
                      HistoryText::duration(e.durationMs));
    if (!e.error.isEmpty())
        lines << tr("Error: %1").arg(e.error);

    section(&lines, tr("Request headers"));
    headers(&lines, e.requestHeaders);
    section(&lines, e.requestBodyTruncated ? tr("Request body (%1 kept, truncated)")
                                                 .arg(HistoryText::dataSize(e.requestBody.size()))
                                           : tr("Request body"));
    if (!e.requestBody.isEmpty())
        lines << HistoryDetailText::bodyText(e.requestBody);
    else if (kept || methodHasNoBody(e.operation))
        lines << tr("(empty)");
    else
        lines << notKept;
    if (e.requestBodyTruncated)
        lines << tr("(truncated)");

    section(&lines, tr("Response"));
    if (e.status > 0)
        lines << tr("HTTP %1 (%2), %3")
                     .arg(e.status)
                     .arg(e.ok ? tr("ok") : tr("failed"), HistoryText::dataSize(e.bytes));
    else
        lines << tr("No answer arrived.");
    if (e.status > 0 || !e.responseHeaders.isEmpty()) {
        section(&lines, tr("Response headers"));
        headers(&lines, e.responseHeaders);
        section(&lines, e.responseBodyTruncated
                            ? tr("Response body (first %1 of %2 kept, truncated)")
                                  .arg(HistoryText::dataSize(e.responseBody.size()),
                                       HistoryText::dataSize(e.bytes))
                            : tr("Response body"));
        if (!e.responseBody.isEmpty())
            lines << HistoryDetailText::bodyText(e.responseBody);
        else if (kept || e.bytes == 0)
            lines << tr("(empty)");
        else
            lines << notKept;
        if (e.responseBodyTruncated)
            lines << tr("(truncated)");
    }
    return lines.join(u'\n');
}

} // namespace rb
