#include "TlsBackend.h"

#include <QSslSocket>

namespace mb {

bool TlsBackend::useSystemBackend()
{
#if defined(Q_OS_WIN)
    return QSslSocket::setActiveBackend(QStringLiteral("schannel"));
#else
    return true;
#endif
}

QString TlsBackend::active()
{
    return QSslSocket::activeBackend();
}

} // namespace mb
