#include "RunSource.h"

#include "delivery/SftpDownloader.h"
#include "oneroster/rest/RestCollection.h"
#include "oneroster/rest/RestSource.h"
#include "schedule/ExportWatcher.h"

#include <QDir>
#include <QFileInfo>
#include <QTimer>

namespace rb {

RunSource::RunSource(const RunRequest &request, const std::atomic_bool *cancel, QObject *parent)
    : QObject(parent)
    , m_request(request)
    , m_cancel(cancel)
{
}

RunSource::~RunSource() = default;

void RunSource::start(const QString &workFolder)
{
    m_workFolder = workFolder;
    QTimer::singleShot(0, this, &RunSource::run);
}

void RunSource::cancel()
{
    if (m_rest)
        m_rest->cancel();
}

void RunSource::run()
{
    switch (m_request.profile.source.kind) {
    case SourceKind::Csv:
        useLocal();
        return;
    case SourceKind::Rest:
        startRest();
        return;
    case SourceKind::SftpCsv:
        downloadSftp();
        return;
    }
}

void RunSource::finish(bool ok)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(ok && !m_findings.hasErrors());
}

namespace {

// A zip modified this recently, or seen changing this recently, may still be being copied.
constexpr int kSettleMs = 3000;
constexpr int kPollMs = 500;
// A copy that keeps changing for longer than this is given up on.
constexpr qint64 kMaxWaitMs = 10 * 60 * 1000;

} // namespace

bool RunSource::isDropFolderRun() const
{
    const ProfileSource &source = m_request.profile.source;
    if (!source.watch || !QFileInfo(source.path).isDir())
        return false;
    if (m_request.input.isEmpty())
        return true;
    // What the watcher reported is looked at again: a newer zip may have arrived since.
    const QString folder = QFileInfo(source.path).absoluteFilePath();
    const QFileInfo input(m_request.input);
    return input.absoluteFilePath() == folder || input.absolutePath() == folder;
}

void RunSource::useLocal()
{
    if (isDropFolderRun()) {
        m_waiting.start();
        pickFromDropFolder();
        return;
    }
    useInput(m_request.input.isEmpty() ? m_request.profile.source.path : m_request.input);
}

void RunSource::pickFromDropFolder()
{
    if (m_cancel && m_cancel->load()) {
        finish(false);
        return;
    }
    const QString folder = m_request.profile.source.path;
    const ExportWatcher::Candidate newest = ExportWatcher::newestExport(folder);
    if (newest.path.isEmpty()) {
        m_findings.error(folder, 0, {},
                         tr("the watched folder holds no complete OneRoster export yet (a "
                            "zip with manifest.csv, or the CSV files with manifest.csv)"),
                         QStringLiteral("source.empty"));
        finish(false);
        return;
    }
    if (newest.isZip) {
        if (newest.path != m_waitPath || newest.size != m_waitSize ||
            newest.modified != m_waitModified) {
            m_waitPath = newest.path;
            m_waitSize = newest.size;
            m_waitModified = newest.modified;
            m_unchanged.start();
        }
        // The watcher reported this very zip after its quiet period: it has settled.
        const bool reported =
            !m_request.input.isEmpty() && QFileInfo(m_request.input) == QFileInfo(newest.path);
        const bool settled = reported ||
                             newest.modified.msecsTo(QDateTime::currentDateTime()) >= kSettleMs ||
                             m_unchanged.elapsed() >= kSettleMs;
        if (!settled) {
            if (m_waiting.elapsed() >= kMaxWaitMs) {
                m_findings.error(newest.path, 0, {},
                                 tr("the newest export in the watched folder was still being "
                                    "written after %1 minutes; it was not read, and no older "
                                    "export was read in its place")
                                     .arg(kMaxWaitMs / 60000),
                                 QStringLiteral("source.incomplete"));
                finish(false);
                return;
            }
            Q_EMIT progress(0, -1,
                            tr("waiting for %1 to be written completely")
                                .arg(QFileInfo(newest.path).fileName()));
            QTimer::singleShot(kPollMs, this, &RunSource::pickFromDropFolder);
            return;
        }
    }
    if (!newest.complete) {
        m_findings.error(newest.path, 0, {},
                         tr("the newest export in the watched folder is not a complete zip with "
                            "manifest.csv (it may still be being copied); it was not read, and "
                            "no older export was read in its place"),
                         QStringLiteral("source.incomplete"));
        finish(false);
        return;
    }
    useInput(newest.path);
}

void RunSource::useInput(const QString &path)
{
    const QFileInfo info(path);
    if (path.isEmpty() || !info.exists()) {
        m_findings.error(path, 0, {},
                         path.isEmpty() ? tr("the profile names no OneRoster export to read")
                                        : tr("the OneRoster export is not there"),
                         QStringLiteral("source.missing"));
        finish(false);
        return;
    }
    m_input = path;
    m_counts.insert(QStringLiteral("input"), path);
    m_counts.insert(QStringLiteral("bytes"), info.isFile() ? info.size() : qint64(-1));
    ExchangeRecord read;
    read.kind = ExchangeKind::File;
    read.operation = QStringLiteral("read");
    read.target = path;
    read.ok = true;
    read.startedAt = QDateTime::currentDateTimeUtc();
    read.bytes = info.isFile() ? info.size() : 0;
    m_exchanges.append(read);
    finish(true);
}

void RunSource::startRest()
{
    const QString folder = QDir(m_workFolder).filePath(QStringLiteral("sis"));
    QDir().mkpath(folder);
    m_rest = new RestSource(this);
    connect(m_rest, &RestSource::progress, this,
            [this](const QString &collection, qint64 records, qint64 total) {
                Q_EMIT progress(records, total, collection);
            });
    connect(m_rest, &RestSource::finished, this, [this, folder](bool ok) {
        m_findings.append(m_rest->findings());
        QJsonObject records;
        for (RestCollection c : restCollections())
            records.insert(restCollectionInfo(c).name, m_rest->recordCount(c));
        m_counts.insert(QStringLiteral("records"), records);
        m_counts.insert(QStringLiteral("requests"),
                        qint64(m_rest->exchanges().size()) + m_rest->exchangesNotKept());
        m_counts.insert(QStringLiteral("retries"), m_rest->retries());
        for (const RestExchange &e : m_rest->exchanges())
            m_exchanges.append(ExchangeRecord::fromRest(e));
        m_input = folder;
        finish(ok);
    });
    RestSecrets secrets;
    secrets.clientSecret = m_request.secrets.value(SecretName::SisClientSecret);
    m_rest->start(m_request.profile.source.rest, secrets, folder);
}

void RunSource::downloadSftp()
{
    const ProfileSource &source = m_request.profile.source;
    const QString folder = QDir(m_workFolder).filePath(QStringLiteral("sis"));
    QDir().mkpath(folder);
    SftpSecrets secrets{m_request.secrets.value(SecretName::SisSftpPassword),
                        m_request.secrets.value(SecretName::SisSftpKeyPassphrase)};
    SftpDownloader downloader(source.sftp, secrets);
    downloader.setCancelFlag(m_cancel);
    downloader.setProgress(
        [this](qint64 done, qint64 total) { Q_EMIT progress(done, total, tr("bytes")); });
    const QString remote = source.remotePath;
    const bool zip = remote.endsWith(QStringLiteral(".zip"), Qt::CaseInsensitive);
    const TransferResult result = zip ? downloader.downloadFile(remote, folder)
                                      : downloader.downloadCsvFolder(remote, folder);
    for (const SftpOperation &op : result.operations)
        m_exchanges.append(ExchangeRecord::fromSftp(op));
    m_counts.insert(QStringLiteral("download"), result.toJson());
    if (!result.ok) {
        m_findings.error(source.sftp.displayHost(), 0, {}, result.message,
                         QStringLiteral("source.sftp"));
        finish(false);
        return;
    }
    if (result.hostKeyTrustedOnFirstUse)
        m_hostKeyToPin = result.hostKeyFingerprint;
    m_input = zip ? QDir(folder).filePath(QFileInfo(remote).fileName()) : folder;
    finish(true);
}

} // namespace rb
