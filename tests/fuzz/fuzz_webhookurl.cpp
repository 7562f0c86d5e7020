// A pasted incoming-webhook address, read the way the account dialog and `b24mail
// add-webhook` read it, and the masked form that may be shown.
#include "FuzzInput.h"
#include "rest/WebhookCredential.h"

#include <QUrl>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString pasted = QString::fromUtf8(mb::fuzz::bytes(data, size));
    QString why;
    if (const auto parts =
            mb::WebhookCredential::parse(QUrl(pasted.trimmed(), QUrl::TolerantMode), &why)) {
        const mb::WebhookCredential credential(*parts);
        (void)credential.baseUrl();
        (void)credential.maskedUrl();
        (void)credential.displayUrl(QStringLiteral("mail.mailbox.list"));
    }
    return 0;
}
