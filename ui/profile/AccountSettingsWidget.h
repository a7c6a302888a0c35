#pragma once

#include "store/Profile.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace rb {

// How people appear in Apple School Manager: what the district's Managed Apple Account format
// is built from (that field becomes required), where person_number, sis_username and
// email_address come from for students and for staff, and whether students' names are
// pseudonymized. Edits profile.conversion.mapping; the pseudonym key is kept apart, like a
// password, and never saved in the profile.
class AccountSettingsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit AccountSettingsWidget(QWidget *parent = nullptr);

    void load(const Profile &profile);
    void save(Profile *profile) const;

    // Empty: unchanged (the settings dialog) or not yet chosen (the wizard).
    QString pseudonymKey() const;
    void setPseudonymKey(const QString &key);
    // Every rule reads, and pseudonymizing has a key (typed, generated or already stored).
    // The first thing still needed, as one sentence for the admin; empty when nothing is.
    QString missingInput() const;
    bool isComplete() const { return missingInput().isEmpty(); }
    // A new random key, as text.
    static QString generateKey();

Q_SIGNALS:
    void changed();

private:
    struct RuleEdit
    {
        PersonColumn column;
        bool students;
        QComboBox *edit;
    };
    QComboBox *ruleEdit(const QString &objectName, const QString &accessibleName);
    void updateState();

    QComboBox *m_format;
    QList<RuleEdit> m_rules;
    QLabel *m_ruleError;
    QCheckBox *m_pseudonymize;
    QLineEdit *m_key;
    QLabel *m_keyNote;
    // The profile already had pseudonymizing on, so its key is in the keychain.
    bool m_keyStored = false;
};

} // namespace rb
