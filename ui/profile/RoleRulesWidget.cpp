#include "profile/RoleRulesWidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rb {

namespace {
// Combo box data: no rule yet, or a RoleRule.
constexpr int kUnchosen = -1;

const QStringList &familyRoles()
{
    static const QStringList roles = {QStringLiteral("guardian"), QStringLiteral("parent"),
                                      QStringLiteral("relative")};
    return roles;
}

bool takesRule(const QString &role)
{
    const RoleFamily family = roleFamily(role);
    return family == RoleFamily::StaffType || family == RoleFamily::Other;
}
} // namespace

RoleRulesWidget::RoleRulesWidget(QWidget *parent)
    : QWidget(parent)
{
    auto *intro = new QLabel(tr("Students and teachers always get accounts. For each other role "
                                "in your SIS, choose Staff (a staff account in Apple School "
                                "Manager) or Leave out. Guardians, parents and relatives are "
                                "never sent."),
                             this);
    intro->setWordWrap(true);
    m_rows = new QVBoxLayout;
    m_rows->setContentsMargins(0, 0, 0, 0);
    m_showAll = new QCheckBox(tr("Also show the rules for roles that are not in this data"), this);
    m_showAll->setObjectName(QStringLiteral("showAllRoles"));
    m_newRole = new QLineEdit(this);
    m_newRole->setObjectName(QStringLiteral("newRole"));
    m_newRole->setPlaceholderText(tr("Another role, e.g. ext:coach"));
    m_newRole->setAccessibleName(tr("Role to add"));
    auto *add = new QPushButton(tr("Add role"), this);
    add->setObjectName(QStringLiteral("addRole"));
    m_addNote = new QLabel(this);
    m_addNote->setObjectName(QStringLiteral("addRoleNote"));
    m_addNote->setWordWrap(true);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_newRole);
    addRow->addWidget(add);
    addRow->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(m_rows);
    layout->addWidget(m_showAll);
    layout->addStretch();
    layout->addLayout(addRow);
    layout->addWidget(m_addNote);

    connect(m_showAll, &QCheckBox::toggled, this, &RoleRulesWidget::rebuild);
    connect(add, &QPushButton::clicked, this, &RoleRulesWidget::addRole);
    connect(m_newRole, &QLineEdit::returnPressed, this, &RoleRulesWidget::addRole);
    rebuild();
}

void RoleRulesWidget::setRules(const QMap<QString, RoleRule> &rules)
{
    m_rules = rules;
    m_added.clear();
    rebuild();
}

void RoleRulesWidget::setRoleCounts(const QMap<QString, qint64> &counts)
{
    m_counts = counts;
    m_countsKnown = true;
    rebuild();
}

QStringList RoleRulesWidget::unchosenRoles() const
{
    QStringList out;
    for (const QString &role : listedRoles()) {
        if (!m_rules.contains(role))
            out << role;
    }
    return out;
}

QStringList RoleRulesWidget::listedRoles() const
{
    // Found in the data first, then the rules for roles it lacks (hidden unless asked for).
    QStringList out;
    for (auto it = m_counts.begin(); it != m_counts.end(); ++it) {
        if (takesRule(it.key()))
            out << it.key();
    }
    QStringList rest = m_added;
    if (!m_countsKnown || m_showAll->isChecked())
        rest += m_rules.keys();
    rest.sort();
    for (const QString &role : std::as_const(rest)) {
        if (!out.contains(role))
            out << role;
    }
    return out;
}

QString RoleRulesWidget::countText(const QString &role) const
{
    if (!m_countsKnown)
        return tr("–");
    if (!m_counts.contains(role))
        return tr("not in this data");
    return QString::number(m_counts.value(role));
}

void RoleRulesWidget::rebuild()
{
    delete m_table;
    m_table = new QWidget(this);
    m_rows->addWidget(m_table);
    auto *grid = new QGridLayout(m_table);
    grid->setContentsMargins(0, 0, 0, 0);
    int row = 0;
    const auto header = [&](int column, const QString &text, Qt::Alignment align) {
        auto *label = new QLabel(text, m_table);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        grid->addWidget(label, row, column, align);
    };
    header(0, tr("Role"), Qt::AlignLeft);
    header(1, tr("Users"), Qt::AlignRight);
    header(2, tr("In Apple School Manager"), Qt::AlignLeft);
    ++row;
    const auto fixed = [&](const QString &role, const QString &outcome) {
        auto *name = new QLabel(role, m_table);
        auto *count = new QLabel(countText(role), m_table);
        auto *what = new QLabel(outcome, m_table);
        what->setObjectName(QStringLiteral("roleFixed:") + role);
        const bool inData = !m_countsKnown || m_counts.contains(role);
        for (QLabel *l : {name, count, what})
            l->setEnabled(inData);
        grid->addWidget(name, row, 0);
        grid->addWidget(count, row, 1, Qt::AlignRight);
        grid->addWidget(what, row, 2);
        ++row;
    };
    fixed(QStringLiteral("student"), tr("Students (always)"));
    fixed(QStringLiteral("teacher"), tr("Staff (always)"));

    for (const QString &role : listedRoles()) {
        const bool inData = !m_countsKnown || m_counts.contains(role) || m_added.contains(role);
        auto *name = new QLabel(role, m_table);
        name->setEnabled(inData);
        auto *count = new QLabel(countText(role), m_table);
        count->setEnabled(inData);
        auto *box = new QComboBox(m_table);
        box->setObjectName(QStringLiteral("roleRule:") + role);
        box->setAccessibleName(tr("What the role %1 becomes").arg(role));
        const bool chosen = m_rules.contains(role);
        if (!chosen)
            box->addItem(tr("Choose..."), kUnchosen);
        box->addItem(tr("Staff"), int(RoleRule::Staff));
        box->addItem(tr("Leave out"), int(RoleRule::Exclude));
        if (chosen)
            box->setCurrentIndex(box->findData(int(m_rules.value(role))));
        box->setToolTip(tr("Leave out: people are not sent for this role. Accounts Apple "
                           "School Manager already has for them are deactivated at the next "
                           "upload."));
        auto *note = new QLabel(m_table);
        note->setObjectName(QStringLiteral("roleNote:") + role);
        note->setWordWrap(true);
        note->setStyleSheet(QStringLiteral("color: palette(link-visited);"));
        note->setText(tr("Not chosen yet: runs stop until you choose Staff or Leave out."));
        note->setVisible(!chosen);
        grid->addWidget(name, row, 0);
        grid->addWidget(count, row, 1, Qt::AlignRight);
        grid->addWidget(box, row, 2);
        grid->addWidget(note, row, 3);
        connect(box, &QComboBox::currentIndexChanged, this, [this, role, box, note] {
            const int choice = box->currentData().toInt();
            note->setVisible(choice == kUnchosen);
            choose(role, choice);
        });
        ++row;
    }

    for (const QString &role : familyRoles()) {
        if (m_countsKnown && !m_counts.contains(role))
            continue;
        auto *name = new QLabel(role, m_table);
        auto *count = new QLabel(countText(role), m_table);
        auto *what = new QLabel(tr("Never sent"), m_table);
        what->setObjectName(QStringLiteral("roleFixed:") + role);
        for (QLabel *l : {name, count, what})
            l->setEnabled(false);
        grid->addWidget(name, row, 0);
        grid->addWidget(count, row, 1, Qt::AlignRight);
        grid->addWidget(what, row, 2);
        ++row;
    }
    grid->setColumnStretch(3, 1);
    grid->setColumnMinimumWidth(1, fontMetrics().horizontalAdvance(QStringLiteral("000000")));

    // The switch only matters when some rules are hidden.
    bool hidden = false;
    if (m_countsKnown) {
        for (auto it = m_rules.begin(); it != m_rules.end(); ++it)
            hidden = hidden || !m_counts.contains(it.key());
    }
    m_showAll->setVisible(hidden || m_showAll->isChecked());
    // Not left to the layout, which would show it only on the next pass of the event loop.
    m_table->show();
}

void RoleRulesWidget::choose(const QString &role, int choice)
{
    if (choice == kUnchosen)
        m_rules.remove(role);
    else
        m_rules.insert(role, RoleRule(choice));
    Q_EMIT changed();
}

void RoleRulesWidget::addRole()
{
    const QString role = m_newRole->text().trimmed();
    if (role.isEmpty())
        return;
    if (!takesRule(role)) {
        m_addNote->setText(tr("%1 needs no rule: students and teachers are always sent, "
                              "guardians, parents and relatives never.")
                               .arg(role));
        return;
    }
    if (listedRoles().contains(role)) {
        m_addNote->setText(tr("%1 is already in the list.").arg(role));
        return;
    }
    m_addNote->clear();
    m_newRole->clear();
    m_added << role;
    rebuild();
    Q_EMIT changed();
}

} // namespace rb
