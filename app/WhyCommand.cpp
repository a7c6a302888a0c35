#include "WhyCommand.h"

#include "CommandLine.h"
#include "Console.h"
#include "RunCommand.h"
#include "pipeline/WhyQuery.h"
#include "store/AppPaths.h"
#include "store/HistoryDatabase.h"
#include "store/ProfileStore.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

namespace rb {

namespace {
constexpr auto &out = Console::out;
constexpr auto &err = Console::err;

int usage(const QString &message)
{
    err() << message << Qt::endl;
    err() << WhyCommand::tr("Run rosterbridge why --help for its options.") << Qt::endl;
    return ExitUsage;
}

int failed(const QString &message)
{
    err() << message << Qt::endl;
    return ExitFailed;
}
} // namespace

int WhyCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Says why a person, class, course or enrollment is not sent to Apple School Manager "
           "in a run (the rule and the source row), or where it was sent. Exits 0 with the "
           "answer, 1 when the id is nowhere in that run's data."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("id"),
                                 tr("A sourcedId: a person, class, course, school or "
                                    "enrollment."));
    const QCommandLineOption profile(QStringLiteral("profile"), tr("The profile (name or id)."),
                                     tr("name"));
    const QCommandLineOption runId(QStringLiteral("run"),
                                   tr("Ask about this run (default: the profile's latest run "
                                      "that read its export)."),
                                   tr("id"));
    parser.addOptions({profile, runId});
    parser.addOptions(RunCommand::folderOptions());
    if (const std::optional<int> done = CommandLine::parse(parser, arguments))
        return *done;
    if (parser.positionalArguments().size() != 1 || parser.positionalArguments().first().isEmpty())
        return usage(tr("why needs exactly one id."));
    if (!parser.isSet(profile))
        return usage(tr("why needs --profile NAME."));
    qint64 wanted = 0;
    if (parser.isSet(runId)) {
        bool ok = false;
        wanted = parser.value(runId).toLongLong(&ok);
        if (!ok || wanted < 1)
            return usage(
                tr("--run needs a run id (a whole number), not \"%1\".").arg(parser.value(runId)));
    }

    const RunHost::Paths paths = RunCommand::paths(parser);
    const ProfileStore::LoadResult profiles = ProfileStore(paths.profilesFolder).loadAll();
    const std::optional<Profile> p = profiles.find(parser.value(profile));
    if (!p)
        return failed(
            tr("No single profile is named or has the id \"%1\".").arg(parser.value(profile)));
    const QString profileId = p->id.toString(QUuid::WithoutBraces);

    const QString path = AppPaths::historyDatabase(paths.dataFolder);
    if (!QFileInfo::exists(path))
        return failed(tr("%1 has no runs yet.").arg(p->name));
    HistoryDatabase db;
    if (const Result<void> opened = db.open(path, HistoryDatabase::OpenMode::ReadOnly); !opened)
        return failed(opened.failure().message);
    if (wanted == 0) {
        const Result<qint64> latest = WhyQuery::latestRun(&db, profileId);
        if (!latest)
            return failed(latest.failure().message);
        if (*latest == 0)
            return failed(tr("No run of %1 has read its export yet.").arg(p->name));
        wanted = *latest;
    } else {
        const Result<std::optional<RunRecord>> run = db.run(wanted);
        if (!run)
            return failed(run.failure().message);
        if (!*run || (*run)->profileId != profileId)
            return failed(tr("Run %1 is not a run of %2.").arg(wanted).arg(p->name));
    }
    QTemporaryDir dir;
    if (!dir.isValid())
        return failed(tr("A temporary folder could not be made: %1").arg(dir.errorString()));
    const Result<WhyQuery::Sources> sources =
        WhyQuery::forRun(&db, AppPaths::heldFolder(paths.dataFolder), wanted, dir);
    if (!sources)
        return failed(sources.failure().message);
    const WhyQuery::Answer answer = WhyQuery::ask(parser.positionalArguments().first(), *sources);
    for (const QString &line : answer.lines)
        out() << line << Qt::endl;
    return answer.verdict == WhyQuery::Verdict::Unknown ? ExitFailed : ExitOk;
}

} // namespace rb
