#include "ProfileCommand.h"

#include "CommandLine.h"
#include "store/ProfileStore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace rb {

namespace {
QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}
QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

// A profile by its id, or by its name when exactly one profile has it.
std::optional<Profile> find(const ProfileStore::LoadResult &all, const QString &key)
{
    std::optional<Profile> match;
    for (const Profile &p : all.profiles) {
        if (p.id.toString(QUuid::WithoutBraces) == key)
            return p;
        if (p.name == key) {
            if (match)
                return std::nullopt;
            match = p;
        }
    }
    return match;
}
} // namespace

int ProfileCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists, exports and imports profiles. An exported profile holds no secret; after an "
           "import, the secrets it needs must be entered again."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), tr("list, export or import"));
    const QCommandLineOption dir(
        QStringLiteral("profiles-dir"),
        tr("The folder that holds the profiles (default: %1).").arg(ProfileStore::defaultFolder()),
        tr("folder"));
    const QCommandLineOption json(QStringLiteral("json"), tr("list: print JSON."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("export: the file to write."), tr("file"));
    parser.addOptions({dir, json, output});
    if (!parser.parse(arguments.mid(1)) || parser.positionalArguments().isEmpty()) {
        err() << (parser.errorText().isEmpty() ? tr("profile needs an action: list, export NAME "
                                                    "-o FILE, or import FILE.")
                                               : parser.errorText())
              << Qt::endl;
        return ExitUsage;
    }
    const ProfileStore store(parser.isSet(dir) ? parser.value(dir) : ProfileStore::defaultFolder());
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
                      << QStringLiteral(")") << Qt::endl;
        }
        return all.unreadableFiles.isEmpty() ? ExitOk : ExitFailed;
    }
    if (action == u"export") {
        if (args.size() != 2 || !parser.isSet(output)) {
            err() << tr("export needs a profile name or id and -o FILE.") << Qt::endl;
            return ExitUsage;
        }
        const auto profile = find(store.loadAll(), args.at(1));
        if (!profile) {
            err() << tr("No single profile is named or has the id \"%1\".").arg(args.at(1))
                  << Qt::endl;
            return ExitFailed;
        }
        QString error;
        if (!store.exportTo(profile->id, parser.value(output), &error)) {
            err() << error << Qt::endl;
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
    err() << tr("Unknown action \"%1\": use list, export or import.").arg(action) << Qt::endl;
    return ExitUsage;
}

} // namespace rb
