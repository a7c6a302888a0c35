#pragma once

#include "store/Profile.h"

#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QSpinBox;

namespace rb {

// The safety limits per file: a run that removes more rows than this since the last delivery
// waits for approval. Edits profile.conversion.safety.
class SafetySettingsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SafetySettingsWidget(QWidget *parent = nullptr);

    void load(const Profile &profile);
    void save(Profile *profile) const;

Q_SIGNALS:
    void changed();

private:
    struct Row
    {
        AsmTable table;
        QDoubleSpinBox *percent;
        QSpinBox *count;
        QDoubleSpinBox *changed;
    };
    QList<Row> m_rows;
    QCheckBox *m_holdFirst;
};

} // namespace rb
