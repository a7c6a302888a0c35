#include "profile/FieldListEdit.h"

#include <QFontMetrics>

namespace rb {

FieldListEdit::FieldListEdit(QChar separator, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_separator(separator)
{
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setPlaceholderText(separator == u':' ? tr("One per line, e.g. X-District: 42")
                                         : tr("One per line, e.g. audience=oneroster"));
}

RestFields FieldListEdit::fields() const
{
    RestFields out;
    const QStringList lines = toPlainText().split(u'\n');
    for (const QString &line : lines) {
        const qsizetype at = line.indexOf(m_separator);
        if (at <= 0)
            continue;
        const QString name = line.left(at).trimmed();
        if (!name.isEmpty())
            out.append({name, line.mid(at + 1).trimmed()});
    }
    return out;
}

void FieldListEdit::setFields(const RestFields &fields)
{
    QStringList lines;
    const QString separator = m_separator == u':' ? QStringLiteral(": ") : QString(m_separator);
    for (const auto &[name, value] : fields)
        lines << name + separator + value;
    setPlainText(lines.join(u'\n'));
}

QSize FieldListEdit::sizeHint() const
{
    const QSize hint = QPlainTextEdit::sizeHint();
    return {hint.width(), fontMetrics().lineSpacing() * 3 + 12};
}

} // namespace rb
