#include "ConnectionCommand.h"

#include "CommandLine.h"
#include "Console.h"
#include "RestCommand.h"
#include "RunCommand.h"
#include "delivery/SftpConnectionTest.h"
#include "oneroster/OneRosterSource.h"
#include "oneroster/rest/ConnectionTest.h"
#include "pipeline/RunSecretsReader.h"
#include "store/AppPaths.h"
#include "store/ProfileStore.h"
#include "store/SecretStore.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

namespace rb {

namespace {
constexpr auto &out = Console::out;
constexpr auto &err = Console::err;
void line(const QString &label, const QString &layer, bool ok, const QString &text)
{
    out() << label << QStringLiteral(" / ") << layer << QStringLiteral(": ")
          << (ok ? ConnectionCommand::tr("ok") : ConnectionCommand::tr("FAILED"))
          << QStringLiteral(" - ") << text << Qt::endl;
}
} // namespace

int ConnectionCommand::run(const QStringList &arguments)
{
    if (!arguments.contains(QStringLiteral("--profile")))
        return RestCommand::testConnection(arguments);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Tests every connection a profile makes, layer by layer: its SIS (REST API, SFTP "
           "server or export file) and its delivery (Apple School Manager's SFTP server or a "
           "folder). Secrets come from the keychain or ROSTERBRIDGE_* variables."));
    parser.addHelpOption();
    const QCommandLineOption profile(QStringLiteral("profile"), tr("The profile's name or id."),
                                     tr("name"));
    const QCommandLineOption trust(
        QStringLiteral("trust-host-key"),
        tr("Pin this SFTP host key (as printed by this test or by the server's admin, "
           "\"SHA256:...\") into the profile, if the server presents exactly it."),
        tr("fingerprint"));
    parser.addOptions({profile, trust});
    parser.addOptions(RunCommand::folderOptions());
    if (!parser.parse(arguments.mid(1)) || !parser.isSet(profile)) {
        err() << (parser.errorText().isEmpty() ? tr("test-connection needs --profile NAME or "
                                                    "--source FILE.")
                                               : parser.errorText())
              << Qt::endl;
        return ExitUsage;
    }
    const RunHost::Paths paths = RunCommand::paths(parser);
    const ProfileStore store(paths.profilesFolder);
    auto found = store.loadAll().find(parser.value(profile));
    if (!found) {
        err() << tr("No single profile is named or has the id \"%1\".").arg(parser.value(profile))
              << Qt::endl;
        return ExitFailed;
    }
    Profile p = *found;

    SecretStore secrets(AppPaths::secretsIndexFolder(paths.configFolder));
    RunSecretsReader reader(&secrets);
    bool haveSecrets = false;
    RunSecrets values;
    QObject::connect(&reader, &RunSecretsReader::finished, &reader,
                     [&](bool ok, const RunSecrets &s, const QString &error) {
                         haveSecrets = ok;
                         values = s;
                         if (!ok)
                             err() << error << Qt::endl;
                         QCoreApplication::quit();
                     });
    reader.read(p.id, p.name, p.requiredSecrets());
    QCoreApplication::exec();
    if (!haveSecrets)
        return ExitFailed;

    const QString confirmed = parser.value(trust);
    bool ok = testSource(p, values);
    bool pinned = false;
    if (p.source.kind == SourceKind::SftpCsv) {
        ok = testSftp(tr("SIS SFTP"), &p.source.sftp, values.value(SecretName::SisSftpPassword),
                      values.value(SecretName::SisSftpKeyPassphrase), confirmed, &pinned) &&
             ok;
    }
    if (p.destination.kind == DestinationKind::AsmSftp) {
        ok = testSftp(tr("Apple School Manager"), &p.destination.sftp,
                      values.value(SecretName::AsmPassword),
                      values.value(SecretName::AsmKeyPassphrase), confirmed, &pinned) &&
             ok;
    } else {
        const QFileInfo folder(p.destination.folder);
        const bool writable = folder.isDir() && folder.isWritable();
        line(tr("Delivery folder"), tr("folder"), writable,
             writable
                 ? p.destination.folder
                 : tr("%1 is not a folder this account can write to.").arg(p.destination.folder));
        ok = ok && writable;
    }
    if (!confirmed.isEmpty() && !pinned) {
        err() << tr("No server presented the host key %1; nothing was pinned.").arg(confirmed)
              << Qt::endl;
        return ExitFailed;
    }
    if (pinned) {
        if (const Result<void> saved = store.save(p); !saved) {
            err() << saved.error() << Qt::endl;
            return ExitFailed;
        }
        out() << tr("The host key %1 is pinned in \"%2\".").arg(confirmed, p.name) << Qt::endl;
    }
    return ok ? ExitOk : ExitFailed;
}

bool ConnectionCommand::testSource(const Profile &profile, const RunSecrets &secrets)
{
    const QString label = tr("SIS");
    if (profile.source.kind == SourceKind::Csv) {
        Findings findings;
        const auto source = OneRosterSource::open(profile.source.path, &findings);
        const bool ok = source != nullptr && !findings.hasErrors();
        line(label, tr("export"), ok,
             ok ? tr("%1 (OneRoster %2)")
                      .arg(profile.source.path, oneRosterVersionName(source->version()))
                : findings.lines().join(u' '));
        return ok;
    }
    if (profile.source.kind != SourceKind::Rest)
        return true;
    ConnectionTest test;
    bool ok = false;
    QObject::connect(&test, &ConnectionTest::layerFinished, &test,
                     [&label](const ConnectionLayerResult &r) {
                         line(label, ConnectionTest::layerName(r.layer),
                              r.status != LayerStatus::Failed, r.summary);
                         for (const QString &d : r.details)
                             out() << QStringLiteral("    ") << d << Qt::endl;
                     });
    QObject::connect(&test, &ConnectionTest::finished, &test, [&ok](bool success) {
        ok = success;
        QCoreApplication::quit();
    });
    RestSecrets rest;
    rest.clientSecret = secrets.value(SecretName::SisClientSecret);
    test.start(profile.source.rest, rest);
    if (test.isRunning())
        QCoreApplication::exec();
    return ok;
}

bool ConnectionCommand::testSftp(const QString &label, SftpSettings *settings,
                                 const QString &password, const QString &passphrase,
                                 const QString &confirmed, bool *pinned)
{
    SftpSettings tried = *settings;
    // A key the admin confirmed is the only one this test accepts; it replaces the pin below
    // (a server whose key was changed on purpose) only when the server presents exactly it.
    if (!confirmed.isEmpty()) {
        tried.hostKeyFingerprint = confirmed;
        tried.trustOnFirstUse = false;
    }
    SftpConnectionTest test(tried, SftpSecrets{password, passphrase});
    test.setLayerCallback([&label](const SftpLayerResult &r) {
        if (r.status != SftpLayerStatus::Skipped)
            line(label, SftpConnectionTest::layerName(r.layer), r.status == SftpLayerStatus::Passed,
                 r.message);
    });
    const bool ok = test.run();
    const QString offered = test.hostKeyFingerprint();
    if (!offered.isEmpty() && confirmed.isEmpty() && settings->hostKeyFingerprint.isEmpty())
        out() << tr("%1 presents the host key %2. Check it with the server's admin, then pin "
                    "it with --trust-host-key %2.")
                     .arg(settings->displayHost(), offered)
              << Qt::endl;
    else if (!offered.isEmpty() && confirmed.isEmpty() && offered != settings->hostKeyFingerprint)
        out() << tr("%1 now presents the host key %2, not the pinned %3. If its key was changed "
                    "on purpose, check the new one with the server's admin, then pin it with "
                    "--trust-host-key %2.")
                     .arg(settings->displayHost(), offered, settings->hostKeyFingerprint)
              << Qt::endl;
    if (!confirmed.isEmpty() && offered == confirmed) {
        settings->hostKeyFingerprint = confirmed;
        settings->trustOnFirstUse = false;
        *pinned = true;
    }
    return ok;
}

} // namespace rb
