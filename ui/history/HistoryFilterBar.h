#pragma once

#include "history/HistoryFilter.h"

#include <QList>
#include <QString>
#include <QWidget>

#include <utility>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QTimer;

namespace rb {

// The controls above the run list: profile, status, a date range and the id search. Each
// change emits changed() once; typing in the search field waits for a pause first, so a long
// id is not searched for letter by letter.
class HistoryFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryFilterBar(QWidget *parent = nullptr);

    // Profile ids and names, in the order to list them. The chosen profile stays chosen, even
    // when it is gone from the list (its runs stay in the history).
    void setProfiles(const QList<std::pair<QString, QString>> &profiles);
    HistoryFilter filter() const;
    void setProfileId(const QString &profileId);
    // Every run, of every profile, at any date.
    void clear();

public Q_SLOTS:
    void focusSearch();

Q_SIGNALS:
    void changed();

private:
    void addProfileItem(const QString &label, const QString &profileId);

    QComboBox *m_profile;
    QComboBox *m_status;
    QCheckBox *m_fromOn;
    QDateEdit *m_from;
    QCheckBox *m_toOn;
    QDateEdit *m_to;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
};

} // namespace rb
