#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace rb {

// `rosterbridge profile list|export|import`: profiles on the command line, for admins who
// script their setup or move it to another computer. Secrets never travel with a profile.
class ProfileCommand
{
    Q_DECLARE_TR_FUNCTIONS(rb::ProfileCommand)
public:
    static int run(const QStringList &arguments);
};

} // namespace rb
