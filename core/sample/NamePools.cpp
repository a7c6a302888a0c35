#include "NamePools.h"

#include <iterator>

using namespace Qt::StringLiterals;

namespace rb::gen {

namespace {

const QString kGivenNames[] = {
    u"Olivia"_s,   u"Liam"_s,     u"Emma"_s,   u"Noah"_s,     u"Ava"_s,     u"Mateo"_s,
    u"Sofía"_s,    u"José"_s,     u"Zoë"_s,    u"Søren"_s,    u"Łukasz"_s,  u"Ðorđe"_s,
    u"Chloé"_s,    u"Amélie"_s,   u"Björn"_s,  u"Jürgen"_s,   u"Aaliyah"_s, u"Mohammed"_s,
    u"Fatima"_s,   u"Aarav"_s,    u"Priya"_s,  u"Hiroshi"_s,  u"Yuki"_s,    u"伟"_s,
    u"芳"_s,       u"Kwame"_s,    u"Ngozi"_s,  u"Dmitri"_s,   u"Анна"_s,    u"Θεόδωρος"_s,
    u"Siobhán"_s,  u"Seán"_s,     u"Maëlle"_s, u"Ines"_s,     u"Ethan"_s,   u"Mia"_s,
    u"Lucas"_s,    u"Isabella"_s, u"Elijah"_s, u"Harper"_s,   u"James"_s,   u"Amelia"_s,
    u"Benjamin"_s, u"Evelyn"_s,   u"Henry"_s,  u"Abigail"_s,  u"Daniel"_s,  u"Emily"_s,
    u"Thanh"_s,    u"Minh"_s,     u"Ji-woo"_s, u"Seo-yeon"_s, u"D'Andre"_s, u"Mary Kate"_s,
    u"Iñaki"_s,    u"Żaneta"_s,   u"Ömer"_s,   u"Ayşe"_s,     u"Ðurđa"_s,   u"Kai"_s,
};

const QString kFamilyNames[] = {
    u"Smith"_s,       u"Johnson"_s,      u"Williams"_s,  u"Brown"_s,      u"Jones"_s,
    u"García"_s,      u"Martínez"_s,     u"Rodríguez"_s, u"O'Brien"_s,    u"O'Connor"_s,
    u"Nguyễn"_s,      u"Trần"_s,         u"Lê"_s,        u"李"_s,         u"王"_s,
    u"张"_s,          u"Müller"_s,       u"Schäfer"_s,   u"Østergaard"_s, u"Kowalski"_s,
    u"Wiśniewski"_s,  u"Petrović"_s,     u"Đorđević"_s,  u"Smith, Jr."_s, u"Johnson, III"_s,
    u"Johnson-Lee"_s, u"van der Berg"_s, u"Kim"_s,       u"Park"_s,       u"Patel"_s,
    u"Shah"_s,        u"Okafor"_s,       u"Mensah"_s,    u"Ivanov"_s,     u"Haddad"_s,
    u"Cohen"_s,       u"Rossi"_s,        u"Bianchi"_s,   u"Dubois"_s,     u"Lefèvre"_s,
    u"Davis"_s,       u"Miller"_s,       u"Wilson"_s,    u"Moore"_s,      u"Taylor"_s,
    u"Anderson"_s,    u"Thomas"_s,       u"Jackson"_s,   u"White"_s,      u"Harris"_s,
    u"Yılmaz"_s,      u"Sørensen"_s,     u"Nakamura"_s,  u"Tanaka"_s,     u"Hernández"_s,
    u"López"_s,       u"González"_s,     u"Pérez"_s,     u"St. John"_s,   u"D'Angelo"_s,
};

// Given and family names that belong together, by script; for the "world" mix.
struct WorldName
{
    QString given;
    QString family;
};
const WorldName kWorldNames[] = {
    {u"美玲"_s, u"王"_s},
    {u"浩然"_s, u"陈"_s},
    {u"さくら"_s, u"佐藤"_s},
    {u"翔太"_s, u"高橋"_s},
    {u"지우"_s, u"김"_s},
    {u"민준"_s, u"박"_s},
    {u"Анастасия"_s, u"Смирнова"_s},
    {u"Дмитрий"_s, u"Попов"_s},
    {u"Ελένη"_s, u"Παπαδοπούλου"_s},
    {u"Νίκος"_s, u"Γεωργίου"_s},
    {u"Olivia"_s, u"Johnson"_s},
    {u"Mateo"_s, u"García"_s},
    {u"Sofía"_s, u"Hernández"_s},
    {u"Thanh"_s, u"Nguyễn"_s},
    {u"Zoë"_s, u"O'Brien"_s},
    {u"Søren"_s, u"Østergaard"_s},
    {u"Łukasz"_s, u"Wiśniewski"_s},
    {u"Ayşe"_s, u"Yılmaz"_s},
    {u"Kwame"_s, u"Mensah"_s},
    {u"Priya"_s, u"Patel"_s},
    {u"आरव"_s, u"शर्मा"_s},
    {u"Ngozi"_s, u"Okafor"_s},
    {u"Amélie"_s, u"Lefèvre"_s},
    {u"Jürgen"_s, u"Müller"_s},
};

const QString kNicknames[] = {u"\"Jay\""_s, u"\"Bud\""_s, u"\"Sunny\""_s, u"\"Doc\""_s};
const QString kPreferred[] = {u"Alex"_s, u"Sam"_s, u"Jo"_s, u"Max"_s, u"Lee"_s, u"Bea"_s};
const QString kPronouns[] = {u"she/her"_s, u"he/him"_s, u"they/them"_s};

template<class T, std::size_t N>
const T &pick(Random &random, const T (&items)[N])
{
    return items[random.below(quint32(N))];
}

// The first students of the first school: each awkward case exactly where the tests look.
const PersonName kForcedStudents[] = {
    {u"José"_s, QString(), u"O'Brien"_s},   {u"Zoë"_s, u"\"Jay\""_s, u"Smith, Jr."_s},
    {u"Søren"_s, u"Anh"_s, u"Nguyễn"_s},    {u"明"_s, QString(), u"李"_s},
    {u"Ðorđe"_s, QString(), u"Đorđević"_s},
};

const PersonName kForcedTeachers[] = {
    {u"Łukasz"_s, QString(), u"Kowalski"_s},
    {u"Siobhán"_s, u"M."_s, u"O'Connor"_s},
    {u"Renée"_s, QString(), u"Lefèvre, Sr."_s},
};

} // namespace

QString NamePools::givenName(Random &random, NameMix mix)
{
    return mix == NameMix::World ? pick(random, kWorldNames).given : pick(random, kGivenNames);
}

QString NamePools::familyName(Random &random)
{
    return pick(random, kFamilyNames);
}

QString NamePools::middleName(Random &random)
{
    const quint32 roll = random.below(1000);
    if (roll < 4)
        return pick(random, kNicknames);
    if (roll < 150)
        return QString(pick(random, kGivenNames).at(0)) + u'.';
    if (roll < 350)
        return pick(random, kGivenNames);
    return QString();
}

PersonName NamePools::draw(Random &random, NameMix mix)
{
    PersonName name;
    if (mix == NameMix::World) {
        const WorldName &whole = pick(random, kWorldNames);
        name.given = whole.given;
        name.family = whole.family;
        return name;
    }
    name.given = givenName(random);
    name.family = familyName(random);
    name.middle = middleName(random);
    return name;
}

QString NamePools::preferredName(Random &random)
{
    return pick(random, kPreferred);
}

QString NamePools::pronouns(Random &random)
{
    return pick(random, kPronouns);
}

int NamePools::forcedStudentCount()
{
    return int(std::size(kForcedStudents));
}

PersonName NamePools::forcedStudent(int index)
{
    return kForcedStudents[index];
}

int NamePools::forcedTeacherCount()
{
    return int(std::size(kForcedTeachers));
}

PersonName NamePools::forcedTeacher(int index)
{
    return kForcedTeachers[index];
}

QString NamePools::asciiFold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toLower();
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const char16_t u = c.unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9'))
            out.append(c);
        // Letters that have no decomposition into a base letter.
        else if (u == u'ø')
            out.append(u'o');
        else if (u == u'ł')
            out.append(u'l');
        else if (u == u'đ' || u == u'ð')
            out.append(u'd');
        else if (u == u'ß')
            out.append(u"ss");
        else if (u == u'æ')
            out.append(u"ae");
        else if (u == u'ı')
            out.append(u'i');
    }
    return out;
}

} // namespace rb::gen
