// The OAuth server's answer to a code exchange or refresh: the token pair, or its error.
#include "FuzzInput.h"
#include "auth/OAuthError.h"
#include "auth/TokenGrant.h"
#include "rest/SecretRedactor.h"

#include <QDateTime>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonObject json = QJsonDocument::fromJson(mb::fuzz::bytes(data, size)).object();
    static const QDateTime receivedAt = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
    mb::OAuthError error;
    if (const auto grant = mb::TokenGrant::fromJson(json, receivedAt, &error))
        (void)grant->expiresAt.isValid();
    else
        (void)error.userMessage();
    const mb::OAuthError server = mb::OAuthError::fromServer(
        json.value(QLatin1String("error")).toString(),
        json.value(QLatin1String("error_description")).toString(), 400, true);
    (void)server.userMessage();
    // Every token seen is remembered for redaction; a fuzzer sees millions.
    mb::SecretRedactor::instance().clear();
    return 0;
}
