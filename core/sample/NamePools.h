#pragma once

#include "GeneratorOptions.h"
#include "Random.h"

#include <QString>

namespace rb::gen {

struct PersonName
{
    QString given;
    QString middle;
    QString family;
};

// Names drawn for synthetic people. The pools deliberately mix accented and non-Latin letters,
// apostrophes, suffixes with commas and quoted nicknames, since those break naive CSV handling.
class NamePools
{
public:
    // World draws from pools of whole names in many scripts instead; it never changes what
    // Default draws, so the default district stays byte for byte the same.
    static PersonName draw(Random &random, NameMix mix = NameMix::Default);
    static QString givenName(Random &random, NameMix mix = NameMix::Default);
    static QString familyName(Random &random);
    // Usually empty; sometimes a name, an initial or a quoted nickname.
    static QString middleName(Random &random);
    static QString preferredName(Random &random);
    static QString pronouns(Random &random);

    // Fixed names for the first students and teachers of the first school, so that every
    // scale contains each awkward case.
    static int forcedStudentCount();
    static PersonName forcedStudent(int index);
    static int forcedTeacherCount();
    static PersonName forcedTeacher(int index);

    // Lower-case ASCII letters and digits only ("Søren Ðorđe" -> "sorendorde"), for usernames.
    static QString asciiFold(const QString &text);
};

} // namespace rb::gen
