#include "profile/ExclusionRulesWidget.h"

#include "profile/DistrictSummary.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace rb {

namespace {
// A few lines high: rules are short lists, and the page must still fit the wizard.
class RuleListEdit : public QPlainTextEdit
{
public:
    using QPlainTextEdit::QPlainTextEdit;
    QSize sizeHint() const override
    {
        return {QPlainTextEdit::sizeHint().width(), fontMetrics().lineSpacing() * 3 + 12};
    }
};
} // namespace

ExclusionRulesWidget::ExclusionRulesWidget(QWidget *parent)
    : QWidget(parent)
{
    auto *intro = new QLabel(tr("Leave out classes and people Apple School Manager should never "
                                "get, such as lunch, study hall or attendance sections. One "
                                "pattern per line: * matches any text, ? one character, "
                                "capitals do not matter."),
                             this);
    intro->setWordWrap(true);

    auto *classes = new QGroupBox(tr("Classes"), this);
    auto *people = new QGroupBox(tr("People"), this);
    auto *classesLayout = new QVBoxLayout(classes);
    auto *peopleLayout = new QVBoxLayout(people);
    const auto place = [this](QVBoxLayout *layout, const QString &label, QPlainTextEdit *edit) {
        auto *title = new QLabel(label, this);
        title->setBuddy(edit);
        edit->setAccessibleName(label);
        layout->addWidget(title);
        layout->addWidget(edit);
        layout->addWidget(m_fields.last().count);
    };
    place(classesLayout, tr("Class titles:"),
          addField(&ExclusionRules::classTitles, QStringLiteral("excludeClassTitles"), false,
                   tr("e.g. Lunch*")));
    place(classesLayout, tr("Class codes:"),
          addField(&ExclusionRules::classCodes, QStringLiteral("excludeClassCodes"), false,
                   tr("e.g. ATT-*")));
    place(classesLayout, tr("Courses (title or course code):"),
          addField(&ExclusionRules::courses, QStringLiteral("excludeCourses"), false,
                   tr("e.g. Homeroom")));
    place(peopleLayout, tr("Grades (a person's first grade):"),
          addField(&ExclusionRules::grades, QStringLiteral("excludeGrades"), true, tr("e.g. PK")));
    place(peopleLayout, tr("People by sourcedId:"),
          addField(&ExclusionRules::people, QStringLiteral("excludePeople"), true,
                   tr("One per line, or separated by commas")));
    peopleLayout->addStretch();

    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("exclusionTotal"));
    m_total->setWordWrap(true);

    auto *boxes = new QHBoxLayout;
    boxes->addWidget(classes, 1);
    boxes->addWidget(people, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(boxes, 1);
    layout->addWidget(m_total);
}

QPlainTextEdit *ExclusionRulesWidget::addField(QStringList ExclusionRules::*member,
                                               const QString &objectName, bool words,
                                               const QString &placeholder)
{
    auto *edit = new RuleListEdit(this);
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setPlaceholderText(placeholder);
    auto *count = new QLabel(this);
    count->setObjectName(objectName + QStringLiteral("Count"));
    count->setWordWrap(true);
    m_fields.append({member, edit, count, words});
    connect(edit, &QPlainTextEdit::textChanged, this, &ExclusionRulesWidget::changed);
    return edit;
}

QStringList ExclusionRulesWidget::entries(const QString &text, bool words)
{
    // Titles may hold commas and spaces ("Advisory, Grades 6-12"): only lines separate them.
    static const QRegularExpression lines(QStringLiteral("[\\r\\n]+"));
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    QStringList out;
    for (const QString &part : text.split(words ? separators : lines, Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            out << trimmed;
    }
    return out;
}

void ExclusionRulesWidget::setRules(const ExclusionRules &rules)
{
    const QSignalBlocker block(this);
    for (const Field &f : std::as_const(m_fields))
        f.edit->setPlainText((rules.*f.member).join(u'\n'));
    clearCounts();
}

ExclusionRules ExclusionRulesWidget::rules() const
{
    ExclusionRules out;
    for (const Field &f : m_fields)
        out.*f.member = entries(f.edit->toPlainText(), f.words);
    return out;
}

void ExclusionRulesWidget::clearCounts()
{
    for (const Field &f : std::as_const(m_fields))
        f.count->clear();
    m_total->clear();
}

void ExclusionRulesWidget::showCounts(const SelectionCounts &counts)
{
    clearCounts();
    if (!counts.ok)
        return;
    const ExclusionRules now = rules();
    const ExclusionMatches &m = counts.matches;
    // "label: number" reads right in every language without plural forms.
    const QList<std::pair<QStringList ExclusionRules::*, QString>> texts = {
        {&ExclusionRules::classTitles, tr("Classes with these titles: %1").arg(m.classTitles)},
        {&ExclusionRules::classCodes, tr("Classes with these codes: %1").arg(m.classCodes)},
        {&ExclusionRules::courses, tr("Classes of these courses: %1").arg(m.courses)},
        {&ExclusionRules::grades, tr("People in these grades: %1").arg(m.grades)},
        {&ExclusionRules::people, m.missingPeople.isEmpty()
                                      ? tr("Found in the data: %1").arg(m.people)
                                      : tr("Found in the data: %1. Not in the data: %2")
                                            .arg(m.people)
                                            .arg(m.missingPeople.join(QStringLiteral(", ")))}};
    for (const auto &[member, text] : texts) {
        for (const Field &f : std::as_const(m_fields)) {
            if (f.member == member && !(now.*member).isEmpty())
                f.count->setText(text);
        }
    }
    if (!now.isEmpty())
        m_total->setText(tr("Of what your other choices send, these rules leave out classes: "
                            "%1, people: %2.")
                             .arg(counts.classesExcluded)
                             .arg(counts.peopleExcluded));
}

} // namespace rb
