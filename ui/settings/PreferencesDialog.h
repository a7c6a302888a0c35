#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QVBoxLayout;

namespace rb {

// The app's own preferences, shared by every profile: the interface language (read at start,
// so a change says it applies after a restart) and debug logging (applies at once).
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    PreferencesDialog(const QString &configFolder, const QString &dataFolder,
                      QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    QCheckBox *debugLoggingBox() const { return m_debugLogging; }

    void accept() override;
    // A section of its own below the preferences (the unattended service).
    void addSection(QWidget *section);

Q_SIGNALS:
    void debugLoggingChanged(bool enabled);
    void languageChanged(const QString &language);

private:
    void updateRestartNote();

    QString m_configFolder;
    QString m_savedLanguage;
    QComboBox *m_language;
    QLabel *m_restartNote;
    QCheckBox *m_debugLogging;
    QVBoxLayout *m_layout;
};

} // namespace rb
