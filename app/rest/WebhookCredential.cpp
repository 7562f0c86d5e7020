#include "WebhookCredential.h"

#include "SecretRedactor.h"

#include <QRegularExpression>

namespace mb {

namespace {
bool isDigits(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]+$"));
    return re.match(s).hasMatch();
}

bool isCode(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-]{4,}$"));
    return re.match(s).hasMatch();
}
} // namespace

std::optional<WebhookCredential::Parts> WebhookCredential::parse(const QUrl &input, QString *why)
{
    const auto fail = [why](const QString &reason) {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    if (!Credential::isAcceptablePortalUrl(input, why))
        return std::nullopt;

    // …/rest/[api/]{user_id}/{code}[/{method}] ; a portal may live in a subfolder, so
    // look for the first `rest` segment that such a tail follows.
    const QStringList segments = input.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (segments[i] != QLatin1String("rest"))
            continue;
        qsizetype j = i + 1;
        if (j < segments.size() && segments[j] == QLatin1String("api"))
            ++j;
        if (j + 1 >= segments.size() || !isDigits(segments[j]) || !isCode(segments[j + 1]))
            continue;
        // At most a method name may follow the code.
        if (j + 2 < segments.size() - 1)
            continue;
        Parts parts;
        QUrl portal;
        portal.setScheme(input.scheme().toLower());
        portal.setHost(input.host());
        portal.setPort(input.port());
        const QStringList prefix = segments.mid(0, i);
        portal.setPath(QLatin1Char('/') + prefix.join(QLatin1Char('/')) +
                       (prefix.isEmpty() ? QString() : QStringLiteral("/")));
        parts.portal = portal;
        parts.userId = segments[j];
        parts.code = segments[j + 1];
        return parts;
    }
    return fail(tr("This is not an incoming webhook address. It looks like "
                   "https://your-portal/rest/1/abc123def456/."));
}

WebhookCredential::WebhookCredential(const Parts &parts, QObject *parent)
    : Credential(parent)
    , m_parts(parts)
{
    SecretRedactor::instance().add(m_parts.code.toUtf8());
}

QUrl WebhookCredential::baseUrl() const
{
    return methodUrlOn(m_parts.portal, QString());
}

QString WebhookCredential::maskCode(const QString &code)
{
    // Two leading characters tell webhooks apart without giving the code away.
    return code.size() >= 10 ? code.left(2) + SecretRedactor::mask() : SecretRedactor::mask();
}

QString WebhookCredential::maskedUrl() const
{
    QUrl url = m_parts.portal;
    return url.toString() +
           QStringLiteral("rest/api/%1/%2/").arg(m_parts.userId, maskCode(m_parts.code));
}

QUrl WebhookCredential::methodUrlOn(const QUrl &portal, const QString &method) const
{
    QUrl url = portal;
    url.setPath(url.path() + QStringLiteral("rest/api/%1/%2/").arg(m_parts.userId, m_parts.code) +
                method);
    return url;
}

void WebhookCredential::authorize(QNetworkRequest &, QJsonObject *) const
{
    // The code in the path is the credential.
}

QByteArrayList WebhookCredential::secrets() const
{
    return {m_parts.code.toUtf8()};
}

QString WebhookCredential::displayUrl(const QString &method) const
{
    return maskedUrl() + method;
}

void WebhookCredential::relocate(const QUrl &newPortalUrl)
{
    m_parts.portal = newPortalUrl;
    Q_EMIT changed();
}

} // namespace mb
