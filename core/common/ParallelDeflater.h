#pragma once

#include <QByteArray>
#include <QThreadPool>

#include <deque>
#include <functional>
#include <future>

namespace rb {

// Deflates one file's bytes on every core: the input is cut into chunks, each compressed on
// its own from an empty window and ended on a byte boundary, so the pieces join into one
// valid raw deflate stream (as pigz does). The output depends only on the input and the
// chunk size, never on the number of threads. Costs a few bytes per chunk and the back
// references that would have crossed a chunk's start: under 1 % on Apple's files.
class ParallelDeflater
{
public:
    static constexpr qsizetype kChunkSize = 4 * 1024 * 1024;

    // threads: 0 for one per core.
    explicit ParallelDeflater(int level, int threads = 0);
    ~ParallelDeflater();
    ParallelDeflater(const ParallelDeflater &) = delete;
    ParallelDeflater &operator=(const ParallelDeflater &) = delete;

    // Takes the next piece of the file; returns false if zlib failed.
    bool add(const char *data, qsizetype size);
    // Ends the stream and returns false if zlib failed. The deflater can then take a new file.
    bool finish();

    // Where the deflated pieces go, in order, as they are ready; false stops the deflater.
    void setSink(std::function<bool(QByteArrayView)> sink) { m_sink = std::move(sink); }
    // Of the input so far.
    quint32 crc() const { return m_crc; }
    qint64 size() const { return m_size; }
    // Starts a new file.
    void clear();

private:
    struct Piece
    {
        QByteArray data;
        quint32 crc = 0;
        qint64 size = 0;
        bool ok = false;
    };
    static Piece deflatePiece(const QByteArray &plain, int level, bool last);
    void submit(bool last);
    bool collect(std::size_t keep);

    int m_level;
    QThreadPool m_pool;
    QByteArray m_pending;
    std::deque<std::future<Piece>> m_running;
    std::function<bool(QByteArrayView)> m_sink;
    quint32 m_crc = 0;
    qint64 m_size = 0;
    bool m_ok = true;
};

} // namespace rb
