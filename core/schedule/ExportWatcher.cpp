#include "ExportWatcher.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

#include <quazip.h>

namespace rb {

Q_LOGGING_CATEGORY(lcWatcher, "rosterbridge.schedule.watcher")

ExportWatcher::ExportWatcher(QObject *parent)
    : QObject(parent)
{
    m_quiet.setSingleShot(true);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &ExportWatcher::changed);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &ExportWatcher::changed);
    connect(&m_quiet, &QTimer::timeout, this, &ExportWatcher::settle);
}

bool ExportWatcher::start(const QString &folder, int quietMs)
{
    stop();
    if (!QFileInfo(folder).isDir() || !m_watcher.addPath(folder))
        return false;
    m_folder = folder;
    m_quiet.setInterval(quietMs);
    // What is there already is not new: only a later change starts a run.
    m_last = snapshot();
    m_reported = m_last;
    qCInfo(lcWatcher) << "watching" << folder;
    return true;
}

void ExportWatcher::stop()
{
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    m_quiet.stop();
    m_folder.clear();
}

QHash<QString, std::pair<qint64, QDateTime>> ExportWatcher::snapshot() const
{
    QHash<QString, std::pair<qint64, QDateTime>> files;
    const QFileInfoList entries = QDir(m_folder).entryInfoList(QDir::Files, QDir::Name);
    for (const QFileInfo &f : entries)
        files.insert(f.fileName(), {f.size(), f.lastModified()});
    return files;
}

void ExportWatcher::changed()
{
    if (m_folder.isEmpty())
        return;
    // Watch the files too: a file growing in place does not change its directory.
    const QStringList entries = QDir(m_folder).entryList(QDir::Files);
    for (const QString &name : entries) {
        const QString path = QDir(m_folder).filePath(name);
        if (!m_watcher.files().contains(path))
            m_watcher.addPath(path);
    }
    m_quiet.start();
}

void ExportWatcher::settle()
{
    const auto now = snapshot();
    if (now != m_last) {
        // Still moving: wait for another quiet period.
        m_last = now;
        m_quiet.start();
        return;
    }
    if (now == m_reported)
        return;
    const Candidate candidate = newestExport(m_folder);
    if (!candidate.complete) {
        if (candidate.isZip)
            qCInfo(lcWatcher) << "the newest zip" << candidate.path
                              << "is not a complete export yet; waiting for it";
        else
            qCInfo(lcWatcher) << "files in" << m_folder << "settled but hold no complete export";
        return;
    }
    const QString ready = candidate.path;
    m_reported = now;
    qCInfo(lcWatcher) << "export ready:" << ready;
    Q_EMIT exportReady(ready);
}

ExportWatcher::Candidate ExportWatcher::newestExport(const QString &folder)
{
    const QDir dir(folder);
    Candidate candidate;
    const QFileInfoList zips =
        dir.entryInfoList({QStringLiteral("*.zip")}, QDir::Files, QDir::Time);
    if (!zips.isEmpty()) {
        // Only the newest: an older zip must never stand in for one still being copied.
        const QFileInfo &newest = zips.first();
        candidate.path = newest.filePath();
        candidate.isZip = true;
        candidate.size = newest.size();
        candidate.modified = newest.lastModified();
        // A zip still being copied has no central directory yet, so it does not open.
        QuaZip zip(candidate.path);
        if (zip.open(QuaZip::mdUnzip)) {
            candidate.complete = zip.getFileNameList().contains(QStringLiteral("manifest.csv"));
            zip.close();
        }
        return candidate;
    }
    if (dir.exists(QStringLiteral("manifest.csv"))) {
        candidate.path = folder;
        candidate.complete = true;
    }
    return candidate;
}

QString ExportWatcher::completeExport(const QString &folder)
{
    const Candidate candidate = newestExport(folder);
    return candidate.complete ? candidate.path : QString();
}

} // namespace rb
