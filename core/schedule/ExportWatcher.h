#pragma once

#include <QDateTime>
#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QTimer>

namespace rb {

// Watches a local folder that a SIS drops its OneRoster export into, and says when a new
// export is complete: something changed, then nothing changed for a quiet period, and what is
// there reads as a whole export (a zip that opens, or a folder with manifest.csv). A SIS that
// writes files one by one or copies slowly over the network therefore starts one run, not many,
// and never a run on half a file. The newest zip decides: while it is incomplete, there is no
// export, never an older zip in its place.
class ExportWatcher : public QObject
{
    Q_OBJECT
public:
    explicit ExportWatcher(QObject *parent = nullptr);

    // folder: the drop folder. The export is either *.zip files in it (the newest one is
    // reported once complete) or the folder's CSV files themselves.
    bool start(const QString &folder, int quietMs = 10000);
    void stop();
    bool isWatching() const { return !m_folder.isEmpty(); }

    // The export a drop folder holds: its newest zip (by modification time), else the folder
    // itself when it holds manifest.csv. Only the newest zip is ever a candidate, so an older
    // one is never read while a newer one is still being copied.
    struct Candidate
    {
        QString path; // empty: no zip and no manifest.csv
        bool isZip = false;
        // The zip opens and holds manifest.csv; always true for the folder.
        bool complete = false;
        qint64 size = 0;
        QDateTime modified;
    };
    static Candidate newestExport(const QString &folder);
    // newestExport()'s path when it is complete, else empty.
    static QString completeExport(const QString &folder);

Q_SIGNALS:
    // path: the zip or the folder to convert.
    void exportReady(const QString &path);

private:
    // Size and modification time of every file, to tell "still being written" from "done".
    QHash<QString, std::pair<qint64, QDateTime>> snapshot() const;
    void changed();
    void settle();

    QString m_folder;
    QFileSystemWatcher m_watcher;
    QTimer m_quiet;
    QHash<QString, std::pair<qint64, QDateTime>> m_last;
    QHash<QString, std::pair<qint64, QDateTime>> m_reported;
};

} // namespace rb
