#pragma once

#include "store/Profile.h"

#include <QCoreApplication>
#include <QString>

namespace rb {

// A profile in a few lines for the admin (rich text): source, filters, destination, schedule,
// safety and notifications. Never shows a secret (the profile holds none).
class ProfileSummary
{
    Q_DECLARE_TR_FUNCTIONS(rb::ProfileSummary)
public:
    static QString html(const Profile &profile);
    static QString source(const Profile &profile);
    static QString destination(const Profile &profile);
    static QString filters(const Profile &profile);
    static QString schedule(const Profile &profile);
    static QString notifications(const Profile &profile);
};

} // namespace rb
