#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include "RestError.h"

namespace mb {

class RestClient;
class RestReply;

// Walks a REST 3.0 list method page by page. Lists carry no total and no next marker,
// so it asks with an explicit limit and stops at a short or empty page. After a full
// first page it fetches several pages per v3 `batch` call, when the credential allows,
// to spend fewer requests against the rate limit.
class PagedRequest : public QObject
{
    Q_OBJECT
public:
    // maxItems < 0 fetches everything.
    PagedRequest(RestClient *client, const QString &method, const QJsonObject &params,
                 qint64 maxItems = -1, int pageSize = 100, QObject *parent = nullptr);
    ~PagedRequest() override;

    void start();
    // Stops early: aborts the call in flight; finished() follows with Aborted.
    void stop();

    bool isFinished() const { return m_finished; }
    const QJsonArray &items() const { return m_items; }
    const RestError &error() const { return m_error; }
    int requestsMade() const { return m_requests; }

Q_SIGNALS:
    // Items of one page, in order, as they arrive.
    void pageReceived(const QJsonArray &items, int pageNumber);
    void progress(qint64 itemsSoFar);
    void finished();

private:
    void requestNext();
    void onReply();
    bool takePage(const QJsonArray &page); // returns false when the list has ended
    void finish(const RestError &error);

    RestClient *m_client;
    QString m_method;
    QJsonObject m_params;
    qint64 m_maxItems;
    int m_pageSize;
    int m_nextPage = 1;
    int m_requests = 0;
    bool m_finished = false;
    bool m_started = false;
    QJsonArray m_items;
    RestError m_error;
    QPointer<RestReply> m_reply;
};

} // namespace mb
