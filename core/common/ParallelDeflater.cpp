#include "ParallelDeflater.h"

#include <QThread>

#include <zlib.h>

#include <memory>

namespace rb {

ParallelDeflater::ParallelDeflater(int level, int threads)
    : m_level(level)
{
    m_pool.setMaxThreadCount(threads > 0 ? threads : qMax(1, QThread::idealThreadCount()));
    clear();
}

ParallelDeflater::~ParallelDeflater()
{
    // The pieces still running hold copies of their input only; wait for them to end.
    m_running.clear();
    m_pool.waitForDone();
}

void ParallelDeflater::clear()
{
    m_pending.clear();
    m_crc = quint32(crc32(0, nullptr, 0));
    m_size = 0;
    m_ok = true;
}

ParallelDeflater::Piece ParallelDeflater::deflatePiece(const QByteArray &plain, int level,
                                                       bool last)
{
    Piece piece;
    piece.size = plain.size();
    piece.crc =
        quint32(crc32(0, reinterpret_cast<const Bytef *>(plain.constData()), uInt(plain.size())));
    z_stream stream{};
    if (deflateInit2(&stream, level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return piece;
    piece.data.resize(qsizetype(deflateBound(&stream, uLong(plain.size()))) + 16);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(plain.constData()));
    stream.avail_in = uInt(plain.size());
    stream.next_out = reinterpret_cast<Bytef *>(piece.data.data());
    stream.avail_out = uInt(piece.data.size());
    // A sync flush ends the piece on a byte boundary without closing the stream.
    const int rc = deflate(&stream, last ? Z_FINISH : Z_SYNC_FLUSH);
    piece.ok =
        last ? rc == Z_STREAM_END : (rc == Z_OK && stream.avail_in == 0 && stream.avail_out != 0);
    piece.data.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return piece;
}

void ParallelDeflater::submit(bool last)
{
    auto task = std::make_shared<std::packaged_task<Piece()>>(
        [plain = std::move(m_pending), level = m_level, last] {
            return deflatePiece(plain, level, last);
        });
    m_pending = QByteArray();
    m_running.push_back(task->get_future());
    m_pool.start([task] { (*task)(); });
}

bool ParallelDeflater::collect(std::size_t keep)
{
    while (m_running.size() > keep) {
        const Piece piece = m_running.front().get();
        m_running.pop_front();
        if (!piece.ok || (m_ok && !m_sink(piece.data)))
            m_ok = false;
        m_crc = quint32(crc32_combine(m_crc, piece.crc, z_off_t(piece.size)));
        m_size += piece.size;
    }
    return m_ok;
}

bool ParallelDeflater::add(const char *data, qsizetype size)
{
    while (size > 0) {
        if (m_pending.isEmpty())
            m_pending.reserve(kChunkSize);
        const qsizetype take = qMin(size, kChunkSize - m_pending.size());
        m_pending.append(data, take);
        data += take;
        size -= take;
        if (m_pending.size() == kChunkSize) {
            submit(false);
            // Bounds the memory: two pieces per thread waiting or running.
            if (!collect(2 * std::size_t(m_pool.maxThreadCount())))
                return false;
        }
    }
    return m_ok;
}

bool ParallelDeflater::finish()
{
    submit(true);
    return collect(0);
}

} // namespace rb
