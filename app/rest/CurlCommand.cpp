#include "CurlCommand.h"

#include "Credential.h"
#include "Exchange.h"
#include "SecretRedactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QStringList>

namespace mb {

QString CurlCommand::shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString CurlCommand::build(const Exchange &exchange, const Credential *credential)
{
    QString url = exchange.url;
    QByteArray body = exchange.requestBody.toUtf8();
    QStringList headers{QStringLiteral("Content-Type: application/json"),
                        QStringLiteral("Accept: application/json")};
    if (credential) {
        // Signed the way RestCall signs: the recorded body had its `auth` masked, and a
        // Bearer header was never recorded.
        QNetworkRequest request(credential->methodUrl(exchange.method));
        const QJsonDocument sent = QJsonDocument::fromJson(body);
        if (sent.isArray()) {
            credential->authorize(request, nullptr);
            body = QJsonDocument(sent.array()).toJson(QJsonDocument::Compact);
        } else if (sent.isObject()) {
            QJsonObject object = sent.object();
            credential->authorize(request, &object);
            body = QJsonDocument(object).toJson(QJsonDocument::Compact);
        }
        url = request.url().toString(QUrl::FullyEncoded);
        for (const QByteArray &name : request.rawHeaderList()) {
            if (name.compare("Content-Type", Qt::CaseInsensitive) != 0 &&
                name.compare("Accept", Qt::CaseInsensitive) != 0)
                headers << QString::fromUtf8(name + ": " + request.rawHeader(name));
        }
    }
    QStringList parts{QStringLiteral("curl -sS -X POST"), shellQuote(url)};
    for (const QString &header : std::as_const(headers))
        parts << QStringLiteral("-H") << shellQuote(header);
    if (!body.isEmpty())
        parts << QStringLiteral("--data-raw") << shellQuote(QString::fromUtf8(body));
    return parts.join(QLatin1Char(' '));
}

QString CurlCommand::masked(const Exchange &exchange, const Credential *credential)
{
    return SecretRedactor::instance().redact(build(exchange, credential));
}

QString CurlCommand::withSecret(const Exchange &exchange, const Credential *credential)
{
    if (!credential)
        return {};
    return build(exchange, credential);
}

} // namespace mb
