#pragma once

#include "preview/PreviewInput.h"

#include <QStringList>
#include <QWidget>

class QLabel;

namespace rb {

// The top of the preview: what the package is, why it was held, and what uploading it will do.
class PreviewHeader : public QWidget
{
    Q_OBJECT

public:
    explicit PreviewHeader(const PreviewInput &input, QWidget *parent = nullptr);

    // Rich text: the outcome, with the parts that need attention in bold red (see alert()).
    void setState(const QString &html);
    QLabel *stateLabel() const { return m_state; }

    static QString alert(const QString &plainText);

private:
    QLabel *m_state;
};

} // namespace rb
