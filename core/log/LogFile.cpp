#include "LogFile.h"

#include "LogRedactor.h"
#include "common/PrivateFiles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QMutex>
#include <QThread>

#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;

namespace rb {

namespace {

enum Level : quint8 { Debug = 1, Info = 2, Warning = 4, Critical = 8, All = 15 };

Level levelOf(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return Debug;
    case QtInfoMsg:
        return Info;
    case QtWarningMsg:
        return Warning;
    case QtCriticalMsg:
    case QtFatalMsg:
        break;
    }
    return Critical;
}

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        break;
    }
    return "fatal";
}

quint8 fileLevels(QByteArrayView category, bool debug)
{
    if (category == "rosterbridge" || category.startsWith("rosterbridge."))
        return Info | Warning | Critical | (debug ? Debug : 0);
    return Warning | Critical;
}

QString threadName()
{
    const QThread *thread = QThread::currentThread();
    const QCoreApplication *app = QCoreApplication::instance();
    if (app && thread == app->thread())
        return u"main"_s;
    if (thread && !thread->objectName().isEmpty())
        return thread->objectName();
    return u"0x"_s + QString::number(quintptr(QThread::currentThreadId()), 16);
}

QByteArray formatLine(QtMsgType type, const char *category, QString message)
{
    // Local time with its offset (+00:00 rather than Z, for one width), so that the times
    // around a DST change stay unambiguous.
    const QDateTime now = QDateTime::currentDateTime();
    const int offsetMinutes = now.offsetFromUtc() / 60;
    const QString time = now.toString(u"yyyy-MM-dd'T'HH:mm:ss.zzz"_s) +
                         QString::asprintf("%c%02d:%02d", offsetMinutes < 0 ? '-' : '+',
                                           qAbs(offsetMinutes) / 60, qAbs(offsetMinutes) % 60);
    message.replace(u'\r', u"\\r"_s);
    message.replace(u'\n', u"\\n"_s);
    const QString line = time + u' ' + QLatin1StringView(levelName(type)) + u' ' +
                         QLatin1StringView(category) + u" ["_s + threadName() + u"] "_s + message +
                         u'\n';
    return line.toUtf8();
}

class Sink
{
public:
    std::atomic_bool installed{false};
    std::atomic_bool debug{false};
    QtMessageHandler previousHandler = nullptr;
    QLoggingCategory::CategoryFilter previousFilter = nullptr;

    Result<void> open(const QString &folder)
    {
        if (!PrivateFiles::makeFolder(folder))
            return Failure{u"the folder could not be created"_s};
        auto file = openPrivate(LogFile::filePath(folder));
        if (!file->isOpen())
            return Failure{file->errorString()};
        // Files an older version left readable by others.
        for (int i = 1; i < LogFile::kKeptFiles; ++i)
            PrivateFiles::restrictFile(LogFile::filePath(folder, i));
        const QMutexLocker lock(&m_fileMutex);
        m_folder = folder;
        m_file = std::move(file);
        m_size = m_file->size();
        return {};
    }

    void close()
    {
        const QMutexLocker lock(&m_fileMutex);
        m_file.reset();
        m_folder.clear();
    }

    QString path() const
    {
        const QMutexLocker lock(&m_fileMutex);
        return m_file ? m_file->fileName() : QString();
    }

    void write(const QByteArray &line)
    {
        const QMutexLocker lock(&m_fileMutex);
        if (!m_file)
            return;
        if (m_size > 0 && m_size + line.size() > LogFile::kMaxBytes)
            rotate(line.size());
        if (m_file->write(line) == line.size())
            m_size += line.size();
    }

    // The logging rules' levels per category, learnt in the filter, for the terminal.
    void setConsoleLevels(const char *category, quint8 levels)
    {
        const QMutexLocker lock(&m_consoleMutex);
        m_console.insert(QByteArray(category), levels);
    }
    bool console(const char *category, QtMsgType type) const
    {
        if (type == QtFatalMsg)
            return true;
        const QMutexLocker lock(&m_consoleMutex);
        return m_console.value(QByteArray::fromRawData(category, qstrlen(category)), All) &
               levelOf(type);
    }
    void clearConsoleLevels()
    {
        const QMutexLocker lock(&m_consoleMutex);
        m_console.clear();
    }

private:
    // With m_fileMutex held.
    void rotate(qint64 incoming)
    {
        const QString current = LogFile::filePath(m_folder);
        m_file.reset();
        // Another process writing here may have rotated already: carry on in its new file.
        if (QFileInfo(current).size() + incoming <= LogFile::kMaxBytes) {
            reopen(current);
            return;
        }
        QFile::remove(LogFile::filePath(m_folder, LogFile::kKeptFiles - 1));
        for (int i = LogFile::kKeptFiles - 2; i >= 0; --i)
            QFile::rename(LogFile::filePath(m_folder, i), LogFile::filePath(m_folder, i + 1));
        reopen(current);
    }

    // Opened for appending, owner-only whether it is new or was left by another process.
    static std::unique_ptr<QFile> openPrivate(const QString &path)
    {
        auto file = std::make_unique<QFile>(path);
        PrivateFiles::open(file.get(),
                           QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered);
        return file;
    }

    void reopen(const QString &path)
    {
        auto file = openPrivate(path);
        if (!file->isOpen())
            return; // nothing to write to until the next install; the terminal still works
        m_file = std::move(file);
        m_size = m_file->size();
    }

    mutable QMutex m_fileMutex;
    std::unique_ptr<QFile> m_file;
    QString m_folder;
    qint64 m_size = 0;

    mutable QMutex m_consoleMutex;
    QHash<QByteArray, quint8> m_console;
};

// Never destroyed: messages may still come while static objects are torn down at exit.
Sink &sink()
{
    static auto *instance = new Sink;
    return *instance;
}

void filterCategory(QLoggingCategory *category)
{
    Sink &s = sink();
    s.previousFilter(category);
    quint8 console = 0;
    for (const QtMsgType type : {QtDebugMsg, QtInfoMsg, QtWarningMsg, QtCriticalMsg}) {
        if (category->isEnabled(type))
            console |= levelOf(type);
    }
    s.setConsoleLevels(category->categoryName(), console);
    const quint8 wanted = console | fileLevels(category->categoryName(), s.debug);
    for (const QtMsgType type : {QtDebugMsg, QtInfoMsg, QtWarningMsg, QtCriticalMsg})
        category->setEnabled(type, wanted & levelOf(type));
}

void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    Sink &s = sink();
    // A message raised while writing one goes straight on, instead of deadlocking.
    static thread_local bool busy = false;
    if (busy) {
        s.previousHandler(type, context, message);
        return;
    }
    busy = true;
    const char *category = context.category ? context.category : "default";
    const bool toFile = type == QtFatalMsg || (fileLevels(category, s.debug) & levelOf(type));
    const bool toConsole = s.console(category, type);
    if (toFile || toConsole) {
        const QString safe = LogRedactor::redact(message);
        if (toFile)
            s.write(formatLine(type, category, safe));
        if (toConsole)
            s.previousHandler(type, context, safe);
    }
    busy = false;
}

} // namespace

QString LogFile::filePath(const QString &folder, int index)
{
    if (index == 0)
        return folder + u"/rosterbridge.log"_s;
    return folder + u"/rosterbridge."_s + QString::number(index) + u".log"_s;
}

Result<void> LogFile::install(const QString &folder, bool debug)
{
    Sink &s = sink();
    if (Result<void> opened = s.open(folder); !opened)
        return opened;
    s.debug = debug;
    if (s.installed.exchange(true)) {
        // Installing the filter again runs it over every category with the new level.
        QLoggingCategory::installFilter(filterCategory);
        return {};
    }
    s.previousHandler = qInstallMessageHandler(handleMessage);
    // The previous filter must be known before ours runs, and installing ours runs it at once.
    s.previousFilter = QLoggingCategory::installFilter(nullptr);
    QLoggingCategory::installFilter(filterCategory);
    return {};
}

void LogFile::uninstall()
{
    Sink &s = sink();
    if (!s.installed.exchange(false))
        return;
    QLoggingCategory::installFilter(s.previousFilter);
    qInstallMessageHandler(s.previousHandler);
    s.close();
    s.clearConsoleLevels();
}

bool LogFile::isInstalled()
{
    return sink().installed;
}

QString LogFile::currentPath()
{
    return sink().path();
}

void LogFile::setDebugEnabled(bool enabled)
{
    Sink &s = sink();
    if (s.debug.exchange(enabled) == enabled || !s.installed)
        return;
    QLoggingCategory::installFilter(filterCategory);
}

bool LogFile::debugEnabled()
{
    return sink().debug;
}

} // namespace rb
