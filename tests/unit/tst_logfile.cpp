#include "CannedHttpServer.h"

#include "common/Redactor.h"
#include "log/LogFile.h"
#include "log/LogRedactor.h"
#include "oneroster/rest/OAuth2TokenProvider.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>
#include <utility>

using namespace rb;
using namespace rb::test;
using namespace Qt::StringLiterals;

// Declared as in the app: some categories with every level on by default, some from info.
Q_LOGGING_CATEGORY(lcOwn, "rosterbridge.test.own")
Q_LOGGING_CATEGORY(lcOwnInfo, "rosterbridge.test.info", QtInfoMsg)
Q_LOGGING_CATEGORY(lcForeign, "qt.test.foreign")

namespace {

// What reached the handler before the log file: the terminal, as far as the app is concerned.
QMutex g_consoleMutex;
QStringList g_console;

void captureConsole(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    const QMutexLocker lock(&g_consoleMutex);
    g_console.append(QString::fromLatin1(context.category) + u": "_s + message);
}

QStringList console()
{
    const QMutexLocker lock(&g_consoleMutex);
    return g_console;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The line numbers ("line <n> ...") in a file, in order.
QList<int> lineNumbers(const QString &path)
{
    QList<int> numbers;
    static const QRegularExpression re(uR"( \[main\] line (\d+) x+$)"_s);
    const QByteArrayList lines = readAll(path).split('\n');
    for (const QByteArray &line : lines) {
        const QRegularExpressionMatch m = re.match(QString::fromUtf8(line));
        if (m.hasMatch())
            numbers.append(m.captured(1).toInt());
    }
    return numbers;
}

} // namespace

// The log file: its line format, levels and debug switch, rotation, lines from several threads,
// the terminal left as the logging rules say, and secrets masked in every form.
class TestLogFile : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    int m_folders = 0;
    QtMessageHandler m_testHandler = nullptr;

    QString freshFolder() { return m_tmp.filePath(u"logs"_s + QString::number(++m_folders)); }

    QString install(bool debug = false)
    {
        const QString folder = freshFolder();
        if (const Result<void> installed = LogFile::install(folder, debug); !installed)
            qFatal("no log file: %s", qPrintable(installed.error()));
        return folder;
    }

private slots:
    void initTestCase()
    {
        // As for a command: the terminal gets none of the app's lines. The file must not care.
        QLoggingCategory::setFilterRules(u"rosterbridge.test.*=false"_s);
    }

    void init()
    {
        g_console.clear();
        m_testHandler = qInstallMessageHandler(captureConsole);
    }

    void cleanup()
    {
        LogFile::uninstall();
        qInstallMessageHandler(m_testHandler);
        LogRedactor::clear();
    }

    void lineFormat()
    {
        const QString folder = install();
        QCOMPARE(LogFile::currentPath(), folder + u"/rosterbridge.log"_s);
        qCInfo(lcOwn) << "first part\nsecond part\r\n";
        const QByteArray text = readAll(LogFile::currentPath());
        QCOMPARE(text.count('\n'), 1);
        const QRegularExpression re(
            uR"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d info rosterbridge\.test\.own \[main\] first part\\nsecond part\\r\\n\n$)"_s);
        QVERIFY2(re.match(QString::fromUtf8(text)).hasMatch(), text.constData());
    }

    void levelsAndDebugSwitch()
    {
        install(false);
        qCDebug(lcOwn) << "own-debug-off";
        qCDebug(lcOwnInfo) << "info-category-debug-off";
        qCInfo(lcOwnInfo) << "own-info";
        qCWarning(lcOwn) << "own-warning";
        qCInfo(lcForeign) << "foreign-info";
        qCWarning(lcForeign) << "foreign-warning";
        LogFile::setDebugEnabled(true);
        QVERIFY(LogFile::debugEnabled());
        qCDebug(lcOwn) << "own-debug-on";
        qCDebug(lcOwnInfo) << "info-category-debug-on";
        qCDebug(lcForeign) << "foreign-debug";
        LogFile::setDebugEnabled(false);
        qCDebug(lcOwnInfo) << "info-category-debug-off-again";

        const QByteArray text = readAll(LogFile::currentPath());
        for (const char *present : {"info rosterbridge.test.info [main] own-info",
                                    "warning rosterbridge.test.own [main] own-warning",
                                    "warning qt.test.foreign [main] foreign-warning",
                                    "debug rosterbridge.test.own [main] own-debug-on",
                                    "debug rosterbridge.test.info [main] info-category-debug-on"})
            QVERIFY2(text.contains(present), present);
        for (const char *absent :
             {"own-debug-off", "info-category-debug-off", "foreign-info", "foreign-debug"})
            QVERIFY2(!text.contains(absent), absent);

        // The terminal got what the rules allow, whatever the file took: nothing of
        // rosterbridge.test.*, and Qt's categories from info up.
        QCOMPARE(console(), QStringList({u"qt.test.foreign: foreign-info"_s,
                                         u"qt.test.foreign: foreign-warning"_s}));
        LogFile::uninstall();
        // And the categories are back to the rules alone.
        QVERIFY(!lcOwnInfo().isInfoEnabled());
        QVERIFY(!lcOwn().isWarningEnabled());
        QVERIFY(lcForeign().isWarningEnabled());
    }

    void rotatesAtTheLimitKeepingFiveFiles()
    {
        const QString folder = install();
        const QByteArray payload(1000, 'x');
        // About 6.5 MiB: the file is rotated six times, so the first lines are gone.
        const int count = 6500;
        for (int i = 0; i < count; ++i)
            qCInfo(lcOwn).noquote() << "line" << i << payload;

        QStringList expected = {u"rosterbridge.log"_s};
        for (int i = 1; i < LogFile::kKeptFiles; ++i)
            expected << u"rosterbridge.%1.log"_s.arg(i);
        QStringList files = QDir(folder).entryList(QDir::Files);
        files.sort();
        expected.sort();
        QCOMPARE(files, expected);

        QList<int> numbers;
        for (int i = LogFile::kKeptFiles - 1; i >= 0; --i) {
            const QString path = LogFile::filePath(folder, i);
            const qint64 size = QFileInfo(path).size();
            QVERIFY2(size <= LogFile::kMaxBytes, qPrintable(path));
            // Archives are full: rotated only when the next line would not fit.
            if (i > 0)
                QVERIFY2(size > LogFile::kMaxBytes - 1200, qPrintable(path));
            numbers += lineNumbers(path);
        }
        // Oldest first, no line lost or repeated across the files, the first ones dropped.
        QCOMPARE(numbers.last(), count - 1);
        QVERIFY(numbers.first() > 0);
        for (qsizetype i = 1; i < numbers.size(); ++i)
            QCOMPARE(numbers.at(i), numbers.at(i - 1) + 1);

        // Logging on into the existing file after a restart appends and still rotates there.
        LogFile::uninstall();
        QVERIFY(LogFile::install(folder, false));
        qCInfo(lcOwn).noquote() << "line" << count << payload;
        QCOMPARE(lineNumbers(LogFile::filePath(folder)).last(), count);
    }

    void linesFromTwoThreadsStayWhole()
    {
        const QString folder = install();
        // Enough to rotate the file on the way, with both threads writing.
        static constexpr int perThread = 3000;
        auto writer = [](char letter) {
            const QByteArray payload(300, letter);
            for (int i = 0; i < perThread; ++i)
                qCInfo(lcOwn).noquote() << payload << i;
        };
        std::unique_ptr<QThread> a(QThread::create(writer, 'a'));
        std::unique_ptr<QThread> b(QThread::create(writer, 'b'));
        a->setObjectName(u"writer-a"_s);
        b->setObjectName(u"writer-b"_s);
        a->start();
        b->start();
        QVERIFY(a->wait(60000));
        QVERIFY(b->wait(60000));

        QByteArray text;
        for (int i = LogFile::kKeptFiles - 1; i >= 0; --i)
            text += readAll(LogFile::filePath(folder, i));
        const QByteArrayList lines = text.split('\n');
        const QRegularExpression re(
            uR"(^\S+ info rosterbridge\.test\.own \[writer-(a|b)\] (a{300}|b{300}) \d+$)"_s);
        int counts[2] = {0, 0};
        for (const QByteArray &line : lines) {
            if (line.isEmpty())
                continue;
            const QRegularExpressionMatch m = re.match(QString::fromUtf8(line));
            QVERIFY2(m.hasMatch(), line.constData());
            QCOMPARE(m.captured(1).at(0), m.captured(2).at(0));
            ++counts[m.captured(1) == u"a"_s ? 0 : 1];
        }
        QCOMPARE(counts[0], perThread);
        QCOMPARE(counts[1], perThread);
    }

    void secretsAreMaskedInEveryForm()
    {
        QLoggingCategory::setFilterRules(u"rosterbridge.test.own=true"_s);
        install(true);
        CannedHttpServer http;
        const QByteArray accessToken = "at-7f3c9e1b5d";
        const QByteArray refreshToken = "rt-2a8d4c6e0f";
        http.setHandler([&](const CannedRequest &) {
            return CannedResponse::json(R"({"access_token":")" + accessToken +
                                        R"(","refresh_token":")" + refreshToken +
                                        R"(","expires_in":600})");
        });

        // A client secret as the keychain gives it, with characters that change when encoded.
        const QString secret = u"s3cret pass/word+~*é"_s;
        LogRedactor::addSecret(secret);
        RestSourceSettings settings;
        settings.baseUrl = http.baseUrl();
        settings.tokenUrl = http.baseUrl() + u"/token"_s;
        settings.clientId = u"client id"_s;
        settings.clientAuth = ClientAuthMethod::Basic;
        QNetworkAccessManager network;
        Redactor history;
        OAuth2TokenProvider tokens(&network, &history, settings, RestSecrets{secret});
        bool done = false;
        tokens.withToken(&network, [&](const TokenResult &t) {
            QVERIFY2(t.ok, qPrintable(t.error));
            done = true;
        });
        QTRY_VERIFY(done);

        const QByteArray utf8 = secret.toUtf8();
        const QByteArray basic =
            OAuth2TokenProvider::basicAuthorization(settings.clientId, secret).mid(6);
        const QByteArrayList forms = {utf8,
                                      utf8.toPercentEncoding(),
                                      utf8.toBase64(),
                                      OAuth2TokenProvider::formEncode(utf8),
                                      basic,
                                      accessToken,
                                      refreshToken};
        for (const QByteArray &form : forms)
            qCDebug(lcOwn).noquote() << "echoed by a server:" << form << "(end)";
        for (const auto &[name, value] : tokens.tokenHeaders(false))
            qCInfo(lcOwnInfo) << "token request header" << name << value;
        qCInfo(lcOwnInfo) << "calling with" << tokens.authorizationValue();
        // Never registered: the patterns catch them.
        const QByteArrayList unknown = {"unregistered-bearer-1", "unregistered-basic-2",
                                        "unregistered-form-3", "unregistered-form-4",
                                        "unregistered-json-5"};
        qCWarning(lcOwn).noquote() << "Authorization: Bearer unregistered-bearer-1";
        qCWarning(lcOwn) << std::pair(QByteArray("Proxy-Authorization"),
                                      QByteArray("Basic unregistered-basic-2"));
        qCWarning(lcOwn).noquote()
            << "body grant_type=client_credentials&client_secret=unregistered-form-3"
               "&password=unregistered-form-4";
        qCWarning(lcOwn).noquote() << R"(body {"access_token": "unregistered-json-5"})";

        const QByteArray text = readAll(LogFile::currentPath());
        for (const QByteArray &value : forms + unknown)
            QVERIFY2(!text.contains(value), value.constData());
        // Each masked in place, the rest of the line kept.
        const QByteArray mask = Redactor::kMask;
        QCOMPARE(text.count(QByteArray("echoed by a server: " + mask + " (end)")),
                 qsizetype(forms.size()));
        QVERIFY(text.contains(QByteArray("Authorization: Bearer " + mask)));
        QVERIFY(text.contains(QByteArray("\"Basic " + mask)));
        QVERIFY(text.contains(QByteArray("grant_type=client_credentials&client_secret=" + mask)));
        // What goes on to the terminal is masked too.
        const QString shown = console().join(u'\n');
        QVERIFY(shown.contains(u"echoed by a server:"_s));
        for (const QByteArray &value : forms + unknown)
            QVERIFY2(!shown.contains(QString::fromUtf8(value)), value.constData());
        QLoggingCategory::setFilterRules(u"rosterbridge.test.*=false"_s);
    }
};

QTEST_GUILESS_MAIN(TestLogFile)
#include "tst_logfile.moc"
