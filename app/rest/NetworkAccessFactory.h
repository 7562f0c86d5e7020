#pragma once

#include "NetworkSettings.h"

#include <QSslConfiguration>

class QNetworkAccessManager;
class QObject;

namespace mb {

// The one place that makes network access managers, so every session gets the same
// hygiene: the chosen proxy (the system's by default), redirects that never go from https to
// http (REST calls follow theirs by hand, see RestClient), HSTS, and the extra certificate
// authorities added to the system's roots.
class NetworkAccessFactory
{
public:
    static QNetworkAccessManager *create(const NetworkSettings &settings, QObject *parent);

    // The system's roots plus `extra`. Adding to a configuration turns off Qt's on-demand
    // loading of the system roots, so they are added explicitly.
    static QSslConfiguration tlsConfiguration(const QList<QSslCertificate> &extra);
    // Makes tlsConfiguration(extra) the process default, for requests that do not pass
    // through RestClient (the token endpoint, the webhook check). No-op without extras.
    static void trustProcessWide(const QList<QSslCertificate> &extra);
};

} // namespace mb
