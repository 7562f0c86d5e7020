#include "ScriptedBrowser.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QTest>
#include <QTimer>

ScriptedBrowser::ScriptedBrowser(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{}

std::function<bool(const QUrl &)> ScriptedBrowser::opener()
{
    return [this](const QUrl &url) {
        if (refuseToOpen)
            return false;
        ++opened;
        openedUrl = url;
        // A browser starts after the app asked, never inside the call.
        QTimer::singleShot(0, this, [this, url] { open(url); });
        return true;
    };
}

void ScriptedBrowser::useProxy(const QNetworkProxy &proxy)
{
    m_nam->setProxy(proxy);
}

void ScriptedBrowser::trust(const QList<QSslCertificate> &authorities)
{
    m_authorities = authorities;
}

QNetworkRequest ScriptedBrowser::request(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (!m_authorities.isEmpty()) {
        QSslConfiguration tls = request.sslConfiguration();
        tls.setCaCertificates(QSslConfiguration::systemCaCertificates() + m_authorities);
        request.setSslConfiguration(tls);
    }
    return request;
}

void ScriptedBrowser::open(const QUrl &url)
{
    QNetworkReply *reply = m_nam->get(request(url));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        portalStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray target = reply->rawHeader("Location");
        if (portalStatus < 300 || portalStatus >= 400 || target.isEmpty()) {
            portalPage = reply->readAll();
            done = true;
            Q_EMIT finished();
            return;
        }
        QUrl next = reply->url().resolved(QUrl::fromEncoded(target));
        if (beforeRedirect && !beforeRedirect(next)) {
            done = true;
            Q_EMIT finished();
            return;
        }
        follow(next);
    });
}

void ScriptedBrowser::follow(const QUrl &url)
{
    location = url;
    QNetworkReply *reply = m_nam->get(request(url));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        landingStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        landingPage = reply->readAll();
        done = true;
        Q_EMIT finished();
    });
}

QString ScriptedBrowser::shownCode() const
{
    static const QRegularExpression code(QStringLiteral("<code id=\"code\">([^<]+)</code>"));
    return code.match(QString::fromUtf8(portalPage)).captured(1);
}

std::pair<int, QByteArray> ScriptedBrowser::fetch(const QUrl &url, int timeoutMs)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = nam.get(request);
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, timeoutMs)) {
        reply->abort();
        delete reply;
        return {-1, {}};
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    const int result = reply->error() == QNetworkReply::ConnectionRefusedError ? -2 : status;
    delete reply;
    return {result, body};
}
