#include "PreferencesDialog.h"

#include "i18n/Translations.h"
#include "store/AppPaths.h"
#include "store/AppSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace rb {

PreferencesDialog::PreferencesDialog(const QString &configFolder, const QString &dataFolder,
                                     QWidget *parent)
    : QDialog(parent)
    , m_configFolder(configFolder)
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferencesDialog"));
    const AppSettings settings(m_configFolder);
    m_savedLanguage = settings.language();

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->setAccessibleName(tr("Language"));
    const QString system = Translations::nativeName(Translations::systemLanguage());
    m_language->addItem(tr("System default (%1)").arg(system), QString());
    for (const QString &language : Translations::available())
        m_language->addItem(Translations::nativeName(language), language);
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_savedLanguage)));
    connect(m_language, &QComboBox::currentIndexChanged, this,
            &PreferencesDialog::updateRestartNote);

    m_restartNote =
        new QLabel(tr("The new language is used the next time RosterBridge starts."), this);
    m_restartNote->setObjectName(QStringLiteral("restartNote"));
    m_restartNote->setWordWrap(true);
    m_restartNote->setVisible(false);

    m_debugLogging = new QCheckBox(tr("&Debug logging"), this);
    m_debugLogging->setObjectName(QStringLiteral("debugLogging"));
    m_debugLogging->setChecked(settings.debugLogging());
    const QString logFolder = QDir::toNativeSeparators(AppPaths::logFolder(dataFolder));
    auto *logNote = new QLabel(
        tr("Writes every step in detail to the log file in %1, for support. Passwords, secrets "
           "and tokens are never written.")
            .arg(logFolder),
        this);
    logNote->setWordWrap(true);
    logNote->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    form->addRow(languageLabel, m_language);
    form->addRow(QString(), m_restartNote);
    form->addRow(tr("Logging:"), m_debugLogging);
    form->addRow(QString(), logNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);

    m_layout = new QVBoxLayout(this);
    m_layout->addLayout(form);
    m_layout->addStretch();
    m_layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

void PreferencesDialog::addSection(QWidget *section)
{
    // Above the stretch and the buttons.
    m_layout->insertWidget(m_layout->count() - 2, section);
    resize(width(), sizeHint().height());
}

void PreferencesDialog::updateRestartNote()
{
    m_restartNote->setVisible(m_language->currentData().toString() != m_savedLanguage);
}

void PreferencesDialog::accept()
{
    AppSettings settings(m_configFolder);
    const QString language = m_language->currentData().toString();
    if (language != settings.language()) {
        settings.setLanguage(language);
        Q_EMIT languageChanged(language);
    }
    if (m_debugLogging->isChecked() != settings.debugLogging()) {
        settings.setDebugLogging(m_debugLogging->isChecked());
        Q_EMIT debugLoggingChanged(m_debugLogging->isChecked());
    }
    QDialog::accept();
}

} // namespace rb
