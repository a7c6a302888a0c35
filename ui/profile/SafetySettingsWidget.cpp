#include "profile/SafetySettingsWidget.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rb {

namespace {

QString tableName(AsmTable table)
{
    switch (table) {
    case AsmTable::Locations:
        return SafetySettingsWidget::tr("Locations");
    case AsmTable::Students:
        return SafetySettingsWidget::tr("Students");
    case AsmTable::Staff:
        return SafetySettingsWidget::tr("Staff");
    case AsmTable::Courses:
        return SafetySettingsWidget::tr("Courses");
    case AsmTable::Classes:
        return SafetySettingsWidget::tr("Classes");
    case AsmTable::Rosters:
        return SafetySettingsWidget::tr("Class rosters");
    }
    return QString();
}

} // namespace

SafetySettingsWidget::SafetySettingsWidget(QWidget *parent)
    : QWidget(parent)
{
    auto *intro = new QLabel(tr("Apple School Manager deactivates everyone missing from an "
                                "upload. A run that removes more than these limits since the "
                                "last delivery is held until you approve it, and so is one that "
                                "changes more than the changed limit (for students and staff: "
                                "names, email addresses or locations; 100 % never holds)."),
                             this);
    intro->setWordWrap(true);
    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("<b>File</b>"), this), 0, 0);
    grid->addWidget(new QLabel(tr("<b>Removed, at most</b>"), this), 0, 1);
    grid->addWidget(new QLabel(tr("<b>or rows, at most</b>"), this), 0, 2);
    grid->addWidget(new QLabel(tr("<b>Changed, at most</b>"), this), 0, 3);
    for (AsmTable table : kAsmTables) {
        const int r = int(m_rows.size()) + 1;
        const QString name = tableName(table);
        auto *percent = new QDoubleSpinBox(this);
        percent->setRange(0, 100);
        percent->setDecimals(1);
        percent->setSuffix(QStringLiteral(" %"));
        percent->setAccessibleName(tr("%1: most removed, percent").arg(name));
        percent->setObjectName(QStringLiteral("safetyPercent_") + asmFileName(table));
        auto *count = new QSpinBox(this);
        count->setRange(0, 10000000);
        count->setAccessibleName(tr("%1: most removed, rows").arg(name));
        count->setObjectName(QStringLiteral("safetyCount_") + asmFileName(table));
        auto *changedPercent = new QDoubleSpinBox(this);
        changedPercent->setRange(0, 100);
        changedPercent->setDecimals(1);
        changedPercent->setSuffix(QStringLiteral(" %"));
        changedPercent->setAccessibleName(tr("%1: most changed, percent").arg(name));
        changedPercent->setObjectName(QStringLiteral("safetyChanged_") + asmFileName(table));
        grid->addWidget(new QLabel(name, this), r, 0);
        grid->addWidget(percent, r, 1);
        grid->addWidget(count, r, 2);
        grid->addWidget(changedPercent, r, 3);
        m_rows.append({table, percent, count, changedPercent});
        connect(changedPercent, &QDoubleSpinBox::valueChanged, this,
                &SafetySettingsWidget::changed);
        connect(percent, &QDoubleSpinBox::valueChanged, this, &SafetySettingsWidget::changed);
        connect(count, &QSpinBox::valueChanged, this, &SafetySettingsWidget::changed);
    }
    grid->setColumnStretch(4, 1);
    m_holdFirst = new QCheckBox(tr("&Hold the first delivery until I approve it"), this);
    m_holdFirst->setObjectName(QStringLiteral("holdFirstDelivery"));
    auto *defaults = new QPushButton(tr("Use the &default limits"), this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addWidget(m_holdFirst);
    layout->addWidget(defaults, 0, Qt::AlignLeft);
    layout->addStretch();

    connect(m_holdFirst, &QCheckBox::toggled, this, &SafetySettingsWidget::changed);
    connect(defaults, &QPushButton::clicked, this, [this] {
        Profile fresh;
        fresh.conversion.safety.setHoldFirstDelivery(m_holdFirst->isChecked());
        load(fresh);
    });
    load(Profile());
}

void SafetySettingsWidget::load(const Profile &profile)
{
    const SafetyThresholds &safety = profile.conversion.safety;
    for (const Row &row : std::as_const(m_rows)) {
        row.percent->setValue(safety.limit(row.table).maxRemovedPercent);
        row.count->setValue(int(safety.limit(row.table).maxRemovedCount));
        row.changed->setValue(safety.limit(row.table).maxChangedPercent);
    }
    m_holdFirst->setChecked(safety.holdFirstDelivery());
}

void SafetySettingsWidget::save(Profile *profile) const
{
    SafetyThresholds &safety = profile->conversion.safety;
    for (const Row &row : m_rows)
        safety.setLimit(
            row.table, SafetyLimit{row.percent->value(), row.count->value(), row.changed->value()});
    safety.setHoldFirstDelivery(m_holdFirst->isChecked());
}

} // namespace rb
