#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace rb {

// `rosterbridge notify test --profile NAME`: sends the test message through every channel the
// profile alerts on (email, webhook) and prints each server's answer. Exit 0 when every
// channel accepted it; 1 when one did not, or the profile has none.
class NotifyCommand
{
    Q_DECLARE_TR_FUNCTIONS(rb::NotifyCommand)
public:
    static int run(const QStringList &arguments);
};

} // namespace rb
