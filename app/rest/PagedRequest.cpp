#include "PagedRequest.h"

#include "Credential.h"
#include "RestClient.h"
#include "RestReply.h"

namespace mb {

PagedRequest::PagedRequest(RestClient *client, const QString &method, const QJsonObject &params,
                           qint64 maxItems, int pageSize, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_method(method)
    , m_params(params)
    , m_maxItems(maxItems)
    , m_pageSize(std::clamp(pageSize, 1, 100)) // the portal serves at most 100 per page
{
    // With a small cap one exact page is enough, and offsets stay consistent.
    if (m_maxItems >= 0 && m_maxItems < m_pageSize)
        m_pageSize = int(std::max<qint64>(1, m_maxItems));
}

PagedRequest::~PagedRequest()
{
    if (m_reply)
        delete m_reply.data(); // aborts the call in flight
}

void PagedRequest::start()
{
    if (m_started)
        return;
    m_started = true;
    if (m_maxItems == 0) {
        QMetaObject::invokeMethod(
            this, [this] { finish({}); }, Qt::QueuedConnection);
        return;
    }
    requestNext();
}

void PagedRequest::stop()
{
    if (m_finished)
        return;
    if (m_reply)
        delete m_reply.data();
    finish(RestError(RestError::Category::Aborted));
}

namespace {
QJsonObject withPage(QJsonObject params, int page, int limit)
{
    params.insert(QLatin1String("pagination"),
                  QJsonObject{{QLatin1String("page"), page}, {QLatin1String("limit"), limit}});
    return params;
}
} // namespace

void PagedRequest::requestNext()
{
    const ClientOptions &options = m_client->options();
    const Credential *credential = m_client->credential();
    int pages = 1;
    // The first page goes alone (most lists fit in one); later ones ride in batches.
    if (m_nextPage > 1 && options.useBatch && credential && credential->supportsBatch()) {
        pages = options.batchPages;
        if (m_maxItems >= 0) {
            const qint64 left = m_maxItems - m_items.size();
            pages = int(std::min<qint64>(pages, (left + m_pageSize - 1) / m_pageSize));
        }
    }
    ++m_requests;
    if (pages <= 1) {
        m_reply = m_client->call(m_method, withPage(m_params, m_nextPage, m_pageSize));
    } else {
        QList<BatchCall> calls;
        for (int i = 0; i < pages; ++i)
            calls.append({m_method, withPage(m_params, m_nextPage + i, m_pageSize)});
        m_reply = m_client->batch(calls);
    }
    connect(m_reply, &RestReply::finished, this, &PagedRequest::onReply);
}

void PagedRequest::onReply()
{
    RestReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    if (reply->error().isError()) {
        finish(reply->error());
        return;
    }

    // A batch answers with one result payload per page, a single call with one payload.
    const QJsonValue result = reply->result();
    const QJsonArray payloads =
        reply->method() == QLatin1String("batch") ? result.toArray() : QJsonArray{result};
    for (const QJsonValue &payload : payloads) {
        const QJsonObject object = payload.toObject();
        // A failed command of a batch stands in its slot as an error body.
        if (auto error = RestError::fromBody(reply->httpStatus(), object)) {
            finish(*error);
            return;
        }
        const QJsonValue items = object.value(QLatin1String("items"));
        if (!items.isArray()) {
            RestError error(RestError::Category::Protocol, reply->httpStatus());
            error.setDetail(tr("a list answer without “items”"));
            finish(error);
            return;
        }
        if (!takePage(items.toArray())) {
            finish({});
            return;
        }
    }
    requestNext();
}

bool PagedRequest::takePage(const QJsonArray &page)
{
    QJsonArray taken = page;
    while (m_maxItems >= 0 && m_items.size() + taken.size() > m_maxItems)
        taken.removeLast();
    for (const QJsonValue &v : std::as_const(taken))
        m_items.append(v);
    const int pageNumber = m_nextPage++;
    if (!taken.isEmpty()) {
        Q_EMIT pageReceived(taken, pageNumber);
        Q_EMIT progress(m_items.size());
    }
    // No total and no next marker: a short or empty page ends the list.
    const bool capped = m_maxItems >= 0 && m_items.size() >= m_maxItems;
    return page.size() >= m_pageSize && !capped;
}

void PagedRequest::finish(const RestError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    Q_EMIT finished();
}

} // namespace mb
