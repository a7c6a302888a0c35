#pragma once

#include "oneroster/rest/RestSourceSettings.h"

#include <QPlainTextEdit>

namespace rb {

// Name/value pairs (extra headers or form fields), one "name: value" (or "name=value") per
// line: plain text is quicker to paste from a vendor's document than a table.
class FieldListEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    FieldListEdit(QChar separator, QWidget *parent = nullptr);

    RestFields fields() const;
    void setFields(const RestFields &fields);

    QSize sizeHint() const override;

private:
    QChar m_separator;
};

} // namespace rb
