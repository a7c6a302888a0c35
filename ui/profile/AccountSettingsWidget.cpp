#include "profile/AccountSettingsWidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QVBoxLayout>

namespace rb {

namespace {

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

// Rules the admin most often wants; any other rule or template can be typed in.
const QStringList kPresets = {QStringLiteral("identifier"), QStringLiteral("userIds.SIS"),
                              QStringLiteral("username"),   QStringLiteral("sourcedId"),
                              QStringLiteral("email"),      QString()};

} // namespace

AccountSettingsWidget::AccountSettingsWidget(QWidget *parent)
    : QWidget(parent)
{
    auto *intro = note(tr("Apple School Manager builds each Managed Apple Account from the "
                          "fields your district chose as its account format. A person missing "
                          "that field makes Apple refuse the whole upload."),
                       this);

    auto *formatBox = new QGroupBox(tr("Managed Apple Account format"), this);
    m_format = new QComboBox(formatBox);
    m_format->setObjectName(QStringLiteral("accountFormat"));
    m_format->setAccessibleName(tr("Managed Apple Account format uses"));
    m_format->addItem(tr("Names only (nothing extra is required)"), int(AccountFormat::Names));
    m_format->addItem(tr("Person number"), int(AccountFormat::PersonNumber));
    m_format->addItem(tr("SIS username"), int(AccountFormat::SisUsername));
    m_format->addItem(tr("Email address"), int(AccountFormat::Email));
    auto *formatLayout = new QVBoxLayout(formatBox);
    auto *formatRow = new QHBoxLayout;
    auto *formatLabel = new QLabel(tr("The &format uses:"), formatBox);
    formatLabel->setBuddy(m_format);
    formatRow->addWidget(formatLabel);
    formatRow->addWidget(m_format, 1);
    formatLayout->addLayout(formatRow);
    formatLayout->addWidget(note(tr("Everyone sent must have this field: anyone without it is "
                                    "reported before the upload. With email, duplicate "
                                    "addresses stop the upload too."),
                                 formatBox));

    auto *fieldsBox = new QGroupBox(tr("People's fields"), this);
    auto *grid = new QGridLayout(fieldsBox);
    grid->addWidget(new QLabel(tr("<b>Students</b>"), fieldsBox), 0, 1);
    grid->addWidget(new QLabel(tr("<b>Staff</b>"), fieldsBox), 0, 2);
    const struct
    {
        PersonColumn column;
        QString label;
        QString explanation;
    } rows[] = {
        {PersonColumn::PersonNumber, tr("Person number:"),
         tr("The student or staff ID number; 1.2 exports often have it in userIds, not "
            "identifier.")},
        {PersonColumn::SisUsername, tr("SIS username:"),
         tr("The person's sign-in name in the SIS.")},
        {PersonColumn::EmailAddress, tr("Email address:"),
         tr("Needed, and unique, with federated authentication.")},
    };
    int r = 1;
    for (const auto &row : rows) {
        const QString key = QString::fromLatin1(personColumnName(row.column));
        grid->addWidget(new QLabel(row.label, fieldsBox), r, 0);
        for (bool students : {true, false}) {
            QComboBox *edit =
                ruleEdit((students ? QStringLiteral("students_") : QStringLiteral("staff_")) + key,
                         (students ? tr("Students: %1") : tr("Staff: %1")).arg(key));
            grid->addWidget(edit, r, students ? 1 : 2);
            m_rules.append({row.column, students, edit});
        }
        auto *explanation = note(row.explanation, fieldsBox);
        explanation->setEnabled(false);
        grid->addWidget(explanation, r + 1, 1, 1, 2);
        r += 2;
    }
    grid->addWidget(note(tr("Each is a OneRoster field (identifier, username, sourcedId, email), "
                            "a userIds type such as userIds.SIS, a template such as "
                            "{username}@students.example.org, or blank to send nothing."),
                         fieldsBox),
                    r, 0, 1, 3);
    m_ruleError = new QLabel(fieldsBox);
    m_ruleError->setObjectName(QStringLiteral("accountRuleError"));
    m_ruleError->setWordWrap(true);
    m_ruleError->setStyleSheet(QStringLiteral("color: palette(link-visited);"));
    m_ruleError->hide();
    grid->addWidget(m_ruleError, r + 1, 0, 1, 3);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);

    auto *privacyBox = new QGroupBox(tr("Privacy"), this);
    m_pseudonymize = new QCheckBox(tr("&Pseudonymize students' names"), privacyBox);
    m_pseudonymize->setObjectName(QStringLiteral("pseudonymizeStudentNames"));
    m_key = new QLineEdit(privacyBox);
    m_key->setObjectName(QStringLiteral("pseudonymKey"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setAccessibleName(tr("Pseudonym key"));
    auto *generate = new QPushButton(tr("&Generate a key"), privacyBox);
    generate->setObjectName(QStringLiteral("generatePseudonymKey"));
    auto *keyRow = new QHBoxLayout;
    auto *keyLabel = new QLabel(tr("&Key:"), privacyBox);
    keyLabel->setBuddy(m_key);
    keyRow->addWidget(keyLabel);
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(generate);
    m_keyNote = note(QString(), privacyBox);
    m_keyNote->setObjectName(QStringLiteral("pseudonymKeyNote"));
    auto *privacyLayout = new QVBoxLayout(privacyBox);
    privacyLayout->addWidget(m_pseudonymize);
    privacyLayout->addWidget(note(tr("Apple receives codes instead of students' first and last "
                                     "names, the same codes every night, as some privacy "
                                     "agreements require."),
                                  privacyBox));
    privacyLayout->addLayout(keyRow);
    privacyLayout->addWidget(m_keyNote);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(formatBox);
    layout->addWidget(fieldsBox);
    layout->addWidget(privacyBox);
    layout->addStretch();

    connect(m_format, &QComboBox::currentIndexChanged, this, &AccountSettingsWidget::changed);
    connect(m_pseudonymize, &QCheckBox::toggled, this, [this](bool on) {
        // A key from the start, so turning this on never fails a run for want of one.
        if (on && m_key->text().isEmpty() && !m_keyStored) {
            m_key->setEchoMode(QLineEdit::Normal); // shown, so it can be copied somewhere safe
            m_key->setText(generateKey());
        }
        updateState();
        Q_EMIT changed();
    });
    connect(m_key, &QLineEdit::textChanged, this, [this] {
        updateState();
        Q_EMIT changed();
    });
    connect(generate, &QPushButton::clicked, this, [this] {
        m_key->setEchoMode(QLineEdit::Normal);
        m_key->setText(generateKey());
    });
    load(Profile());
}

QComboBox *AccountSettingsWidget::ruleEdit(const QString &objectName, const QString &accessibleName)
{
    auto *edit = new QComboBox(this);
    edit->setEditable(true);
    edit->setInsertPolicy(QComboBox::NoInsert);
    edit->addItems(kPresets);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->lineEdit()->setPlaceholderText(tr("blank: not sent"));
    connect(edit, &QComboBox::currentTextChanged, this, [this] {
        updateState();
        Q_EMIT changed();
    });
    return edit;
}

void AccountSettingsWidget::updateState()
{
    QStringList errors;
    for (const RuleEdit &r : std::as_const(m_rules)) {
        QString error;
        if (!PersonFieldRule::parse(r.edit->currentText(), &error))
            errors.append(r.edit->accessibleName() + QStringLiteral(": ") + error);
    }
    m_ruleError->setText(errors.join(u'\n'));
    m_ruleError->setVisible(!errors.isEmpty());
    const bool on = m_pseudonymize->isChecked();
    m_key->setEnabled(on);
    m_keyNote->setText(m_keyStored && m_key->text().isEmpty()
                           ? tr("The key is in the system keychain; leave this empty to keep it.")
                           : tr("The key is kept in the system keychain, never in the profile. "
                                "Keep a copy: another key gives every student new names."));
}

void AccountSettingsWidget::load(const Profile &profile)
{
    const MappingOptions &m = profile.conversion.mapping;
    m_format->setCurrentIndex(m_format->findData(int(m.accountFormat)));
    for (const RuleEdit &r : std::as_const(m_rules))
        r.edit->setCurrentText((r.students ? m.students : m.staff).rule(r.column).text());
    m_keyStored = m.pseudonymizeStudentNames;
    m_key->clear();
    m_pseudonymize->setChecked(m.pseudonymizeStudentNames);
    updateState();
}

void AccountSettingsWidget::save(Profile *profile) const
{
    MappingOptions &m = profile->conversion.mapping;
    m.accountFormat = AccountFormat(m_format->currentData().toInt());
    for (const RuleEdit &r : m_rules) {
        QString error;
        if (const auto rule = PersonFieldRule::parse(r.edit->currentText(), &error))
            (r.students ? m.students : m.staff).rule(r.column) = *rule;
    }
    m.pseudonymizeStudentNames = m_pseudonymize->isChecked();
}

QString AccountSettingsWidget::pseudonymKey() const
{
    return m_pseudonymize->isChecked() ? m_key->text() : QString();
}

void AccountSettingsWidget::setPseudonymKey(const QString &key)
{
    m_key->setText(key);
}

QString AccountSettingsWidget::missingInput() const
{
    for (const RuleEdit &r : m_rules) {
        QString error;
        if (!PersonFieldRule::parse(r.edit->currentText(), &error))
            return tr("Correct the rule for a field: %1").arg(error);
    }
    if (m_pseudonymize->isChecked() && !m_keyStored && m_key->text().isEmpty())
        return tr("Enter or generate the key for pseudonymized names.");
    return {};
}

QString AccountSettingsWidget::generateKey()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / int(sizeof(quint32)));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace rb
