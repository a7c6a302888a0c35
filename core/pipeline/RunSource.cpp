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

void RunSource::useLocal()
{
    QString path = m_request.input.isEmpty() ? m_request.profile.source.path : m_request.input;
    // A drop folder run by hand reads the newest complete export in it, as the watcher would.
    if (m_request.input.isEmpty() && m_request.profile.source.watch && QFileInfo(path).isDir()) {
        const QString latest = ExportWatcher::completeExport(path);
        if (latest.isEmpty()) {
            m_findings.error(path, 0, {},
                             tr("the watched folder holds no complete OneRoster export yet (a "
                                "zip with manifest.csv, or the CSV files with manifest.csv)"),
                             QStringLiteral("source.empty"));
            finish(false);
            return;
        }
        path = latest;
    }
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
