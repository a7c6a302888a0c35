#pragma once

#include "SftpSettings.h"

#include <QString>
#include <QStringList>

namespace rb {

// Remote files an upload has started and not finished, per server and account. Uploads go
// straight to their final name (Apple's importer takes whatever lands in the dropbox), so a cut
// connection leaves a partial zip there; the next connection to that account removes it before
// it sends anything new.
//
// Without a file the journal is the process's own, in memory: enough for the desktop app and
// `serve`, which live on after a cut connection. With a file (in the data folder) it also
// covers a process that was killed mid-upload. Safe to use from several threads, but uploads
// to one account must not overlap (the run engine runs one at a time): the second would remove
// the first one's file as a leftover.
class SftpUploadJournal
{
public:
    explicit SftpUploadJournal(QString file = {});

    QStringList pending(const SftpSettings &server) const;
    void add(const SftpSettings &server, const QString &path);
    void remove(const SftpSettings &server, const QString &path);

private:
    QString m_file;
};

} // namespace rb
