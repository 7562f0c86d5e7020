// The browser's request to the loopback redirect listener: the request head, and the code
// and state read from its query the way the sign-in reads them.
#include "FuzzInput.h"
#include "auth/RedirectRequest.h"

#include <QUrl>
#include <QUrlQuery>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const mb::RedirectRequest request =
        mb::RedirectRequest::parse(mb::fuzz::bytes(data, size), 16 * 1024);
    if (request.verdict == mb::RedirectRequest::Verdict::Get && request.query) {
        QUrl url(QStringLiteral("http://127.0.0.1:1/"));
        url.setQuery(*request.query, QUrl::TolerantMode);
        const QUrlQuery query(url);
        (void)query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
        (void)query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
        (void)query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
    }
    return 0;
}
