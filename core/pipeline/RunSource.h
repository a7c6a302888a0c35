#pragma once

#include "RunRequest.h"
#include "common/Findings.h"
#include "store/RunRecord.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

#include <atomic>

namespace rb {

class RestSource;

// The acquire step of a normal run or a dry run: finds the OneRoster export the profile
// names. A local export is used where it is; in a watched drop folder that is the newest zip,
// waited for while it is still being copied and never replaced by an older one. A REST source
// is read page by page into a OneRoster CSV export in the run's work folder; an export on an
// SFTP server is downloaded there. Lives on the worker thread; finished() follows start()
// exactly once, never from inside it.
class RunSource : public QObject
{
    Q_OBJECT
public:
    RunSource(const RunRequest &request, const std::atomic_bool *cancel, QObject *parent = nullptr);
    ~RunSource() override;

    void start(const QString &workFolder);
    void cancel();

    // The export to convert (a zip or a folder), once finished(true).
    QString input() const { return m_input; }
    Findings &findings() { return m_findings; }
    const QList<ExchangeRecord> &exchanges() const { return m_exchanges; }
    QJsonObject counts() const { return m_counts; }
    // The SIS's SFTP host key, accepted on first use because the profile allows it.
    QString hostKeyToPin() const { return m_hostKeyToPin; }

Q_SIGNALS:
    // total is -1 when unknown.
    void progress(qint64 done, qint64 total, const QString &text);
    void finished(bool ok);

private:
    void run();
    void useLocal();
    bool isDropFolderRun() const;
    void pickFromDropFolder();
    void useInput(const QString &path);
    void startRest();
    void downloadSftp();
    void finish(bool ok);

    const RunRequest &m_request;
    const std::atomic_bool *m_cancel;
    QString m_workFolder;
    QString m_input;
    Findings m_findings;
    QList<ExchangeRecord> m_exchanges;
    QJsonObject m_counts;
    QString m_hostKeyToPin;
    QPointer<RestSource> m_rest;
    // The newest zip of a drop folder as last seen, and since when it has not changed.
    QString m_waitPath;
    qint64 m_waitSize = -1;
    QDateTime m_waitModified;
    QElapsedTimer m_unchanged;
    QElapsedTimer m_waiting;
    bool m_done = false;
};

} // namespace rb
