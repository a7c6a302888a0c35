// Built into every GUI test (tst_ui_*): installs the English catalogue the app installs at start
// (Translations::install), so that the widgets read "1 problem" and "20 problems" as they do in
// the app, not "%n problem(s)". The locale is left alone. Tests that install other catalogues
// add theirs on top, which Qt consults first.

#include <QCoreApplication>
#include <QTranslator>

namespace {

void installEnglishCatalogue()
{
    auto *english = new QTranslator(QCoreApplication::instance());
    if (!english->load(QStringLiteral("rosterbridge_en"), QStringLiteral(RB_QM_DIR)))
        qFatal("The English catalogue rosterbridge_en.qm is missing from %s: build the "
               "rosterbridge target first.",
               RB_QM_DIR);
    QCoreApplication::installTranslator(english);
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installEnglishCatalogue)
