#pragma once

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QMultiMap>
#include <QStringList>
#include <QTabBar>
#include <QWidget>

namespace rb::test {

// The letter after a single '&' ("&&" is a literal ampersand), lower-cased; null when none.
inline QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// Alt+letter must lead to one place: the mnemonics that the widgets root shows at once (its
// buttons, labels with a buddy, group boxes, tabs and menu bar) use more than once, one line
// per letter with the texts that share it. Empty when every letter is used once.
inline QStringList duplicateMnemonics(const QWidget *root)
{
    QMultiMap<QChar, QString> used;
    const auto note = [&used](const QString &text) {
        if (const QChar letter = mnemonicOf(text); !letter.isNull())
            used.insert(letter, text);
    };
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (const QWidget *w : widgets) {
        if (!w->isVisibleTo(root))
            continue;
        if (const auto *button = qobject_cast<const QAbstractButton *>(w)) {
            note(button->text());
        } else if (const auto *label = qobject_cast<const QLabel *>(w)) {
            if (label->buddy())
                note(label->text());
        } else if (const auto *group = qobject_cast<const QGroupBox *>(w)) {
            note(group->title());
        } else if (const auto *tabs = qobject_cast<const QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                note(tabs->tabText(i));
        } else if (const auto *menu = qobject_cast<const QMenuBar *>(w)) {
            for (const QAction *action : menu->actions())
                note(action->text());
        }
    }
    QStringList duplicates;
    for (const QChar letter : used.uniqueKeys()) {
        const QStringList texts = used.values(letter);
        if (texts.size() > 1)
            duplicates << QStringLiteral("Alt+%1: %2").arg(letter.toUpper(), texts.join(u" | "));
    }
    return duplicates;
}

} // namespace rb::test
