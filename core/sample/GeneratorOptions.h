#pragma once

#include "oneroster/OneRosterSource.h"

#include <QDate>
#include <QString>

namespace rb::gen {

enum class Scale { Tiny, Small, Large };
// Default: mostly Latin names with the awkward cases the tests need. World: names in many
// scripts in about equal parts, for demonstrations and screenshots.
enum class NameMix { Default, World };
using OneRosterVersion = rb::OneRosterVersion;

struct GeneratorOptions
{
    Scale scale = Scale::Tiny;
    quint64 seed = 1;
    OneRosterVersion version = OneRosterVersion::V1_2;
    // Decides which school year and semester are current.
    QDate runDate;
    // Exactly one of these is set.
    QString zipPath;
    QString folderPath;
    bool crlf = false;
    NameMix names = NameMix::Default;
};

} // namespace rb::gen
