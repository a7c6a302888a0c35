#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>

namespace rb {

Q_LOGGING_CATEGORY(lcTranslations, "rosterbridge.i18n", QtInfoMsg)

QStringList Translations::available()
{
    return {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr")};
}

QString Translations::nativeName(const QString &language)
{
    // Qt's CLDR names carry a territory ("American English", "español de España"); a language
    // menu wants the bare language, each in its own words.
    static const QHash<QString, QString> names{{QStringLiteral("en"), QStringLiteral("English")},
                                               {QStringLiteral("es"), QStringLiteral("Español")},
                                               {QStringLiteral("fr"), QStringLiteral("Français")}};
    if (const auto it = names.constFind(language); it != names.cend())
        return it.value();
    QString name = QLocale(language).nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}

QString Translations::systemLanguage()
{
    const QStringList shipped = available();
    for (const QString &name : QLocale::system().uiLanguages()) {
        QString language = name.section(u'-', 0, 0).section(u'_', 0, 0);
        if (shipped.contains(language))
            return language;
    }
    return shipped.constFirst();
}

QLocale Translations::resolve(const QString &language)
{
    const QLocale system = QLocale::system();
    if (language.isEmpty() || !available().contains(language))
        return system;
    const QLocale chosen(language);
    if (chosen.language() == system.language())
        return system;
    const QLocale inTerritory(chosen.language(), system.territory());
    // Qt falls back to the language's main territory when the pair is unknown.
    return inTerritory.language() == chosen.language() ? inTerritory : chosen;
}

void Translations::install(const QString &language, const QString &catalogueFolder)
{
    const QLocale locale = resolve(language);
    QLocale::setDefault(locale);
    auto *app = QCoreApplication::instance();
    const QString programFolder = QCoreApplication::applicationDirPath();
    const QStringList qtFolders{QLibraryInfo::path(QLibraryInfo::TranslationsPath),
                                programFolder + QStringLiteral("/translations"),
                                programFolder + QStringLiteral("/../Resources/translations"),
                                programFolder + QStringLiteral("/../share/qt6/translations")};
    for (const QString &folder : qtFolders) {
        auto *qt = new QTranslator(app);
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), folder)) {
            QCoreApplication::installTranslator(qt);
            break;
        }
        delete qt;
    }
    // English has a catalogue too: it carries the plural forms of "%n" strings.
    auto *ours = new QTranslator(app);
    if (ours->load(locale, QStringLiteral("rosterbridge"), QStringLiteral("_"), catalogueFolder)) {
        QCoreApplication::installTranslator(ours);
        qCInfo(lcTranslations) << "interface language" << ours->language();
    } else if (ours->load(QStringLiteral("rosterbridge_en"), catalogueFolder)) {
        QCoreApplication::installTranslator(ours);
        qCInfo(lcTranslations) << "no catalogue for" << locale.name() << "- using English";
    } else {
        delete ours;
    }
}

} // namespace rb
