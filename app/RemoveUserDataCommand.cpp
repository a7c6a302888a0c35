#include "RemoveUserDataCommand.h"

#include "CommandLine.h"
#include "Console.h"
#include "ProfileSecretsCommand.h"
#include "RunCommand.h"
#include "ServiceCommand.h"
#include "main/StartAtLogin.h"
#include "service/ServiceFiles.h"
#include "store/AppPaths.h"
#include "store/ProfileStore.h"
#include "store/SecretStore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QLoggingCategory>
#include <QStringDecoder>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace rb {

namespace {
Q_LOGGING_CATEGORY(lcRemoveData, "rosterbridge.app.removedata", QtInfoMsg)

constexpr auto &out = Console::out;
constexpr auto &err = Console::err;

QString absolute(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

#ifdef Q_OS_WIN
constexpr Qt::CaseSensitivity kPathCase = Qt::CaseInsensitive;
#else
constexpr Qt::CaseSensitivity kPathCase = Qt::CaseSensitive;
#endif

bool isInside(const QString &path, const QString &folder)
{
    return path.compare(folder, kPathCase) == 0 || path.startsWith(folder + u'/', kPathCase);
}

// A folder option pointing at the home folder or above it would otherwise take the user's
// own files with it.
bool tooBroadToRemove(const QString &folder)
{
    const QString home = absolute(QDir::homePath());
    return folder.isEmpty() || QDir(folder).isRoot() || isInside(home, folder);
}

// Removes the folder and everything in it but the files in keep (absolute paths) and the
// folders that lead to them. True when nothing else is left.
bool removeAllBut(const QString &folder, const QStringList &keep)
{
    if (keep.isEmpty())
        return QDir(folder).removeRecursively();
    bool ok = true;
    const QFileInfoList entries = QDir(folder).entryInfoList(
        QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    for (const QFileInfo &entry : entries) {
        const QString path = absolute(entry.absoluteFilePath());
        if (keep.contains(path))
            continue;
        if (entry.isDir() && !entry.isSymLink())
            ok = removeAllBut(path, keep) && ok;
        else
            ok = QFile::remove(path) && ok;
    }
    QDir().rmdir(folder); // only when nothing was kept in it
    return ok;
}

struct Folder
{
    QString path;
    QString holds; // what is in it, for the admin
};

// What RosterBridge keeps for the user in the folders given.
struct Inventory
{
    QStringList profileNames;
    int unreadableProfiles = 0;
    QList<QUuid> secretProfiles;
    qsizetype secretCount = 0;
    QList<Folder> folders; // existing ones only, none inside another
    QString startAtLogin;  // the entry's location when it is set
    QString serviceUnit;   // the unattended service's unit, when it serves these folders

    bool isEmpty() const
    {
        return folders.isEmpty() && secretProfiles.isEmpty() && startAtLogin.isEmpty() &&
               serviceUnit.isEmpty();
    }
};

Inventory takeInventory(const RunHost::Paths &paths, const SecretStore &secrets,
                        bool defaultFolders)
{
    Inventory inventory;
    const ProfileStore::LoadResult profiles = ProfileStore(paths.profilesFolder).loadAll();
    for (const Profile &p : profiles.profiles)
        inventory.profileNames << p.name;
    inventory.unreadableProfiles = int(profiles.unreadableFiles.size());
    inventory.secretProfiles = secrets.indexedProfiles();
    for (const QUuid &id : std::as_const(inventory.secretProfiles))
        inventory.secretCount += secrets.knownSecrets(id).size();

    const QList<Folder> candidates = {
        {absolute(paths.configFolder),
         RemoveUserDataCommand::tr("settings, and the keychain's index of secret names")},
        {absolute(paths.profilesFolder), RemoveUserDataCommand::tr("profiles")},
        {absolute(paths.dataFolder),
         RemoveUserDataCommand::tr("run history, packages held for review, logs")}};
    for (const Folder &folder : candidates) {
        if (!QFileInfo(folder.path).isDir())
            continue;
        const bool nested = std::any_of(candidates.begin(), candidates.end(), [&](const Folder &f) {
            return f.path != folder.path && isInside(folder.path, f.path) &&
                   QFileInfo(f.path).isDir();
        });
        const bool duplicate = std::any_of(inventory.folders.begin(), inventory.folders.end(),
                                           [&](const Folder &f) { return f.path == folder.path; });
        if (!nested && !duplicate)
            inventory.folders << folder;
    }
    // The service is the user's too; it belongs to these folders when its unit names them.
    CommandRunner runner;
    const ServiceInstaller service = ServiceCommand::installer(paths, &runner);
    const bool task = service.platform() == ServiceInstaller::Platform::TaskScheduler;
    const QString configArgument =
        u"--config-dir "_s + (task ? ServiceFiles::windowsWord(absolute(paths.configFolder))
                                   : ServiceFiles::systemdWord(absolute(paths.configFolder)));
    QFile unit(service.unitFile());
    if (unit.open(QIODevice::ReadOnly)) {
        // The task's XML is UTF-16 with its byte order mark.
        QStringDecoder decode(task ? QStringDecoder::Utf16 : QStringDecoder::Utf8);
        if (QString(decode(unit.readAll()))
                .contains(task ? configArgument.toHtmlEscaped() : configArgument))
            inventory.serviceUnit = service.unitFile();
    }
    // The entry is the user's, not the folders': only the standard setup owns it.
    if (defaultFolders && StartAtLogin().isEnabled())
        inventory.startAtLogin = StartAtLogin::defaultLocation();
    return inventory;
}

void printInventory(const Inventory &inventory)
{
    const auto item = [](const QString &text) {
        out() << u"  "_s << text << Qt::endl;
    };
    if (!inventory.profileNames.isEmpty())
        item(RemoveUserDataCommand::tr("%n profile(s): %1", nullptr,
                                       int(inventory.profileNames.size()))
                 .arg(inventory.profileNames.join(u", "_s)));
    if (inventory.unreadableProfiles > 0)
        item(RemoveUserDataCommand::tr("%n profile file(s) that could not be read", nullptr,
                                       inventory.unreadableProfiles));
    if (inventory.secretCount > 0)
        item(RemoveUserDataCommand::tr("%n secret(s) in the system keychain", nullptr,
                                       int(inventory.secretCount)));
    for (const Folder &folder : inventory.folders)
        item(QDir::toNativeSeparators(folder.path) + u" ("_s + folder.holds + u')');
    if (!inventory.startAtLogin.isEmpty())
        item(RemoveUserDataCommand::tr("the \"Start RosterBridge when I log in\" entry (%1)")
                 .arg(QDir::toNativeSeparators(inventory.startAtLogin)));
    if (!inventory.serviceUnit.isEmpty())
        item(RemoveUserDataCommand::tr("the service that runs syncs with nobody logged in (%1)")
                 .arg(QDir::toNativeSeparators(inventory.serviceUnit)));
}

bool keychainUnavailable(SecretStatus status)
{
    return status == SecretStatus::NoKeychain || status == SecretStatus::Locked ||
           status == SecretStatus::TimedOut;
}
} // namespace

int RemoveUserDataCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Removes everything RosterBridge keeps for this user: the profiles' secrets in the "
           "system keychain, the settings folder with the profiles, and the data folder with the "
           "run history, the packages held for review and the logs; with the default folders, "
           "also the \"Start RosterBridge when I log in\" entry. Without --yes it lists what it "
           "would remove, removes nothing and exits with 2. Folders given with --profiles-dir, "
           "--config-dir and --data-dir are removed whole.\n\n"
           "RosterBridge must not be running (the app, or serve) with these folders. When the "
           "keychain cannot be reached, everything else is removed and the index of the secret "
           "names is kept, so that running the command again later removes the secrets too."));
    parser.addHelpOption();
    const QCommandLineOption yes(QStringLiteral("yes"), tr("Remove it all, without asking."));
    parser.addOption(yes);
    parser.addOptions(RunCommand::folderOptions());
    if (const std::optional<int> done = CommandLine::parse(parser, arguments))
        return *done;
    if (!parser.positionalArguments().isEmpty()) {
        err() << tr("remove-user-data takes no arguments, only options.") << Qt::endl;
        return ExitUsage;
    }
    const RunHost::Paths paths = RunCommand::paths(parser);
    const bool defaultFolders = !parser.isSet(QStringLiteral("profiles-dir")) &&
                                !parser.isSet(QStringLiteral("config-dir")) &&
                                !parser.isSet(QStringLiteral("data-dir"));
    for (const QString &folder : {paths.configFolder, paths.profilesFolder, paths.dataFolder}) {
        if (tooBroadToRemove(absolute(folder))) {
            err() << tr("%1 holds more than RosterBridge's files (it is the home folder or "
                        "above it); nothing was removed.")
                         .arg(QDir::toNativeSeparators(folder))
                  << Qt::endl;
            return ExitUsage;
        }
    }

    SecretStore secrets(AppPaths::secretsIndexFolder(paths.configFolder));
    const Inventory inventory = takeInventory(paths, secrets, defaultFolders);
    if (inventory.isEmpty()) {
        out() << tr("RosterBridge keeps nothing for this user in these folders; there is "
                    "nothing to remove.")
              << Qt::endl;
        return ExitOk;
    }
    if (!parser.isSet(yes)) {
        out() << tr("remove-user-data would remove:") << Qt::endl;
        printInventory(inventory);
        err() << tr("Nothing was removed. Run again with --yes to remove all of it.") << Qt::endl;
        return ExitUsage;
    }

    // First the service: it holds the lock below while it runs.
    if (!inventory.serviceUnit.isEmpty()) {
        CommandRunner runner;
        if (const Result<void> gone = ServiceCommand::installer(paths, &runner).remove(); !gone) {
            err() << gone.error() << Qt::endl
                  << tr("The service still runs; nothing was removed.") << Qt::endl;
            return ExitFailed;
        }
        out() << tr("Stopped and removed the service.") << Qt::endl;
    }

    // The same lock the app and `serve` hold while they run profiles: removing their folders
    // under them would lose a run and leave the history half written.
    const QString dataFolder = absolute(paths.dataFolder);
    const QString lockPath = dataFolder + u"/runs.lock"_s;
    QLockFile lock(lockPath);
    lock.setStaleLockTime(0);
    if (QFileInfo(dataFolder).isDir() && !lock.tryLock(0)) {
        qint64 pid = 0;
        QString host, app;
        lock.getLockInfo(&pid, &host, &app);
        err() << (lock.error() == QLockFile::LockFailedError
                      ? tr("RosterBridge is running (process %1) with these folders: quit the app "
                           "or stop serve first. Nothing was removed.")
                            .arg(pid)
                      : tr("%1 cannot be written to; nothing was removed.")
                            .arg(QDir::toNativeSeparators(dataFolder)))
              << Qt::endl;
        return ExitFailed;
    }

    bool complete = true;
    QStringList keep = {lockPath};
    qsizetype removedSecrets = 0;
    for (const QUuid &id : inventory.secretProfiles) {
        const qsizetype names = secrets.knownSecrets(id).size();
        const SecretResult result = ProfileSecretsCommand::awaitAnswer(
            secrets, [&] { return secrets.removeProfileSecrets(id); });
        if (result.ok()) {
            removedSecrets += names;
            continue;
        }
        complete = false;
        err() << result.errorText << Qt::endl;
        // The other profiles' secrets would only wait for the same locked or absent keychain.
        if (keychainUnavailable(result.status))
            break;
    }
    if (removedSecrets > 0)
        out() << tr("Removed %n secret(s) from the system keychain.", nullptr, int(removedSecrets))
              << Qt::endl;
    const QList<QUuid> left = secrets.indexedProfiles();
    if (!left.isEmpty()) {
        keep << absolute(secrets.indexPath());
        qsizetype names = 0;
        for (const QUuid &id : left)
            names += secrets.knownSecrets(id).size();
        err() << tr("%n secret(s) could not be removed from the system keychain; their names are "
                    "kept in %1, so running remove-user-data --yes again when the keychain is "
                    "available removes them.",
                    nullptr, int(names))
                     .arg(QDir::toNativeSeparators(secrets.indexPath()))
              << Qt::endl;
    }

    if (!inventory.startAtLogin.isEmpty()) {
        if (const Result<void> off = StartAtLogin().setEnabled(false, {})) {
            out() << tr("Turned off starting RosterBridge at login.") << Qt::endl;
        } else {
            complete = false;
            err() << off.error() << Qt::endl;
        }
    }

    QList<bool> removed;
    for (const Folder &folder : inventory.folders) {
        qCInfo(lcRemoveData) << "removing" << folder.path;
        removed << removeAllBut(folder.path, keep);
    }
    // Last, the lock itself and the data folder it kept.
    if (lock.isLocked()) {
        lock.unlock();
        QDir().rmdir(dataFolder);
    }
    for (qsizetype i = 0; i < inventory.folders.size(); ++i) {
        const QString folder = QDir::toNativeSeparators(inventory.folders.at(i).path);
        if (!removed.at(i)) {
            complete = false;
            err() << tr("%1 could not be removed completely.").arg(folder) << Qt::endl;
        } else if (QFileInfo::exists(inventory.folders.at(i).path)) {
            out() << tr("Removed everything in %1 but the secrets' names.").arg(folder) << Qt::endl;
        } else {
            out() << tr("Removed %1.").arg(folder) << Qt::endl;
        }
    }
    return complete && left.isEmpty() ? ExitOk : ExitFailed;
}

} // namespace rb
