// The shipped catalogues: complete, in step with the code, faithful to placeholders and
// mnemonics, and actually loaded (ours and Qt's own) for the chosen or the system's language.
#include "ScreenshotSetup.h"
#include "TestSupport.h"
#include "UiScreenshot.h"
#include "i18n/Translations.h"
#include "settings/PreferencesDialog.h"
#include "store/AppSettings.h"
#include "wizard/SetupWizard.h"
#include "wizard/WizardEnvironment.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace rb;

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form
    bool finished = true;
};

QList<Message> readCatalogue(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return {};
    }
    QList<Message> out;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            current = Message{context, {}, {}, true};
        } else if (name == u"source") {
            current.source = xml.readElementText();
        } else if (name == u"translation") {
            const auto type = xml.attributes().value(QStringLiteral("type"));
            current.finished = type.isEmpty();
            if (type == u"vanished" || type == u"obsolete")
                current.finished = false;
            // Plural forms are child elements; a plain translation is text.
            QString text;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == u"numerusform")
                    current.translations.append(xml.readElementText());
                else if (xml.isEndElement() && xml.name() == u"translation")
                    break;
            }
            if (current.translations.isEmpty())
                current.translations.append(text);
            out.append(current);
        }
    }
    if (xml.hasError())
        *error = path + QStringLiteral(": ") + xml.errorString();
    return out;
}

QStringList placeholders(const QString &text, bool plural)
{
    static const QRegularExpression pattern(QStringLiteral("%(L?[0-9]+|n)"));
    QStringList out;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QString found = it.next().captured(0);
        if (!(plural && found == u"%n"))
            out.append(found);
    }
    out.sort();
    return out;
}

int mnemonics(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("&(?!&|amp;|lt;|gt;|quot;|nbsp;)\\w"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    return int(text.count(pattern));
}

// Every problem of a catalogue, one line each, "context | source: what is wrong".
QStringList problems(const QString &path, bool pluralOnly)
{
    QString error;
    const QList<Message> messages = readCatalogue(path, &error);
    if (!error.isEmpty())
        return {error};
    QStringList out;
    for (const Message &m : messages) {
        const QString where = m.context + QStringLiteral(" | ") + m.source;
        const bool plural = m.translations.size() > 1;
        if (!m.finished || m.translations.join(QString()).trimmed().isEmpty()) {
            out.append(where + QStringLiteral(": unfinished"));
            continue;
        }
        for (const QString &t : m.translations) {
            if (placeholders(t, plural) != placeholders(m.source, plural))
                out.append(where + QStringLiteral(": placeholders differ in \"") + t + u'"');
            if (!pluralOnly && mnemonics(t) != mnemonics(m.source))
                out.append(where +
                           QStringLiteral(": keyboard mnemonic (&) missing or doubled in \"") + t +
                           u'"');
        }
    }
    if (messages.isEmpty())
        out.append(path + QStringLiteral(": no messages"));
    return out;
}

QString catalogue(const QString &language)
{
    return QStringLiteral(RB_SOURCE_DIR "/translations/rosterbridge_") + language +
           QStringLiteral(".ts");
}

void expectNoProblems(const QString &path, bool pluralOnly)
{
    const QStringList found = problems(path, pluralOnly);
    if (!found.isEmpty())
        QFAIL(qPrintable(
            QStringLiteral("%1: %2 problem(s), first ones:\n").arg(path).arg(found.size()) +
            found.mid(0, 15).join(u'\n')));
}

void removeTranslators()
{
    qDeleteAll(QCoreApplication::instance()->findChildren<QTranslator *>());
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { removeTranslators(); }

    void shippedCataloguesAreComplete_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : Translations::available())
            QTest::newRow(qPrintable(language)) << language;
    }

    void shippedCataloguesAreComplete()
    {
        QFETCH(QString, language);
        expectNoProblems(catalogue(language), language == u"en");
    }

    // lupdate over the code as it is now must find nothing new: a string added or changed
    // without its translation fails here.
    void cataloguesMatchTheCode()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList copies;
        for (const QString &language : Translations::available()) {
            const QString copy = dir.filePath(QFileInfo(catalogue(language)).fileName());
            QVERIFY(QFile::copy(catalogue(language), copy));
            copies.append(copy);
        }
        const QStringList options =
            QString::fromUtf8(RB_LUPDATE_OPTIONS).split(u' ', Qt::SkipEmptyParts);
        const QStringList sources{QStringLiteral("core"), QStringLiteral("ui"),
                                  QStringLiteral("app")};
        const auto lupdate = [&](const QStringList &extra, const QStringList &files) {
            QProcess process;
            process.setWorkingDirectory(QStringLiteral(RB_SOURCE_DIR));
            process.start(QStringLiteral(RB_LUPDATE),
                          options + extra + sources + QStringList{QStringLiteral("-ts")} + files);
            QVERIFY2(process.waitForFinished(120000), "lupdate did not finish");
            QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        };
        lupdate({}, copies.mid(1));
        lupdate({QStringLiteral("-pluralonly")}, copies.mid(0, 1));
        for (const QString &copy : copies)
            expectNoProblems(copy, copy.endsWith(QStringLiteral("_en.ts")));
    }

    void languageFollowsTheSystemUnlessChosen()
    {
        QCOMPARE(Translations::resolve(QString()), QLocale::system());
        QCOMPARE(Translations::resolve(QStringLiteral("es")).language(), QLocale::Spanish);
        QCOMPARE(Translations::resolve(QStringLiteral("fr")).language(), QLocale::French);
        // A language that is not shipped falls back to the system's.
        QCOMPARE(Translations::resolve(QStringLiteral("de")), QLocale::system());
        QVERIFY(Translations::available().contains(Translations::systemLanguage()));
        QCOMPARE(Translations::nativeName(QStringLiteral("es")), QStringLiteral("Español"));
    }

    void ourStringsAndQtsOwnAreTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("cancel");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("Cancelar");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Annuler");
    }

    void ourStringsAndQtsOwnAreTranslated()
    {
        QFETCH(QString, language);
        QFETCH(QString, cancel);
        const QLocale before;
        Translations::install(language, QStringLiteral(RB_QM_DIR));
        QCOMPARE(QLocale().language(), QLocale(language).language());
        QTemporaryDir config;
        PreferencesDialog dialog(config.path(), config.path());
        QVERIFY(dialog.windowTitle() != QStringLiteral("Preferences"));
        QString error;
        const QList<Message> messages = readCatalogue(catalogue(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto expected = std::find_if(messages.cbegin(), messages.cend(), [](const auto &m) {
            return m.context == u"rb::PreferencesDialog" && m.source == u"Preferences";
        });
        QVERIFY(expected != messages.cend());
        QCOMPARE(dialog.windowTitle(), expected->translations.constFirst());
        // Qt's own strings come from its catalogue (qtbase_xx.qm).
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text().remove(u'&'), cancel);
        dialog.show();
        test::saveScreenshot(&dialog, QStringLiteral("preferences-") + language);

        WizardEnvironment env;
        env.profilesFolder = config.filePath(QStringLiteral("profiles"));
        env.dataFolder = config.filePath(QStringLiteral("data"));
        SetupWizard wizard(env);
        wizard.show();
        QVERIFY(wizard.currentPage());
        QVERIFY(!wizard.currentPage()->title().isEmpty());
        QVERIFY(wizard.currentPage()->title() !=
                QStringLiteral("Set up a sync to Apple School Manager"));
        test::saveScreenshot(&wizard, QStringLiteral("wizard-welcome-") + language);
        QLocale::setDefault(before);
    }

    void englishPluralsReadNaturally()
    {
        Translations::install(QStringLiteral("en"), QStringLiteral(RB_QM_DIR));
        QCOMPARE(
            QCoreApplication::translate("rb::ProfileTableModel", "%n minute(s) ago", nullptr, 1),
            QStringLiteral("1 minute ago"));
        QCOMPARE(
            QCoreApplication::translate("rb::ProfileTableModel", "%n minute(s) ago", nullptr, 5),
            QStringLiteral("5 minutes ago"));
    }

    // A language without a catalogue still gets English plurals, not "(s)".
    void unshippedLanguageFallsBackToEnglish()
    {
        QLocale::setDefault(QLocale(QLocale::German));
        Translations::install(QStringLiteral("de"), QStringLiteral(RB_QM_DIR));
        QCOMPARE(
            QCoreApplication::translate("rb::ProfileTableModel", "%n minute(s) ago", nullptr, 2),
            QStringLiteral("2 minutes ago"));
    }

    void preferencesAreSaved()
    {
        QTemporaryDir config;
        // The screenshot names the log folder: the app's, where the app keeps it.
        PreferencesDialog dialog(config.path(), test::shownDataFolder(config.path()));
        dialog.show();
        test::saveScreenshot(&dialog, QStringLiteral("preferences"));
        QComboBox *language = dialog.languageBox();
        QCOMPARE(language->currentData().toString(), QString());
        QCOMPARE(language->count(), 1 + int(Translations::available().size()));
        auto *note = dialog.findChild<QWidget *>(QStringLiteral("restartNote"));
        QVERIFY(note && note->isHidden());
        language->setCurrentIndex(language->findData(QStringLiteral("fr")));
        QVERIFY(!note->isHidden());
        dialog.debugLoggingBox()->setChecked(true);
        QSignalSpy debug(&dialog, &PreferencesDialog::debugLoggingChanged);
        dialog.accept();
        QCOMPARE(debug.size(), 1);
        QCOMPARE(debug.at(0).at(0).toBool(), true);
        const AppSettings saved(config.path());
        QCOMPARE(saved.language(), QStringLiteral("fr"));
        QVERIFY(saved.debugLogging());

        PreferencesDialog again(config.path(), config.path());
        QCOMPARE(again.languageBox()->currentData().toString(), QStringLiteral("fr"));
        QVERIFY(again.debugLoggingBox()->isChecked());
        again.languageBox()->setCurrentIndex(0);
        again.accept();
        QCOMPARE(AppSettings(config.path()).language(), QString());
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_ui_translations.moc"
