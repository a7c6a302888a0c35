#pragma once

#include "store/ProfileStore.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace rb {

// `rosterbridge profile list|export|import|remove|secret`: profiles on the command line, for
// admins who script their setup or move it to another computer. Secrets never travel with a
// profile; `secret` puts one into the system keychain.
class ProfileCommand
{
    Q_DECLARE_TR_FUNCTIONS(rb::ProfileCommand)
public:
    static int run(const QStringList &arguments);
};

} // namespace rb
