#pragma once

#include <QCoreApplication>
#include <QIcon>
#include <QString>

namespace rb {

// What the app as a whole is doing, as the tray shows it. Ordered by urgency: when profiles
// differ, the most urgent state wins (a failure is worth more attention than a run going).
enum class AppState { Idle, Paused, Running, Held, Failed };

class AppStateText
{
    Q_DECLARE_TR_FUNCTIONS(rb::AppStateText)
public:
    static QString describe(AppState state);
    // A round badge in the state's colour with a glyph, painted for every size the platform
    // asks for, so it stays sharp at any scale.
    static QIcon icon(AppState state);
};

} // namespace rb
