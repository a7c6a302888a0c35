#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace rb {

// The interface languages RosterBridge ships and the loading of their translations, ours and
// Qt's own (buttons of standard dialogs, context menus of text fields).
class Translations
{
public:
    // ISO 639 codes of the shipped languages, English first.
    static QStringList available();
    // "Español" for "es": each language offered under its own name.
    static QString nativeName(const QString &language);
    // The shipped language the system's preferences lead to, English when none matches.
    static QString systemLanguage();
    // The locale the interface uses: the system's when `language` is empty or not shipped,
    // otherwise that language with the system's territory (Spanish in the US is es_US).
    static QLocale resolve(const QString &language);

    // Installs the translators for `language` on the running application and makes its locale
    // the default. Our catalogues are compiled into the program (":/i18n"); Qt's come from the
    // Qt installation or the "translations" folder deployed beside the program.
    static void install(const QString &language,
                        const QString &catalogueFolder = QStringLiteral(":/i18n"));
};

} // namespace rb
