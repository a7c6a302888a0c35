#include "ProfileCommand.h"

#include "CommandLine.h"
#include "Console.h"
#include "ProfileSecretsCommand.h"
#include "RunCommand.h"
#include "schedule/ScheduleRule.h"
#include "store/AppPaths.h"
#include "store/ProfileStore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace rb {

namespace {
constexpr auto &out = Console::out;
constexpr auto &err = Console::err;

QString scheduleText(const Profile &p)
{
    if (!p.schedule)
        return ProfileCommand::tr(", run by hand");
    return QStringLiteral(", ") + p.schedule->describe() +
           (p.schedule->paused ? ProfileCommand::tr(" (paused)") : QString());
}
} // namespace

int ProfileCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists, exports, imports and removes profiles, and puts their secrets into the system "
           "keychain. An exported profile holds no secret; after an import, the secrets it needs "
           "must be entered again with `profile secret`.\n\n"
           "  profile list [--json]\n"
           "  profile export NAME -o FILE\n"
           "  profile import FILE\n"
           "  profile remove NAME                  the profile and its keychain secrets\n"
           "  profile pause NAME | resume NAME     stops or restarts its scheduled runs\n"
           "  profile secret NAME SECRET-NAME      stores the value read from standard input\n"
           "  profile secret NAME SECRET-NAME --remove\n\n"
           "NAME is a profile's name or id."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"),
                                 tr("list, export, import, remove, pause, resume or secret"));
    const QCommandLineOption json(QStringLiteral("json"), tr("list: print JSON."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("export: the file to write."), tr("file"));
    const QCommandLineOption remove(QStringLiteral("remove"),
                                    tr("secret: delete the secret instead of storing one."));
    parser.addOptions({json, output, remove});
    parser.addOptions(RunCommand::folderOptions());
    if (const std::optional<int> done = CommandLine::parse(parser, arguments))
        return *done;
    if (parser.positionalArguments().isEmpty()) {
        err() << tr("profile needs an action: list, export NAME -o FILE, import FILE, remove NAME "
                    "pause NAME, resume NAME or secret NAME SECRET-NAME.")
              << Qt::endl;
        return ExitUsage;
    }
    const RunHost::Paths paths = RunCommand::paths(parser);
    const QString config = paths.configFolder;
    const ProfileStore store(paths.profilesFolder);
    const QStringList args = parser.positionalArguments();
    const QString action = args.first();

    if (action == u"list") {
        const ProfileStore::LoadResult all = store.loadAll();
        for (const QString &file : all.unreadableFiles)
            err() << tr("%1 could not be read; it was left as it is").arg(file) << Qt::endl;
        for (const QString &line : all.findings.lines())
            err() << line << Qt::endl;
        if (parser.isSet(json)) {
            QJsonArray list;
            for (const Profile &p : all.profiles)
                list.append(p.toJson());
            out() << QString::fromUtf8(QJsonDocument(list).toJson());
        } else {
            for (const Profile &p : all.profiles)
                out() << p.id.toString(QUuid::WithoutBraces) << QStringLiteral("  ") << p.name
                      << QStringLiteral("  (") << sourceKindName(p.source.kind)
                      << QStringLiteral(" -> ") << destinationKindName(p.destination.kind)
                      << QStringLiteral(")") << scheduleText(p) << Qt::endl;
        }
        return all.unreadableFiles.isEmpty() ? ExitOk : ExitFailed;
    }
    if (action == u"export") {
        if (args.size() != 2 || !parser.isSet(output)) {
            err() << tr("export needs a profile name or id and -o FILE.") << Qt::endl;
            return ExitUsage;
        }
        const std::optional<Profile> profile = store.loadAll().find(args.at(1));
        if (!profile) {
            err() << tr("No single profile is named or has the id \"%1\".").arg(args.at(1))
                  << Qt::endl;
            return ExitFailed;
        }
        if (const Result<void> exported = store.exportTo(profile->id, parser.value(output));
            !exported) {
            err() << exported.error() << Qt::endl;
            return ExitFailed;
        }
        out() << tr("Exported \"%1\" to %2 (without secrets).")
                     .arg(profile->name, parser.value(output))
              << Qt::endl;
        return ExitOk;
    }
    if (action == u"import") {
        if (args.size() != 2) {
            err() << tr("import needs the file to read.") << Qt::endl;
            return ExitUsage;
        }
        const ProfileStore::ImportResult result = store.importFrom(args.at(1));
        for (const QString &line : result.findings.lines())
            err() << line << Qt::endl;
        if (!result.profile)
            return ExitFailed;
        out() << tr("Imported \"%1\" as %2.")
                     .arg(result.profile->name, result.profile->id.toString(QUuid::WithoutBraces))
              << Qt::endl;
        if (!result.secretsToEnter.isEmpty())
            out() << tr("Enter these secrets before it runs: %1")
                         .arg(result.secretsToEnter.join(QStringLiteral(", ")))
                  << Qt::endl;
        return ExitOk;
    }
    if (action == u"pause" || action == u"resume") {
        if (args.size() != 2) {
            err() << tr("%1 needs a profile name or id.").arg(action) << Qt::endl;
            return ExitUsage;
        }
        auto profile = store.loadAll().find(args.at(1));
        if (!profile) {
            err() << tr("No single profile is named or has the id \"%1\".").arg(args.at(1))
                  << Qt::endl;
            return ExitFailed;
        }
        if (const Result<void> changed = store.setSchedulePaused(profile->id, action == u"pause");
            !changed) {
            err() << changed.error() << Qt::endl;
            return ExitFailed;
        }
        Findings findings;
        const ScheduleRule rule =
            store.load(profile->id, &findings).value_or(*profile).schedule.value_or(ScheduleRule());
        out() << (rule.paused ? tr("\"%1\" is paused: it runs only when started by hand.")
                              : tr("\"%1\" runs on its schedule again: %2"))
                     .arg(profile->name, rule.describe())
              << Qt::endl;
        return ExitOk;
    }
    if (action == u"secret")
        return ProfileSecretsCommand::secret(store, config, args, parser.isSet(remove));
    if (action == u"remove")
        return ProfileSecretsCommand::remove(store, config, args);
    err() << tr("Unknown action \"%1\": use list, export, import, remove, pause, resume or secret.")
                 .arg(action)
          << Qt::endl;
    return ExitUsage;
}

} // namespace rb
