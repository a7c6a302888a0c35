#include "preview/FindingsModel.h"

#include <QApplication>
#include <QStyle>

#include <algorithm>

namespace rb {

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QString FindingsModel::severityText(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return tr("Note");
    case Severity::Warning:
        return tr("Warning");
    case Severity::Error:
        break;
    }
    return tr("Error");
}

void FindingsModel::setFindings(QList<Finding> findings)
{
    beginResetModel();
    m_findings = std::move(findings);
    std::stable_sort(m_findings.begin(), m_findings.end(), [](const Finding &a, const Finding &b) {
        return int(a.severity) > int(b.severity);
    });
    endResetModel();
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Finding &f = m_findings.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case SeverityColumn:
            return severityText(f.severity);
        case FileColumn:
            return f.file;
        case LineColumn:
            return f.line > 0 ? QString::number(f.line) : QString();
        case FieldColumn:
            return f.field;
        case MessageColumn:
            return f.message;
        default:
            break;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == MessageColumn)
        return f.toString();
    if (role == Qt::DecorationRole && index.column() == SeverityColumn && qApp) {
        const QStyle::StandardPixmap icon =
            f.severity == Severity::Error     ? QStyle::SP_MessageBoxCritical
            : f.severity == Severity::Warning ? QStyle::SP_MessageBoxWarning
                                              : QStyle::SP_MessageBoxInformation;
        return QApplication::style()->standardIcon(icon);
    }
    if (role == Qt::TextAlignmentRole && index.column() == LineColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case FileColumn:
        return tr("File");
    case LineColumn:
        return tr("Line");
    case FieldColumn:
        return tr("Column");
    case MessageColumn:
        return tr("Problem");
    default:
        break;
    }
    return {};
}

} // namespace rb
