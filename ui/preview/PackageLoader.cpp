#include "preview/PackageLoader.h"

#include "asm/AsmPackage.h"
#include "common/BackgroundJob.h"
#include "common/Findings.h"
#include "preview/CsvTableIndex.h"
#include "preview/PreviewLog.h"

#include <QDir>
#include <QTemporaryDir>
#include <QThreadPool>

namespace rb {

PackageLoader::PackageLoader(const QString &zipPath, QObject *parent)
    : QObject(parent)
    , m_zipPath(zipPath)
    , m_folder(std::make_unique<QTemporaryDir>(QDir::tempPath() +
                                               QStringLiteral("/rosterbridge-preview-XXXXXX")))
    , m_job(new BackgroundJob(this))
{
}

PackageLoader::~PackageLoader()
{
    // The worker writes into the folder: it must stop before the folder goes.
    m_job->stop();
    // Removing the files of a large package (hundreds of megabytes) takes a while: the folder
    // goes on a pool thread, after this loader's tables let go of it.
    m_tables = {};
    QThreadPool::globalInstance()->start([folder = std::shared_ptr<QTemporaryDir>(
                                              std::move(m_folder))]() mutable { folder.reset(); });
}

std::shared_ptr<const CsvTableIndex> PackageLoader::table(AsmTable table) const
{
    return m_tables[size_t(table)];
}

void PackageLoader::start()
{
    if (!m_folder->isValid()) {
        const QString why =
            tr("No temporary folder for the preview: %1").arg(m_folder->errorString());
        for (AsmTable t : kAsmTables) {
            m_problems[size_t(t)] = why;
            m_loaded[size_t(t)] = true;
            Q_EMIT tableLoaded(t);
        }
        m_finished = true;
        Q_EMIT finished();
        return;
    }
    const QString folder = m_folder->path();
    m_job->start([this, zip = m_zipPath, folder](const BackgroundJob::Control &job) {
        // Each result is handed to the window's thread as it comes; the loader is alive until
        // the job has stopped, and queued calls die with it.
        const auto deliver = [this](AsmTable t, std::shared_ptr<const CsvTableIndex> index,
                                    const QString &problem) {
            QMetaObject::invokeMethod(
                this,
                [this, t, index, problem] {
                    m_tables[size_t(t)] = index;
                    m_problems[size_t(t)] = problem;
                    m_loaded[size_t(t)] = true;
                    Q_EMIT tableLoaded(t);
                },
                Qt::QueuedConnection);
        };
        Findings findings;
        const std::unique_ptr<AsmPackage> package = AsmPackage::open(zip, &findings);
        for (AsmTable t : kAsmTables) {
            if (job.cancelled().load())
                return;
            QString problem;
            std::shared_ptr<const CsvTableIndex> index;
            if (!package) {
                problem = findings.kept().isEmpty() ? tr("The package cannot be opened.")
                                                    : findings.kept().constFirst().message;
            } else if (!package->hasTable(t)) {
                problem = tr("%1 is not in the package.").arg(asmFileName(t));
            } else {
                Result<std::shared_ptr<const CsvTableIndex>> extracted = CsvTableIndex::extract(
                    *package, t, QDir(folder).filePath(asmFileName(t)), job.cancelled());
                if (extracted)
                    index = std::move(*extracted);
                else
                    problem = extracted.error();
            }
            if (job.cancelled().load())
                return;
            if (!problem.isEmpty())
                qCWarning(lcPreview) << zip << asmFileName(t) << problem;
            deliver(t, index, problem);
        }
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_finished = true;
                Q_EMIT finished();
            },
            Qt::QueuedConnection);
    });
}

} // namespace rb
