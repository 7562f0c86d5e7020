#include "ListJob.h"

#include "CallLater.h"
#include "Credential.h"
#include "ListPageReader.h"
#include "RestClient.h"
#include "RestReply.h"

#include <QHash>
#include <QJsonDocument>
#include <QTimer>

#include <algorithm>
#include <climits>

namespace mb {

namespace {
QJsonObject withPage(QJsonObject params, int page, int limit)
{
    params.insert(QLatin1String("pagination"),
                  QJsonObject{{QLatin1String("page"), page}, {QLatin1String("limit"), limit}});
    return params;
}
} // namespace

ListJob::ListJob(RestClient *client, const QString &method, const QJsonObject &params, bool paged,
                 QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_method(method)
    , m_params(params)
    , m_paged(paged)
{}

ListJob::~ListJob()
{
    if (m_reply)
        delete m_reply.data(); // aborts the call in flight
}

void ListJob::setMaxRows(qint64 maxRows)
{
    m_maxRows = maxRows;
    // With a small cap one exact page is enough.
    if (maxRows > 0 && maxRows < m_limit)
        m_limit = int(maxRows);
}

void ListJob::fetchMore(int pages)
{
    if (m_finished)
        return;
    if (m_taking) {
        // Asked while this reply's rows are handed out: counted from the end of the reply,
        // not added to the pages it still holds.
        m_wantedAfterTaking = std::max(m_wantedAfterTaking, std::max(1, pages));
        return;
    }
    m_wantedPages += std::max(1, pages);
    requestNext();
}

void ListJob::fetchAll()
{
    if (m_finished)
        return;
    m_wantAll = true;
    requestNext();
}

void ListJob::abort()
{
    if (m_finished)
        return;
    const bool wasFetching = isFetching();
    if (m_reply)
        delete m_reply.data();
    m_finished = true;
    m_error = RestError(RestError::Category::Aborted);
    if (wasFetching)
        Q_EMIT fetchingChanged(false);
    callLater(this, [this] { Q_EMIT finished(); });
}

bool ListJob::canResume() const
{
    return m_finished && m_error.isError() && !m_listInconsistent &&
           m_error.category() != RestError::Category::Aborted && m_client;
}

bool ListJob::resume()
{
    if (!canResume())
        return false;
    // Pages are delivered whole and m_nextPage moves past each one delivered, so it names
    // the first page not delivered; a short first page held back for its check (a cap) is
    // still page 1.
    m_finished = false;
    m_error = {};
    m_wantedPages = std::max(1, m_wantedWhenFailed);
    requestNext();
    return true;
}

bool ListJob::batchUsable() const
{
    const Credential *credential = m_client ? m_client->credential() : nullptr;
    return m_paged && !m_forceSingle && credential && credential->supportsBatch() &&
           m_client->options().useBatch && m_client->options().batchPages >= 2;
}

int ListJob::batchSize(int most) const
{
    // Pages 1–2 first (the first rows after one answer, and a short list ends there); then
    // whole batches: 10,000 rows take 3 requests, as few as a client can (pages past the end
    // come back empty, each costing the portal a little of the method's operating budget;
    // at most one batch's worth, once).
    const qint64 read = m_nextPage - 1;
    return read == 0 ? 2 : std::max(2, most);
}

void ListJob::requestNext()
{
    // While a reply's pages are being handed out, a receiver may ask for more: the wish is
    // noted and served once every page of that reply is taken (onReply()).
    if (m_finished || m_reply || m_taking || (!m_wantAll && m_wantedPages <= 0))
        return;
    if (!m_client) {
        callLater(this, [this] { finish(RestError(RestError::Category::Aborted)); });
        return;
    }
    if (m_maxRows == 0) {
        callLater(this, [this] { finish({}); });
        return;
    }

    if (!m_paged) {
        m_inFlight = {Page{1, 0}};
        m_reply = m_client->call(m_method, m_params);
    } else {
        int pages = 1;
        if (batchUsable()) {
            const int most = m_client->options().batchPages;
            pages = m_wantAll ? batchSize(most) : std::min(m_wantedPages, most);
            // The first request carries pages 1 and 2 alone: page 2 tells a short list from a
            // cap, most lists end there, and the first rows come after one answer.
            if (m_nextPage == 1 && !m_capped)
                pages = 2;
        }
        if (m_maxRows > 0) {
            const qint64 left = m_maxRows - m_delivered;
            pages =
                int(std::max<qint64>(1, std::min<qint64>(pages, (left + m_limit - 1) / m_limit)));
        }
        m_inFlight.clear();
        for (int i = 0; i < pages; ++i)
            m_inFlight.append(Page{m_nextPage + i, m_limit});
        if (pages == 1) {
            m_reply = m_client->call(m_method, withPage(m_params, m_nextPage, m_limit));
        } else {
            QList<BatchCall> calls;
            for (const Page &page : std::as_const(m_inFlight))
                calls.append({m_method, withPage(m_params, page.number, page.limit)});
            m_reply = m_client->batch(calls);
        }
    }
    // The pages are read where the body is (a worker thread for a large one): a pure function
    // of the answer and of what was asked.
    QList<int> limits;
    for (const Page &page : std::as_const(m_inFlight))
        limits.append(page.limit);
    m_reply->setPrepare([limits, batch = m_inFlight.size() > 1,
                         paged = m_paged](const QJsonValue &result, int httpStatus) {
        return std::any(ListPageReader::read(result, limits, batch, paged, httpStatus));
    });
    ++m_requests;
    connect(m_reply, &RestReply::finished, this, &ListJob::onReply);
    Q_EMIT fetchingChanged(true);
}

void ListJob::onReply()
{
    if (m_taking) {
        // The answer sent ahead came while the one before is still handed out: it waits
        // until every page before it is out.
        m_replyWaits = true;
        return;
    }
    RestReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const QList<Page> pages = std::exchange(m_inFlight, {});
    const bool wasBatch = pages.size() > 1;

    if (reply->error().isError()) {
        // The portal took neither way of carrying the token on a batch: page by page, then.
        const Credential *credential = m_client ? m_client->credential() : nullptr;
        if (wasBatch && reply->error().category() == RestError::Category::Authentication &&
            credential && !credential->supportsBatch()) {
            m_forceSingle = true;
            requestNext();
            return;
        }
        finish(reply->error());
        return;
    }

    ListPageReader::Answer answer;
    if (const auto *read = std::any_cast<ListPageReader::Answer>(&reply->prepared())) {
        answer = *read;
    } else {
        QList<int> limits;
        for (const Page &page : pages)
            limits.append(page.limit);
        answer =
            ListPageReader::read(reply->result(), limits, wasBatch, m_paged, reply->httpStatus());
    }
    if (!answer.inconsistency.isEmpty()) {
        fail(answer.inconsistency, reply->httpStatus());
        return;
    }
    // Every page is checked at once (cheap), so whether the list goes on is known before
    // anything is handed out; handing them out (the receivers' work) is what takes turns.
    m_taking = true;
    m_answer = {};
    checkAnswer(answer.pages, pages, reply->httpStatus());
    // Every page full: the list goes on, so the next batch goes out before these rows are
    // handed out, and the portal works while the receivers do.
    if (!m_answer.ends && wasBatch && m_wantAll && m_maxRows < 0 && allFull(answer.pages, pages)) {
        m_taking = false;
        requestNext();
        m_taking = true;
    }
    takeSome();
}

void ListJob::takeSome()
{
    // The pages of one answer (up to 50) go out over as many event-loop turns as the
    // receivers need, each turn about TakeBudgetMs, so a GUI thread keeps painting.
    QElapsedTimer turn;
    turn.start();
    for (bool first = true; !m_finished && m_answer.next < m_answer.rows.size(); first = false) {
        if (!first && turn.nsecsElapsed() >= TakeBudgetMs * 1'000'000LL) {
            QTimer::singleShot(0, this, &ListJob::takeSome);
            return;
        }
        take(m_answer.rows.at(m_answer.next++));
    }
    const Taking taken = std::exchange(m_answer, {});
    m_taking = false;
    m_wantedPages = std::max(m_wantedPages, std::exchange(m_wantedAfterTaking, 0));
    const bool replyWaits = std::exchange(m_replyWaits, false);
    if (m_finished)
        return; // aborted, or maxRows reached
    if (taken.ends) {
        m_listInconsistent = taken.inconsistent;
        finish(taken.error);
        return;
    }
    if (replyWaits) {
        onReply();
        return;
    }
    requestNext();
    if (!isFetching() && !m_finished)
        Q_EMIT fetchingChanged(false);
}

bool ListJob::allFull(const QList<ListPageReader::Page> &payloads, const QList<Page> &pages)
{
    for (qsizetype i = 0; i < payloads.size(); ++i) {
        if (!payloads.at(i).ok() || payloads.at(i).rows.size() != pages.at(i).limit)
            return false;
    }
    return !payloads.isEmpty();
}

void ListJob::checkAnswer(const QList<ListPageReader::Page> &payloads, const QList<Page> &pages,
                          int httpStatus)
{
    for (qsizetype i = 0; i < payloads.size(); ++i) {
        QJsonArray rows;
        if (!rowsOf(payloads.at(i), httpStatus, &rows))
            return;
        if (!m_paged) {
            m_answer.rows.append(rows);
            endWith({});
            return;
        }
        if (rows.isEmpty()) {
            endWith({}); // the end
            return;
        }
        const QByteArray &print = payloads.at(i).print;
        const int number = pages.at(i).number;
        const bool firstPage = m_delivered == 0 && !m_capped && number == 1;
        // Short as the portal sent it: rows dropped as repeats do not make a page short.
        const bool shortPage = rows.size() < pages.at(i).limit;
        if (firstPage && shortPage) {
            // The end of a short list, or the server's cap: the next page tells.
            if (i + 1 < payloads.size()) {
                QJsonArray next;
                if (!rowsOf(payloads.at(i + 1), httpStatus, &next))
                    return;
                if (next.isEmpty()) {
                    if (checkPage(number, &rows, print, httpStatus)) {
                        m_answer.rows.append(rows);
                        endWith({});
                    }
                    return;
                }
                if (payloads.at(i + 1).print == print) {
                    failWith(
                        tr("the portal sent page %1 again as page %2").arg(number).arg(number + 1),
                        httpStatus);
                    return;
                }
            }
            if (!checkPage(number, &rows, print, httpStatus))
                return;
            m_answer.rows.append(rows);
            // Ask with the cap as the limit: page 2 then starts right after these rows
            // however the server applies its cap. Later pages of this batch asked with the
            // old limit; they are not used.
            m_limit = int(rows.size());
            m_capped = true;
            m_nextPage = 2;
            m_wantedPages = std::max(0, m_wantedPages - 1);
            return;
        }

        if (!checkPage(number, &rows, print, httpStatus))
            return;
        m_answer.rows.append(rows);
        m_nextPage = number + 1;
        m_wantedPages = std::max(0, m_wantedPages - 1);
        if (shortPage) {
            endWith({}); // shorter than every page before it: the end
            return;
        }
    }
}

bool ListJob::checkPage(int number, QJsonArray *rows, const QByteArray &print, int httpStatus)
{
    // Counted as sent, repeats included: a list of ever new rows ends here too.
    m_received += rows->size();
    const qint64 most = m_client ? m_client->options().maxListRows : 0;
    if (most > 0 && m_received > most) {
        failWith(tr("the portal sent more than %Ln row(s)", nullptr,
                    int(std::min<qint64>(most, INT_MAX))),
                 httpStatus);
        return false;
    }
    if (const auto seen = m_pagePrints.constFind(print); seen != m_pagePrints.cend()) {
        failWith(tr("the portal sent page %1 again as page %2").arg(*seen).arg(number), httpStatus);
        return false;
    }
    m_pagePrints.insert(print, number);
    QJsonArray fresh;
    for (const QJsonValue &row : std::as_const(*rows)) {
        const quint64 key = rowKey(row.toObject());
        if (m_rowKeys.contains(key))
            continue;
        m_rowKeys.insert(key);
        fresh.append(row);
    }
    if (fresh.isEmpty()) {
        // Other rows in another order, or a page shifted into the ones before: a cycle.
        failWith(tr("the portal sent page %1 with only rows it had sent before").arg(number),
                 httpStatus);
        return false;
    }
    *rows = fresh;
    return true;
}

quint64 ListJob::rowKey(const QJsonObject &row) const
{
    return keyOf(QJsonDocument(row).toJson(QJsonDocument::Compact));
}

quint64 ListJob::keyOf(const QByteArray &text)
{
    // A seeded hash, not a digest: rows come by the hundred thousand. Two rows alike by
    // chance (2^-64 a pair) would lose one; a portal cannot aim at that without the seed.
    const size_t seed = QHashSeed::globalSeed();
    if constexpr (sizeof(size_t) >= sizeof(quint64))
        return quint64(qHashBits(text.constData(), size_t(text.size()), seed));
    return (quint64(qHashBits(text.constData(), size_t(text.size()), seed)) << 32) |
           quint64(qHashBits(text.constData(), size_t(text.size()), ~seed));
}

bool ListJob::rowsOf(const ListPageReader::Page &page, int httpStatus, QJsonArray *rows)
{
    if (std::optional<RestError> error = page.error) {
        // Over the method's budget: the client paused the method (as for a plain call), and
        // the error says until when.
        if (error->category() == RestError::Category::OperationTimeLimit && m_client) {
            if (const qint64 wait = m_client->pausedForSecs(m_method); wait > 0) {
                error->setRetryAfterSecs(wait);
                error->setPause(m_method, m_client->pausedUntil(m_method));
            }
        }
        endWith(*error);
        return false;
    }
    if (!page.inconsistency.isEmpty()) {
        failWith(page.inconsistency, httpStatus);
        return false;
    }
    *rows = page.rows;
    return true;
}

void ListJob::take(const QJsonArray &rows)
{
    QJsonArray taken = rows;
    if (m_maxRows >= 0) {
        while (m_delivered + taken.size() > m_maxRows)
            taken.removeLast();
    }
    m_delivered += taken.size();
    if (!taken.isEmpty()) {
        Q_EMIT rowsArrived(taken);
        deliver(taken);
    }
    if (m_maxRows >= 0 && m_delivered >= m_maxRows)
        finish({});
}

RestError ListJob::protocolError(const QString &detail, int httpStatus)
{
    RestError error(RestError::Category::Protocol, httpStatus);
    error.setDetail(detail);
    return error;
}

void ListJob::fail(const QString &detail, int httpStatus)
{
    m_listInconsistent = true;
    finish(protocolError(detail, httpStatus));
}

void ListJob::endWith(const RestError &error)
{
    m_answer.ends = true;
    m_answer.error = error;
}

void ListJob::failWith(const QString &detail, int httpStatus)
{
    endWith(protocolError(detail, httpStatus));
    m_answer.inconsistent = true;
}

void ListJob::finish(const RestError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    // A request sent ahead (onReply()) is not needed any more. It is dropped in the turn it
    // was made in, before anything went out, so it does not count.
    if (m_reply) {
        delete m_reply.data();
        m_inFlight.clear();
        --m_requests;
    }
    m_wantedWhenFailed = std::max(m_wantedPages, std::max(m_wantedAfterTaking, 1));
    Q_EMIT fetchingChanged(false);
    Q_EMIT finished();
}

} // namespace mb
