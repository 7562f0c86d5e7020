#pragma once

// What the model tests share: a tester for each model, a local portal with clients signed in by its
// webhook, and a relay in front of the portal that plays a newer portal by adding to its answers.
#include "FakePortal.h"
#include "HttpListener.h"
#include "rest/RestClient.h"
#include "rest/WebhookCredential.h"

#include <QAbstractItemModelTester>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <functional>
#include <memory>

namespace modeltest {

// A tester attached to a model before any data arrives. With `useFetchMore` it behaves like a
// view scrolled to the end: it asks for more after every change until the list ends.
inline std::unique_ptr<QAbstractItemModelTester> testerFor(QAbstractItemModel *model,
                                                           bool useFetchMore = true)
{
    auto tester = std::make_unique<QAbstractItemModelTester>(
        model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester->setUseFetchMore(useFetchMore);
    return tester;
}

inline mb::ClientOptions fastOptions()
{
    mb::ClientOptions options;
    options.retryBaseDelayMs = 20;
    options.timeoutMs = 10000;
    return options;
}

// A RestClient with the credential it signs with (a client does not own its credential).
struct Client
{
    std::unique_ptr<mb::WebhookCredential> credential;
    std::unique_ptr<mb::RestClient> client;
    mb::RestClient *get() const { return client.get(); }
};

inline Client clientFor(const QUrl &webhook, const mb::ClientOptions &options)
{
    Client c;
    const auto parts = mb::WebhookCredential::parse(webhook);
    if (!parts)
        qFatal("not a webhook URL: %s", qPrintable(webhook.toString()));
    c.credential = std::make_unique<mb::WebhookCredential>(*parts);
    c.client = std::make_unique<mb::RestClient>(c.credential.get());
    c.client->setOptions(options);
    return c;
}

struct Portal
{
    explicit Portal(const fake::PortalConfig &config = {},
                    const mb::ClientOptions &clientOptions = fastOptions())
        : portal(config)
        , options(clientOptions)
    {
        QString error;
        started = portal.start(0, &error);
        if (!started)
            qWarning("portal did not start: %s", qPrintable(error));
    }

    Client newClient() const { return clientFor(portal.webhookUrl(), options); }
    int calls(const QString &method) const { return portal.stats().perMethod.value(method); }

    fake::FakePortal portal;
    bool started = false;
    mb::ClientOptions options;
};

// Passes every request on to the portal and every answer back, after `edit` has had its say
// on the answer's JSON: a newer portal, for the paths the local portal cannot take (a field
// or an attribute the documentation does not list).
class Relay
{
public:
    // The method name (last path element) and the whole answer body, to change in place.
    using Edit = std::function<void(const QString &method, QJsonObject &body)>;

    Relay(const fake::FakePortal &portal, Edit edit)
        : m_target(portal.baseUrl())
        , m_edit(std::move(edit))
        , m_listener(false,
                     [this](const fake::HttpRequest &request, QHttpServerResponder &&responder) {
                         forward(request, std::move(responder));
                     })
    {
        m_port = m_listener.listen(QHostAddress::LocalHost, 0);
        m_webhook = portal.webhookUrl();
        m_webhook.setPort(m_port);
    }

    bool listening() const { return m_port != 0; }
    // The portal's webhook, through the relay.
    QUrl webhookUrl() const { return m_webhook; }

private:
    void forward(const fake::HttpRequest &request, QHttpServerResponder &&responder)
    {
        QUrl url = m_target;
        url.setPath(request.url.path());
        url.setQuery(request.url.query());
        QNetworkRequest out(url);
        out.setHeader(QNetworkRequest::ContentTypeHeader, request.header("Content-Type"));
        QNetworkReply *reply = m_nam.sendCustomRequest(out, request.verb, request.body);
        auto kept = std::make_shared<QHttpServerResponder>(std::move(responder));
        QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply, kept] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            QByteArray body = reply->readAll();
            QJsonObject json = QJsonDocument::fromJson(body).object();
            if (!json.isEmpty()) {
                m_edit(reply->url().path().section(QLatin1Char('/'), -1), json);
                body = QJsonDocument(json).toJson(QJsonDocument::Compact);
            }
            kept->write(body, "application/json; charset=utf-8",
                        QHttpServerResponder::StatusCode(status ? status : 502));
        });
    }

    QUrl m_target;
    Edit m_edit;
    QNetworkAccessManager m_nam;
    fake::HttpListener m_listener;
    quint16 m_port = 0;
    QUrl m_webhook;
};

} // namespace modeltest
