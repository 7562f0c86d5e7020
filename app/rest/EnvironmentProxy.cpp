#include "EnvironmentProxy.h"

#include "ProxyUrl.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace mb {

namespace {

QString variable(const QProcessEnvironment &environment, const QString &lowerName)
{
    const QString lower = environment.value(lowerName).trimmed();
    return lower.isEmpty() ? environment.value(lowerName.toUpper()).trimmed() : lower;
}

bool matchesEntry(QString entry, const QString &host, int port)
{
    // An optional :port, but not inside a bare IPv6 address.
    const qsizetype colon = entry.lastIndexOf(QLatin1Char(':'));
    if (colon > 0 && entry.count(QLatin1Char(':')) == 1) {
        bool ok = false;
        const int entryPort = entry.mid(colon + 1).toInt(&ok);
        if (!ok || entryPort != port)
            return false;
        entry.truncate(colon);
    }
    if (entry.startsWith(QLatin1Char('[')) && entry.endsWith(QLatin1Char(']')))
        entry = entry.mid(1, entry.size() - 2);
    const QHostAddress address(host);
    if (!address.isNull()) {
        if (entry.contains(QLatin1Char('/'))) {
            const auto subnet = QHostAddress::parseSubnet(entry);
            return subnet.second >= 0 && address.isInSubnet(subnet);
        }
        const QHostAddress entryAddress(entry);
        if (!entryAddress.isNull())
            return entryAddress.isEqual(address);
    }
    if (entry.startsWith(QLatin1String("*.")))
        entry.remove(0, 2);
    else if (entry.startsWith(QLatin1Char('.')))
        entry.remove(0, 1);
    if (entry.isEmpty())
        return false;
    return host == entry || host.endsWith(QLatin1Char('.') + entry);
}

} // namespace

bool EnvironmentProxy::bypasses(const QString &noProxy, const QString &hostIn, int port)
{
    QString host = hostIn.toLower();
    if (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    const QStringList entries = noProxy.toLower().split(separators, Qt::SkipEmptyParts);
    return std::any_of(entries.begin(), entries.end(), [&](const QString &entry) {
        return entry == u"*" || matchesEntry(entry, host, port);
    });
}

QList<QNetworkProxy> EnvironmentProxy::forQuery(const QNetworkProxyQuery &query,
                                                const QProcessEnvironment &environment)
{
    const QNetworkProxy direct(QNetworkProxy::NoProxy);
    const QUrl url = query.url();
    const QString host = url.host().isEmpty() ? query.peerHostName() : url.host();
    QString scheme =
        url.scheme().isEmpty() ? query.protocolTag().toLower() : url.scheme().toLower();
    // A connection opened ahead (Preconnect) asks as "preconnect-https": the same proxy as the
    // calls that will use it.
    if (scheme.startsWith(u"preconnect-"))
        scheme = scheme.mid(int(qstrlen("preconnect-")));
    const int defaultPort = scheme == u"https" ? 443 : scheme == u"http" ? 80 : -1;
    const int port = url.isValid() ? url.port(defaultPort) : query.peerPort();
    if (bypasses(variable(environment, QStringLiteral("no_proxy")), host, port))
        return {direct};

    QString proxy;
    if (scheme == u"http" || scheme == u"https")
        proxy = variable(environment, scheme + QStringLiteral("_proxy"));
    if (proxy.isEmpty())
        proxy = variable(environment, QStringLiteral("all_proxy"));
    const std::optional<QNetworkProxy> parsed = ProxyUrl::parse(proxy);
    return {parsed.value_or(direct)};
}

} // namespace mb
