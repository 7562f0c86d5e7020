#pragma once

#include <QByteArray>

namespace mb {

// Tunables of RestClient. Defaults follow the documented cloud limits.
struct ClientOptions
{
    int timeoutMs = 30'000;                 // whole request, first byte to last
    qint64 maxBodyBytes = 16 * 1024 * 1024; // larger answers are refused as Protocol
    // An answer body this large or larger is read (JSON, envelope, RestReply::setPrepare) on
    // QThreadPool::globalInstance(), not on the thread of the client: a batch of 2,500 rows
    // is half a megabyte, tens of milliseconds of a GUI thread. < 0: never.
    qint64 offThreadBodyBytes = 64 * 1024;
    // Client-side leaky bucket mirroring the portal's (burst 50 at 2/s; Enterprise 250 at 5/s).
    double rateBurst = 50;
    double rateDrainPerSec = 2;
    bool rateLimitEnabled = true;
    int maxRetries = 3;          // reads retried after 503 / transient failures
    int retryBaseDelayMs = 1000; // first back-off, grows ×1.5..2 with ±10 % jitter
    int retryMaxDelayMs = 30'000;
    int maxConcurrent = 1; // one request stream per portal, as the docs ask
    int maxRedirects = 5;
    // A renamed portal within its registrable domain (RegistrableDomain) is always followed.
    // One that redirects to another domain may have changed hands: by default the call
    // fails with PortalMoved so that the user decides; Allow follows it (b24mail --allow-move).
    enum class MovePolicy { Refuse, Allow };
    MovePolicy movePolicy = MovePolicy::Refuse;
    bool useBatch = true; // fetch list pages through v3 `batch` where possible
    // Most pages per batch call: the documented maximum of 50 commands (§7). A list's first
    // batch carries 2 pages, every later one this many.
    int batchPages = 50;
    // A list that sends more rows than this is hostile or broken: the job ends with an error.
    qint64 maxListRows = 1'000'000;
    QByteArray userAgent = QByteArrayLiteral("MailboxBrowser/" MB_VERSION);
};

} // namespace mb
