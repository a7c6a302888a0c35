#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace rb {

class BackgroundJob;
class CsvTableIndex;

// Searches a table on a worker thread (RowFinder) and reports the result on the window's thread.
// A new search replaces the one still going.
class RowSearcher : public QObject
{
    Q_OBJECT

public:
    explicit RowSearcher(QObject *parent = nullptr);
    ~RowSearcher() override;

    void setTable(std::shared_ptr<const CsvTableIndex> index);
    // Looks for text from row `from` on, continuing at the top.
    void find(const QString &text, qsizetype from);
    void cancel();
    bool isSearching() const;

Q_SIGNALS:
    void found(qsizetype row);
    void notFound(const QString &text);

private:
    std::shared_ptr<const CsvTableIndex> m_index;
    BackgroundJob *m_job;
    std::shared_ptr<qsizetype> m_result;
    QString m_text;
};

} // namespace rb
