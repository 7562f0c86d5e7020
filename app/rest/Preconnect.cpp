#include "Preconnect.h"

#include <QNetworkAccessManager>
#include <QSslConfiguration>
#include <QUrl>

namespace mb {

void preconnect(QNetworkAccessManager *network, const QUrl &portal)
{
    if (!network || !portal.isValid() || portal.host().isEmpty())
        return;
    const QString scheme = portal.scheme();
    if (scheme == u"http") {
        network->connectToHost(portal.host(), quint16(portal.port(80)));
    } else if (scheme == u"https") {
        // The calls may speak HTTP/2; a connection opened without offering it would not be
        // the one they use. The manager's own trust is put on this request as on any other.
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setAllowedNextProtocols(
            {QSslConfiguration::ALPNProtocolHTTP2, QSslConfiguration::NextProtocolHttp1_1});
        network->connectToHostEncrypted(portal.host(), quint16(portal.port(443)), tls);
    }
}

} // namespace mb
