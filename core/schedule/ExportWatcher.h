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
// and never a run on half a file.
class ExportWatcher : public QObject
{
    Q_OBJECT
public:
    explicit ExportWatcher(QObject *parent = nullptr);

    // folder: the drop folder. The export is either *.zip files in it (the newest complete one
    // is reported) or the folder's CSV files themselves.
    bool start(const QString &folder, int quietMs = 10000);
    void stop();
    bool isWatching() const { return !m_folder.isEmpty(); }

    // The newest complete export in a drop folder: a zip that opens and holds manifest.csv, or
    // the folder itself when it holds manifest.csv; empty when there is none.
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
