#pragma once

#include <QStringView>

namespace rb {

// The kinds of OneRoster role, by the standard's names (1.1 and 1.2).
enum class RoleFamily { Student, Teacher, StaffType, Family, Other };
RoleFamily roleFamily(QStringView role);

} // namespace rb
