#include "ZipEntryDevice.h"

#include <QLoggingCategory>

#include <quazipfileinfo.h>

#include <cstring>
#include <limits>
#include <utility>

Q_LOGGING_CATEGORY(lcZipEntry, "rosterbridge.zip", QtInfoMsg)

namespace rb {

namespace {
constexpr qsizetype kInputChunk = 256 * 1024;
constexpr quint16 kStored = 0;
constexpr quint16 kDeflated = 8;
constexpr qint64 kMiB = 1024 * 1024;
// Keeps every read within zlib's 32-bit lengths.
constexpr quint64 kMaxReadSize = quint64(1) << 30;
// Read-ahead: blocks of 1 MiB, at most four waiting and one being read.
constexpr qsizetype kBlockSize = 1024 * 1024;
constexpr std::size_t kBlocksAhead = 4;

QString mebibytes(quint64 bytes)
{
    return QString::number(double(bytes) / double(kMiB), 'f', 1);
}
} // namespace

ZipEntryDevice::ZipEntryDevice(const QString &zipPath, QString entry, qint64 maxSize)
    : m_zip(zipPath)
    , m_file(&m_zip)
    , m_entry(std::move(entry))
    , m_maxSize(maxSize)
{
}

ZipEntryDevice::~ZipEntryDevice()
{
    ZipEntryDevice::close();
}

bool ZipEntryDevice::open(OpenMode mode)
{
    if (!m_zip.open(QuaZip::mdUnzip)) {
        setErrorString(tr("The zip cannot be opened (zip error %1).").arg(m_zip.getZipError()));
        return false;
    }
    QuaZipFileInfo64 info;
    if (!m_zip.setCurrentFile(m_entry, QuaZip::csSensitive) || !m_zip.getCurrentFileInfo(&info)) {
        setErrorString(tr("\"%1\" cannot be found in the zip.").arg(m_entry));
        return false;
    }
    m_expected = info.uncompressedSize;
    m_expectedCrc = info.crc;
    if (m_expected > quint64(m_maxSize)) {
        setErrorString(tr("\"%1\" in the zip unpacks to %2 MiB; entries larger than %3 MiB are "
                          "refused.")
                           .arg(m_entry, mebibytes(m_expected), mebibytes(quint64(m_maxSize))));
        qCWarning(lcZipEntry) << "refused zip entry" << m_entry << "declaring" << m_expected
                              << "bytes";
        return false;
    }
    const bool encrypted = info.flags & 0x1;
    m_raw = !encrypted && (info.method == kStored || info.method == kDeflated);
    m_deflated = info.method == kDeflated;
    int method = 0;
    int level = 0;
    if (!m_file.open(QIODevice::ReadOnly, &method, &level, m_raw)) {
        setErrorString(tr("\"%1\" in the zip cannot be opened (zip error %2).")
                           .arg(m_entry)
                           .arg(m_file.getZipError()));
        return false;
    }
    if (m_raw && m_deflated) {
        // Raw deflate: the zip holds no zlib header.
        if (inflateInit2(&m_stream, -MAX_WBITS) != Z_OK) {
            setErrorString(tr("\"%1\" in the zip cannot be opened (out of memory).").arg(m_entry));
            m_file.close();
            return false;
        }
        m_streamOpen = true;
        m_input.resize(kInputChunk);
    }
    m_crc = crc32(0L, Z_NULL, 0);
    if (!QIODevice::open(mode | QIODevice::Unbuffered))
        return false;
    m_stop = false;
    // The blocks are allocated here, on the reader's thread: memory the inflating thread
    // allocated would stay in its own malloc arena after the entry is read.
    for (std::size_t i = 0; i < kBlocksAhead + 1; ++i)
        m_spare.emplace_back(kBlockSize, Qt::Uninitialized);
    m_reader = std::thread([this] { readAhead(); });
    return true;
}

void ZipEntryDevice::readAhead()
{
    for (;;) {
        Block block;
        {
            // Waits for a buffer the reader is done with: the read-ahead never allocates.
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stop || !m_spare.empty(); });
            if (m_stop)
                return;
            block.data = std::move(m_spare.back());
            m_spare.pop_back();
        }
        block.data.resize(kBlockSize);
        const qint64 got = produce(block.data.data(), block.data.size());
        if (got < 0) {
            block.failed = true;
            block.error = m_damage;
            block.data.clear();
        } else {
            block.end = got == 0;
            block.data.resize(got);
        }
        const bool last = block.end || block.failed;
        std::unique_lock lock(m_mutex);
        if (m_stop)
            return;
        m_blocks.push_back(std::move(block));
        m_changed.notify_all();
        if (last)
            return;
    }
}

void ZipEntryDevice::stopReadingAhead()
{
    if (!m_reader.joinable())
        return;
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_reader.join();
    m_blocks.clear();
    m_spare.clear();
    m_current = {};
    m_offset = 0;
}

void ZipEntryDevice::close()
{
    stopReadingAhead();
    if (m_streamOpen) {
        inflateEnd(&m_stream);
        m_streamOpen = false;
    }
    if (m_file.isOpen())
        m_file.close();
    m_zip.close();
    QIODevice::close();
}

qint64 ZipEntryDevice::readData(char *data, qint64 maxSize)
{
    if (m_failed)
        return -1;
    if (m_ended || maxSize <= 0)
        return 0;
    if (m_offset == m_current.data.size()) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_blocks.empty(); });
        if (m_current.data.capacity() >= kBlockSize)
            m_spare.push_back(std::move(m_current.data));
        m_current = std::move(m_blocks.front());
        m_blocks.pop_front();
        m_offset = 0;
        lock.unlock();
        m_changed.notify_all();
        if (m_current.failed) {
            m_failed = true;
            setErrorString(m_current.error);
            return -1;
        }
        if (m_current.end) {
            m_ended = true;
            return 0;
        }
    }
    const qint64 n = qMin(maxSize, qint64(m_current.data.size() - m_offset));
    memcpy(data, m_current.data.constData() + m_offset, size_t(n));
    m_offset += qsizetype(n);
    return n;
}

qint64 ZipEntryDevice::produce(char *data, qint64 maxSize)
{
    if (m_finished)
        return 0;
    // Ask for at most one byte beyond what the entry may hold, so an entry that goes on is
    // caught at once rather than a buffer later.
    const quint64 room = m_expected - qMin(m_read, m_expected) + 1;
    const qint64 want = qint64(qMin(qMin(quint64(maxSize), room), kMaxReadSize));
    const qint64 got = m_deflated && m_raw ? inflateInto(data, want) : readRaw(data, want);
    if (got < 0)
        return -1;
    if (got == 0)
        return finishEntry();
    m_read += quint64(got);
    if (m_raw)
        m_crc = crc32(m_crc, reinterpret_cast<const Bytef *>(data), uInt(got));
    // open() refused a declared size over the limit, so this also keeps to the limit.
    if (m_read > m_expected)
        return damaged(tr("it holds more data than the zip directory says"));
    return got;
}

qint64 ZipEntryDevice::readRaw(char *data, qint64 maxSize)
{
    const qint64 got = m_file.read(data, maxSize);
    if (got < 0)
        return damaged(
            tr("the compressed data is corrupt (zip error %1)").arg(m_file.getZipError()));
    return got;
}

bool ZipEntryDevice::fillInput()
{
    const qint64 got = m_file.read(m_input.data(), m_input.size());
    if (got < 0)
        return false;
    if (got == 0)
        m_inputEnded = true;
    m_stream.next_in = reinterpret_cast<Bytef *>(m_input.data());
    m_stream.avail_in = uInt(got);
    return true;
}

qint64 ZipEntryDevice::inflateInto(char *data, qint64 maxSize)
{
    if (m_streamEnded)
        return 0;
    m_stream.next_out = reinterpret_cast<Bytef *>(data);
    m_stream.avail_out = uInt(qMin<qint64>(maxSize, std::numeric_limits<uInt>::max()));
    const uInt room = m_stream.avail_out;
    while (m_stream.avail_out > 0) {
        if (m_stream.avail_in == 0 && !m_inputEnded && !fillInput())
            return damaged(
                tr("the compressed data is corrupt (zip error %1)").arg(m_file.getZipError()));
        const int rc = inflate(&m_stream, Z_NO_FLUSH);
        if (rc == Z_STREAM_END) {
            m_streamEnded = true;
            break;
        }
        if (rc == Z_BUF_ERROR && m_stream.avail_in == 0 && !m_inputEnded)
            continue;
        if (rc == Z_BUF_ERROR)
            return damaged(tr("its compressed data ends too early"));
        if (rc != Z_OK) {
            qCWarning(lcZipEntry) << "inflate failed in" << m_entry << rc
                                  << (m_stream.msg ? m_stream.msg : "");
            return damaged(tr("the compressed data is corrupt"));
        }
    }
    return qint64(room - m_stream.avail_out);
}

qint64 ZipEntryDevice::finishEntry()
{
    m_finished = true;
    if (m_deflated && m_raw && !m_streamEnded)
        return damaged(tr("its compressed data ends too early"));
    m_file.close();
    const int error = m_file.getZipError();
    // Only minizip checks the CRC of what it inflated itself; raw data is checked here.
    if (error == UNZ_CRCERROR || (m_raw && quint32(m_crc) != m_expectedCrc))
        return damaged(tr("its checksum (CRC) does not match its data"));
    if (error != UNZ_OK)
        return damaged(tr("zip error %1 at its end").arg(error));
    if (m_read != m_expected)
        return damaged(tr("it ends after %1 of %2 bytes").arg(m_read).arg(m_expected));
    return 0;
}

qint64 ZipEntryDevice::writeData(const char *, qint64)
{
    return -1;
}

qint64 ZipEntryDevice::damaged(const QString &why)
{
    m_finished = true;
    m_damage = tr("\"%1\" in the zip is damaged: %2.").arg(m_entry, why);
    qCWarning(lcZipEntry) << "damaged zip entry" << m_entry << why;
    return -1;
}

} // namespace rb
