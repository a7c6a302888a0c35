#include "HistoryCommand.h"

#include "CommandLine.h"
#include "Console.h"
#include "HistoryFormat.h"
#include "RunCommand.h"
#include "store/AppPaths.h"
#include "store/HistoryDatabase.h"
#include "store/ProfileStore.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace rb {

namespace {
constexpr auto &out = Console::out;
constexpr auto &err = Console::err;

constexpr int kDefaultLimit = 20;
constexpr int kDefaultSearchLimit = 200;

using ProfileNames = HistoryFormat::ProfileNames;

const QList<RunStatus> kStatuses = {
    RunStatus::Success,   RunStatus::Failed,      RunStatus::Held,   RunStatus::DryRun,
    RunStatus::Cancelled, RunStatus::Interrupted, RunStatus::Running};

QString statusNames()
{
    QStringList names;
    for (RunStatus s : kStatuses)
        names << runStatusName(s);
    return names.join(u", "_s);
}

void printJson(const QJsonValue &value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out() << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    out().flush();
}

int failed(const Failure &failure)
{
    err() << failure.message << Qt::endl;
    return ExitFailed;
}

int showRun(HistoryDatabase &db, qint64 runId, bool json, const ProfileNames &names)
{
    const Result<std::optional<RunRecord>> found = db.run(runId);
    if (!found)
        return failed(found.failure());
    const std::optional<RunRecord> &run = *found;
    if (!run) {
        err() << HistoryCommand::tr("Run %1 is not in the history %2.").arg(runId).arg(db.path())
              << Qt::endl;
        return ExitFailed;
    }
    const Result<QList<StepRecord>> steps = db.steps(runId);
    if (!steps)
        return failed(steps.failure());
    QJsonArray stepsJson;
    QStringList lines;
    lines << HistoryCommand::tr("Run %1: %2, %3, %4")
                 .arg(run->id)
                 .arg(HistoryFormat::profileLabel(run->profileId, names),
                      runTriggerName(run->trigger), runStatusName(run->status));
    lines << HistoryCommand::tr("  started %1, ended %2, took %3")
                 .arg(HistoryFormat::localTime(run->startedAt),
                      HistoryFormat::localTime(run->endedAt),
                      HistoryFormat::duration(HistoryFormat::runDuration(*run)));
    if (!run->counts.isEmpty())
        lines << HistoryCommand::tr("  counts: %1").arg(HistoryFormat::countsText(run->counts));
    if (!run->message.isEmpty())
        lines << HistoryCommand::tr("  message: %1").arg(HistoryFormat::oneLine(run->message));
    lines << HistoryCommand::tr("Steps:");
    for (const StepRecord &step : *steps) {
        const Result<QList<ExchangeRecord>> exchanges = db.exchanges(step.id);
        if (!exchanges)
            return failed(exchanges.failure());
        lines << QString(u"  " % HistoryFormat::stepLine(step));
        QJsonArray exchangesJson;
        for (const ExchangeRecord &e : *exchanges) {
            lines << QString(u"      " % HistoryFormat::exchangeLine(e));
            exchangesJson.append(e.toJson());
        }
        QJsonObject s = step.toJson();
        s.insert(u"exchanges"_s, exchangesJson);
        stepsJson.append(s);
    }
    if (steps->isEmpty())
        lines << HistoryCommand::tr("  (none recorded)");
    if (json) {
        QJsonObject object = HistoryFormat::runJson(*run, names);
        object.insert(u"steps"_s, stepsJson);
        printJson(object);
    } else {
        for (const QString &line : std::as_const(lines))
            out() << line << Qt::endl;
    }
    return ExitOk;
}

int listRuns(HistoryDatabase &db, const RunQuery &query, bool json, const ProfileNames &names)
{
    const Result<QList<RunRecord>> found = db.runs(query);
    if (!found)
        return failed(found.failure());
    const QList<RunRecord> &runs = *found;
    if (json) {
        QJsonArray array;
        for (const RunRecord &run : std::as_const(runs))
            array.append(HistoryFormat::runJson(run, names));
        printJson(array);
        return ExitOk;
    }
    if (runs.isEmpty()) {
        out() << HistoryCommand::tr("No runs match.") << Qt::endl;
        return ExitOk;
    }
    QList<QStringList> rows{HistoryFormat::runHeader()};
    for (const RunRecord &run : std::as_const(runs))
        rows << HistoryFormat::runCells(run, names);
    for (const QString &line : HistoryFormat::table(rows))
        out() << line << Qt::endl;
    return ExitOk;
}

int searchRuns(HistoryDatabase &db, const QString &text, const RunQuery &query, bool json,
               const ProfileNames &names)
{
    // The database searches everything; the profile and status filters are applied here.
    const bool filtered = !query.profileId.isEmpty() || !query.statuses.isEmpty();
    const Result<QList<SearchHit>> hits = db.search(text, filtered ? 0 : query.limit);
    if (!hits)
        return failed(hits.failure());
    QList<SearchHit> kept;
    QHash<qint64, QString> stepNames;
    for (const SearchHit &hit : *hits) {
        if (kept.size() >= query.limit)
            break;
        if ((!query.profileId.isEmpty() && hit.run.profileId != query.profileId) ||
            (!query.statuses.isEmpty() && !query.statuses.contains(hit.run.status)))
            continue;
        if (hit.stepId != 0 && !stepNames.contains(hit.stepId)) {
            const Result<QList<StepRecord>> steps = db.steps(hit.run.id);
            if (!steps)
                return failed(steps.failure());
            for (const StepRecord &s : *steps)
                stepNames.insert(s.id,
                                 QString(QString::number(s.ordinal) % u" \"" % s.name % u'"'));
        }
        kept << hit;
    }
    if (json) {
        QJsonArray array;
        for (const SearchHit &hit : std::as_const(kept))
            array.append(QJsonObject{
                {u"run"_s, HistoryFormat::runJson(hit.run, names)},
                {u"stepId"_s, hit.stepId == 0 ? QJsonValue() : QJsonValue(hit.stepId)},
                {u"exchangeId"_s, hit.exchangeId == 0 ? QJsonValue() : QJsonValue(hit.exchangeId)},
                {u"field"_s, hit.field}});
        printJson(array);
        return ExitOk;
    }
    if (kept.isEmpty()) {
        out() << HistoryCommand::tr("\"%1\" was not found in the history.").arg(text) << Qt::endl;
        return ExitOk;
    }
    QList<QStringList> rows{HistoryFormat::runHeader()};
    for (const SearchHit &hit : std::as_const(kept))
        rows << HistoryFormat::runCells(hit.run, names);
    const QStringList lines = HistoryFormat::table(rows);
    out() << lines.first() << Qt::endl;
    for (qsizetype i = 0; i < kept.size(); ++i) {
        const SearchHit &hit = kept.at(i);
        out() << lines.at(i + 1) << Qt::endl;
        const QString where =
            hit.stepId == 0 ? HistoryFormat::fieldText(hit.field)
                            : HistoryCommand::tr("step %1, %2")
                                  .arg(stepNames.value(hit.stepId, QString::number(hit.stepId)),
                                       HistoryFormat::fieldText(hit.field));
        out() << QString(u"    " % HistoryCommand::tr("found in %1").arg(where)) << Qt::endl;
    }
    return ExitOk;
}

int usage(const QString &message)
{
    err() << message << Qt::endl;
    err() << HistoryCommand::tr("Run rosterbridge history --help for its options.") << Qt::endl;
    return ExitUsage;
}

} // namespace

int HistoryCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Shows the run history: the latest runs (newest first), one run's steps and "
           "exchanges with --run, or the runs whose messages, URLs or kept bodies contain a text "
           "(such as a person's or a class's id) with --search."));
    parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     tr("Only the runs of this profile (its name or id)."),
                                     tr("name"));
    const QCommandLineOption status(QStringLiteral("status"),
                                    tr("Only runs with this status (%1); may be repeated or "
                                       "separated by commas.")
                                        .arg(statusNames()),
                                    tr("status"));
    const QCommandLineOption limit(
        QStringLiteral("limit"),
        tr("At most this many runs (default %1) or search hits (default %2).")
            .arg(kDefaultLimit)
            .arg(kDefaultSearchLimit),
        tr("N"));
    const QCommandLineOption runId(QStringLiteral("run"),
                                   tr("Show this run with its steps and exchanges."), tr("id"));
    const QCommandLineOption search(QStringLiteral("search"),
                                    tr("Find the runs that mention this text (exact case)."),
                                    tr("text"));
    parser.addOptions({json, profile, status, limit, runId, search});
    parser.addOptions(RunCommand::folderOptions());
    if (!parser.parse(arguments.mid(1)))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("history takes no arguments besides its options, not \"%1\".")
                         .arg(parser.positionalArguments().first()));
    if (parser.isSet(runId) && parser.isSet(search))
        return usage(tr("Use --run or --search, not both."));
    if (parser.isSet(search) && parser.value(search).isEmpty())
        return usage(tr("--search needs the text to look for."));

    RunQuery query;
    query.limit = parser.isSet(search) ? kDefaultSearchLimit : kDefaultLimit;
    if (parser.isSet(limit)) {
        bool ok = false;
        query.limit = parser.value(limit).toInt(&ok);
        if (!ok || query.limit < 1)
            return usage(
                tr("--limit needs a whole number above 0, not \"%1\".").arg(parser.value(limit)));
    }
    for (const QString &value : parser.values(status)) {
        for (const QString &name : value.split(u',', Qt::SkipEmptyParts)) {
            const std::optional<RunStatus> s = runStatusFromName(name.trimmed());
            if (!s)
                return usage(tr("Unknown status \"%1\"; use one of: %2.")
                                 .arg(name.trimmed(), statusNames()));
            if (!query.statuses.contains(*s))
                query.statuses << *s;
        }
    }
    qint64 wantedRun = 0;
    if (parser.isSet(runId)) {
        bool ok = false;
        wantedRun = parser.value(runId).toLongLong(&ok);
        if (!ok || wantedRun < 1)
            return usage(
                tr("--run needs a run id (a whole number), not \"%1\".").arg(parser.value(runId)));
    }

    const RunHost::Paths paths = RunCommand::paths(parser);
    const ProfileStore store(paths.profilesFolder);
    const ProfileStore::LoadResult profiles = store.loadAll();
    ProfileNames names;
    for (const Profile &p : profiles.profiles)
        names.insert(p.id.toString(QUuid::WithoutBraces), p.name);
    if (parser.isSet(profile)) {
        const QString key = parser.value(profile);
        if (const std::optional<Profile> p = profiles.find(key)) {
            query.profileId = p->id.toString(QUuid::WithoutBraces);
        } else if (const QUuid id = QUuid::fromString(key); !id.isNull()) {
            // A deleted profile's runs stay in the history under its id.
            query.profileId = id.toString(QUuid::WithoutBraces);
        } else {
            err() << tr("No single profile is named or has the id \"%1\".").arg(key) << Qt::endl;
            return ExitFailed;
        }
    }

    const QString path = AppPaths::historyDatabase(paths.dataFolder);
    if (!QFileInfo::exists(path)) {
        if (wantedRun != 0) {
            err()
                << tr("Run %1 is not in the history: no run has been recorded yet.").arg(wantedRun)
                << Qt::endl;
            return ExitFailed;
        }
        if (parser.isSet(json))
            printJson(QJsonArray());
        else
            out() << tr("No runs yet.") << Qt::endl;
        return ExitOk;
    }
    HistoryDatabase db;
    if (const Result<void> opened = db.open(path, HistoryDatabase::OpenMode::ReadOnly); !opened)
        return failed(opened.failure());
    if (wantedRun != 0)
        return showRun(db, wantedRun, parser.isSet(json), names);
    if (parser.isSet(search))
        return searchRuns(db, parser.value(search), query, parser.isSet(json), names);
    return listRuns(db, query, parser.isSet(json), names);
}

} // namespace rb
