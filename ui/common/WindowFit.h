#pragma once

class QWidget;

namespace rb {

// Windows whose content grows after they are shown (a connection test's layers, a
// fingerprint) grow with it, up to the screen, rather than squeeze or clip what they show.
class WindowFit
{
public:
    // Grows the window holding widget to its size hint; never shrinks it.
    static void grow(QWidget *widget);
};

} // namespace rb
