#include "SftpUploadJournal.h"

#include "SftpSession.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace rb {

namespace {

// One entry per line of the journal: the account ("user@host:port") and the remote path.
using Entries = QList<std::pair<QString, QString>>;

QMutex &journalMutex()
{
    static QMutex mutex;
    return mutex;
}

Entries &memoryEntries()
{
    static Entries entries;
    return entries;
}

QString account(const SftpSettings &server)
{
    return server.username % u'@' % server.host.toLower() % u':' % QString::number(server.port);
}

Entries readEntries(const QString &file)
{
    if (file.isEmpty())
        return memoryEntries();
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    Entries entries;
    const QJsonArray list =
        QJsonDocument::fromJson(in.readAll()).object().value(u"pending").toArray();
    for (const auto &v : list) {
        const QJsonObject o = v.toObject();
        entries.append({o.value(u"account").toString(), o.value(u"path").toString()});
    }
    return entries;
}

void writeEntries(const QString &file, const Entries &entries)
{
    if (file.isEmpty()) {
        memoryEntries() = entries;
        return;
    }
    if (entries.isEmpty()) {
        QFile::remove(file);
        return;
    }
    QJsonArray list;
    for (const auto &[acct, path] : entries)
        list.append(QJsonObject{{u"account"_s, acct}, {u"path"_s, path}});
    QSaveFile out(file);
    // Like everything in the data folder, for its owner only.
    if (!out.open(QIODevice::WriteOnly) ||
        !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        out.write(QJsonDocument(QJsonObject{{u"pending"_s, list}}).toJson()) < 0 || !out.commit())
        qCWarning(lcSftp).noquote()
            << "cannot write the upload journal" << file << out.errorString();
}

} // namespace

SftpUploadJournal::SftpUploadJournal(QString file)
    : m_file(std::move(file))
{
}

QStringList SftpUploadJournal::pending(const SftpSettings &server) const
{
    const QMutexLocker lock(&journalMutex());
    const QString acct = account(server);
    QStringList paths;
    for (const auto &[a, path] : readEntries(m_file))
        if (a == acct)
            paths.append(path);
    return paths;
}

void SftpUploadJournal::add(const SftpSettings &server, const QString &path)
{
    const QMutexLocker lock(&journalMutex());
    Entries entries = readEntries(m_file);
    const std::pair<QString, QString> entry{account(server), path};
    if (!entries.contains(entry)) {
        entries.append(entry);
        writeEntries(m_file, entries);
    }
}

void SftpUploadJournal::remove(const SftpSettings &server, const QString &path)
{
    const QMutexLocker lock(&journalMutex());
    Entries entries = readEntries(m_file);
    if (entries.removeAll(std::pair<QString, QString>{account(server), path}) > 0)
        writeEntries(m_file, entries);
}

} // namespace rb
