#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QString>

#include <quazip.h>
#include <quazipfile.h>

#include <zlib.h>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace rb {

// One zip entry as a read-only stream, inflated as it is read and never held whole. It owns its
// own QuaZip, so several entries of one zip can be read independently.
//
// An entry that declares more than the size limit is refused by open(). Stored and deflated
// entries are inflated here from the raw data, so that an entry is refused as soon as it yields
// more bytes than the zip's central directory declares (a zip bomb that lies about its size),
// and every kind of damage (CRC mismatch, truncated or corrupt data) makes read() fail with an
// explanation in errorString() once it is reached; a reader never mistakes damaged data for a
// shorter file. Other methods are left to minizip, which stops at the declared size.
//
// The entry is inflated a few blocks ahead on a thread of its own, so a reader parsing the
// data on one core has it inflated on the other.
class ZipEntryDevice : public QIODevice
{
    Q_DECLARE_TR_FUNCTIONS(rb::ZipEntryDevice)

public:
    // Far above any roster file: a large district's enrollments.csv is about 400 MB.
    static constexpr qint64 kMaxEntrySize = qint64(4) * 1024 * 1024 * 1024;

    ZipEntryDevice(const QString &zipPath, QString entry, qint64 maxSize = kMaxEntrySize);
    ~ZipEntryDevice() override;

    ZipEntryDevice(const ZipEntryDevice &) = delete;
    ZipEntryDevice &operator=(const ZipEntryDevice &) = delete;

    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return true; }

    // The size the zip's directory declares, known once open.
    qint64 declaredSize() const { return qint64(m_expected); }
    // True after a read failed because the entry is damaged.
    bool failed() const { return m_failed; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    struct Block
    {
        QByteArray data;
        bool end = false;
        bool failed = false;
        QString error;
    };
    void readAhead();
    void stopReadingAhead();
    // The inflating side: runs on the read-ahead thread once the entry is open.
    qint64 produce(char *data, qint64 maxSize);
    qint64 readRaw(char *data, qint64 maxSize);
    qint64 inflateInto(char *data, qint64 maxSize);
    qint64 finishEntry();
    bool fillInput();
    qint64 damaged(const QString &why);

    QuaZip m_zip;
    QuaZipFile m_file;
    QString m_entry;
    qint64 m_maxSize;
    quint64 m_expected = 0;
    quint32 m_expectedCrc = 0;
    quint64 m_read = 0;
    uLong m_crc = 0;
    // Inflated here (stored or deflated) rather than by minizip.
    bool m_raw = false;
    bool m_deflated = false;
    bool m_streamOpen = false;
    bool m_streamEnded = false;
    bool m_inputEnded = false;
    z_stream m_stream{};
    QByteArray m_input;
    bool m_finished = false;
    QString m_damage;

    // Shared between the reader and the read-ahead thread, under m_mutex.
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Block> m_blocks;
    std::vector<QByteArray> m_spare;
    bool m_stop = false;
    std::thread m_reader;

    // The reader's side.
    Block m_current;
    qsizetype m_offset = 0;
    bool m_failed = false;
    bool m_ended = false;
};

} // namespace rb
