#pragma once

#include "filters/FilterSettings.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace rb {

struct SelectionCounts;

// Classes and people a profile never sends: classes by title, code or course pattern (lunch,
// study hall, attendance sections), people by grade or by sourcedId. Shows what each rule
// matches once counts are given.
class ExclusionRulesWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ExclusionRulesWidget(QWidget *parent = nullptr);

    void setRules(const ExclusionRules &rules);
    ExclusionRules rules() const;
    // What the rules match and leave out; counts that are not ok clear them.
    void showCounts(const SelectionCounts &counts);
    void clearCounts();

Q_SIGNALS:
    void changed();

private:
    struct Field
    {
        QStringList ExclusionRules::*member;
        QPlainTextEdit *edit;
        QLabel *count;
        bool words; // grades and ids: split at commas and spaces too
    };
    QPlainTextEdit *addField(QStringList ExclusionRules::*member, const QString &objectName,
                             bool words, const QString &placeholder);
    static QStringList entries(const QString &text, bool words);

    QList<Field> m_fields;
    QLabel *m_total;
};

} // namespace rb
