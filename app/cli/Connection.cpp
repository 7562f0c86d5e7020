#include "Connection.h"

#include "CliOptions.h"
#include "Console.h"
#include "rest/AccessTokenCredential.h"
#include "rest/ClientOptions.h"
#include "rest/RestClient.h"
#include "rest/SecretRedactor.h"
#include "rest/WebhookCredential.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QSslCertificate>

namespace mb::cli {

namespace {

const QString webhookVariable = QStringLiteral("B24_WEBHOOK_URL");
const QString tokenVariable = QStringLiteral("B24_ACCESS_TOKEN");

} // namespace

std::unique_ptr<Connection> Connection::open(const CliOptions &options,
                                             const QProcessEnvironment &environment, QString *error)
{
    std::unique_ptr<Connection> connection(new Connection);
    if (!connection->createCredential(options, environment, error) ||
        !connection->createClient(options, error)) {
        return nullptr;
    }
    return connection;
}

bool Connection::createCredential(const CliOptions &options, const QProcessEnvironment &environment,
                                  QString *error)
{
    if (!options.portalUrl.isEmpty()) {
        const QString token = environment.value(tokenVariable).trimmed();
        if (token.isEmpty()) {
            *error = tr("--portal needs an access token in %1.").arg(tokenVariable);
            return false;
        }
        SecretRedactor::instance().add(token.toUtf8());
        const QUrl portal(options.portalUrl.trimmed(), QUrl::StrictMode);
        const bool web = portal.scheme() == u"https" || portal.scheme() == u"http";
        if (!portal.isValid() || !web || portal.host().isEmpty()) {
            *error = tr("'%1' is not a portal address such as https://example.bitrix24.com/.")
                         .arg(options.portalUrl);
            return false;
        }
        m_credential = new AccessTokenCredential(portal, token, this);
    } else {
        const QString text =
            options.webhookUrl.isEmpty() ? environment.value(webhookVariable) : options.webhookUrl;
        if (text.trimmed().isEmpty()) {
            *error = tr("No portal to talk to: pass --webhook URL, set %1, or use --portal "
                        "with %2.")
                         .arg(webhookVariable, tokenVariable);
            return false;
        }
        // The URL is not repeated in the message: it may hold the secret code, and we only
        // know which part that is once parsing succeeded.
        QString why;
        const auto parts = WebhookCredential::parse(QUrl(text.trimmed()), &why);
        if (!parts) {
            *error = tr("The webhook URL is not usable: %1").arg(why);
            return false;
        }
        m_credential = new WebhookCredential(*parts, this);
    }
    SecretRedactor::instance().addAll(m_credential->secrets());
    return true;
}

bool Connection::createClient(const CliOptions &options, QString *error)
{
    ClientOptions clientOptions;
    if (options.timeoutMs)
        clientOptions.timeoutMs = *options.timeoutMs;
    if (options.retries)
        clientOptions.maxRetries = *options.retries;
    if (!options.caFile.isEmpty()) {
        QFile file(options.caFile);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("Cannot read the CA file %1: %2").arg(options.caFile, file.errorString());
            return false;
        }
        const QList<QSslCertificate> certificates =
            QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (certificates.isEmpty()) {
            *error = tr("The CA file %1 holds no PEM certificate.").arg(options.caFile);
            return false;
        }
        clientOptions.extraCaCertificates = certificates;
    }

    m_client = new RestClient(this);
    m_client->setOptions(clientOptions);
    m_client->setCredential(m_credential);
    if (options.verbose) {
        // The client hands us the URL redacted already; Console redacts once more.
        connect(m_client, &RestClient::exchangeFinished, this,
                [](const QString &, const QString &url, int httpStatus, qint64 elapsedMs,
                   const RestError &failure) {
                    // One multi-argument arg(): a %2F in the URL must not count as a placeholder.
                    const QString ms = QString::number(elapsedMs);
                    QString line =
                        httpStatus > 0
                            ? tr("%1: HTTP %2 in %3 ms").arg(url, QString::number(httpStatus), ms)
                            : tr("%1: no HTTP answer after %2 ms").arg(url, ms);
                    if (failure.isError())
                        line += QStringLiteral(" (%1)").arg(failure.userMessage());
                    Console::error(line);
                });
    }
    return true;
}

} // namespace mb::cli
