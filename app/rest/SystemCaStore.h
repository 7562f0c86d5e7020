#pragma once

#include <QList>
#include <QSslCertificate>

namespace mb {

// The operating system's trusted root certificates, read once per process on a thread of
// their own. Why a thread: trusting a private authority as well means handing Qt the whole
// list (a QSslConfiguration with CA certificates of its own no longer looks roots up on
// demand), and parsing ~150 roots takes 75–170 ms, which would otherwise delay the first
// request and, in the GUI, block the window.
class SystemCaStore
{
public:
    // Starts reading the roots unless that has begun; returns at once.
    static void preload();
    // The roots; waits for the read preload() started (or starts it now).
    static QList<QSslCertificate> certificates();
    // Where the roots come from: the system's bundle file (one parse per root), or an empty
    // string where Qt's own reading applies (other systems, or no bundle found).
    static QString bundlePath();
};

} // namespace mb
