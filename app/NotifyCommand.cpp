#include "NotifyCommand.h"

#include "CommandLine.h"
#include "Console.h"
#include "RunCommand.h"
#include "pipeline/RunNotifier.h"
#include "pipeline/RunSecretsReader.h"
#include "store/AppPaths.h"
#include "store/ProfileStore.h"
#include "store/SecretStore.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace rb {

namespace {
constexpr auto &out = Console::out;
constexpr auto &err = Console::err;
} // namespace

int NotifyCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("notify test: sends a test message through every channel a profile alerts on "
           "(email, webhook) and prints each server's answer. The SMTP password comes from "
           "the keychain or ROSTERBRIDGE_SMTP_PASSWORD."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("test"), tr("The only action: test."));
    const QCommandLineOption profile(QStringLiteral("profile"), tr("The profile's name or id."),
                                     tr("name"));
    parser.addOption(profile);
    parser.addOptions(RunCommand::folderOptions());
    if (const std::optional<int> done = CommandLine::parse(parser, arguments))
        return *done;
    if (parser.positionalArguments() != QStringList{QStringLiteral("test")} ||
        !parser.isSet(profile)) {
        err() << tr("notify needs: notify test --profile NAME") << Qt::endl;
        return ExitUsage;
    }
    const RunHost::Paths paths = RunCommand::paths(parser);
    const auto found = ProfileStore(paths.profilesFolder).loadAll().find(parser.value(profile));
    if (!found) {
        err() << tr("No single profile is named or has the id \"%1\" in %2.")
                     .arg(parser.value(profile), paths.profilesFolder)
              << Qt::endl;
        return ExitFailed;
    }
    const Profile &p = *found;
    const QList<RunNotifier::Channel> channels = RunNotifier::channels(p);
    if (channels.isEmpty()) {
        err() << tr("\"%1\" sends no alerts: set an email address or a webhook in its "
                    "notifications first.")
                     .arg(p.name)
              << Qt::endl;
        return ExitFailed;
    }

    SecretStore secrets(AppPaths::secretsIndexFolder(paths.configFolder));
    RunSecretsReader reader(&secrets);
    std::optional<RunSecrets> values;
    QObject::connect(&reader, &RunSecretsReader::finished, &reader,
                     [&](bool ok, const RunSecrets &s, const QString &error) {
                         if (ok)
                             values = s;
                         else
                             err() << error << Qt::endl;
                         QCoreApplication::quit();
                     });
    const bool login =
        channels.contains(RunNotifier::Channel::Email) && !p.notifications.email.username.isEmpty();
    reader.read(p.id, p.name, login ? QStringList{SecretName::SmtpPassword} : QStringList{});
    QCoreApplication::exec();
    if (!values)
        return ExitFailed;

    RunNotifier notifier;
    int accepted = 0;
    QObject::connect(
        &notifier, &RunNotifier::channelFinished, &notifier,
        [&](const QString &, RunNotifier::Channel channel, bool ok, const QString &answer) {
            out() << RunNotifier::channelName(channel) << QStringLiteral(": ")
                  << (ok ? tr("ok") : tr("FAILED")) << QStringLiteral(" - ") << answer << Qt::endl;
            accepted += ok ? 1 : 0;
        });
    QObject::connect(&notifier, &RunNotifier::idle, &notifier, &QCoreApplication::quit,
                     Qt::QueuedConnection);
    notifier.send(p, *values, RunNotifier::testNotification(p));
    if (!notifier.isIdle())
        QCoreApplication::exec();
    return accepted == channels.size() ? ExitOk : ExitFailed;
}

} // namespace rb
