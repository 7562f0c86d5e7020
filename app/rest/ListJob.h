#pragma once

#include "ListPageReader.h"
#include "RestError.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace mb {

class RestClient;
class RestReply;

// Walks one REST 3.0 list method page by page and hands each page's rows to the typed job
// built on it (MailboxListJob, SenderListJob, FieldListJob). It pulls only what it is asked
// for (fetchMore, fetchAll), so a model can ask for exactly what its view shows, and it
// keeps no copy of the rows it delivered.
//
// Lists carry no total and no next marker (docs §3.6), and servers may cap pages silently,
// so the end is never guessed from one short page alone:
// - pages go out with an explicit limit (100), several to a v3 `batch`;
// - the first request carries pages 1 and 2 when batch is possible, so a short first page
//   is confirmed (page 2 empty: the end) or shown to be a cap (page 2 not empty) at no cost,
//   and the first rows come after one answer; later batches carry
//   ClientOptions::batchPages pages each (10,000 rows in 3 requests);
// - once a cap shows, the cap becomes the limit, which reads every row exactly once whether
//   the server clamps the limit before computing the offset or cuts the page after it;
// - a page sent before (same rows, or rows all seen already), more rows in all than
//   ClientOptions::maxListRows, more rows than asked for, or a batch answer that is not one
//   result per command end the load with a Protocol error, never another request for the
//   same pages; a row seen before (rowKey()) is dropped, so a hostile list cannot grow the
//   rows delivered beyond the distinct ones.
// The pages are read where the answer's body is (RestReply::setPrepare: a worker thread for
// a large one) and all checked at once; while every page is full, the next batch goes out
// then, so the portal works while the receivers do. The pages are handed out over as many
// event-loop turns as their receivers need, about TakeBudgetMs each; an answer that comes
// meanwhile waits for them.
// A failed job keeps its place: resume() asks again from the page that failed.
class ListJob : public QObject
{
    Q_OBJECT
public:
    // How long one event-loop turn hands out pages of an answer (their receivers' work
    // included) before the rest waits for the next turn. Under 8 ms: the mailboxes and the
    // senders load at once, and both jobs' turns may fall in one pass of the event loop.
    static constexpr int TakeBudgetMs = 5;

    ~ListJob() override;

    QString method() const { return m_method; }
    // Stop after this many rows (asking for no more than needed); < 0: every row.
    void setMaxRows(qint64 maxRows);

    // The list may hold more rows, and nothing failed.
    bool canFetchMore() const { return !m_finished; }
    // A request is in flight, or the rows of its answer are being handed out.
    bool isFetching() const { return !m_reply.isNull() || m_taking; }
    // Every row was delivered, or the job failed or was aborted: error() tells which.
    bool isFinished() const { return m_finished; }
    const RestError &error() const { return m_error; }
    qint64 rowsDelivered() const { return m_delivered; }
    // Requests sent (one sent ahead and dropped unsent does not count).
    int requestsMade() const { return m_requests; }
    // The rows per page the job asks for: 100, or the server's cap once one showed.
    int pageSize() const { return m_limit; }

    // Asks for at least `pages` more pages; while a request runs, the wishes add up. Safe to
    // call from a slot connected to the rows signal.
    void fetchMore(int pages = 1);
    // Keeps fetching until the end of the list.
    void fetchAll();
    // Stops: the request in flight is aborted, and finished() follows from the event loop
    // with an Aborted error.
    void abort();
    // After a failure the list may get past (a timeout, a reset, a rate limit, a sign-in
    // renewed since): carries on from the first page not delivered, asking for the pages
    // that were wanted, so nothing delivered is read again. False, changing nothing, when the
    // job did not fail, was aborted, or found the list itself inconsistent (a repeated page,
    // more rows than asked for, a batch of the wrong shape: the same pages would fail again).
    bool resume();
    bool canResume() const;

Q_SIGNALS:
    // A request went out or came back; isFetching() tells which.
    void fetchingChanged(bool fetching);
    // The list ended, failed or was aborted.
    void finished();
    // Each page's rows as the portal sent them (rows seen before dropped), just before the
    // typed job's own signal: for a caller that shows them unchanged (b24mail prints them).
    void rowsArrived(const QJsonArray &rows);

protected:
    // `paged` is false for a list method without pagination (field.list): one call.
    ListJob(RestClient *client, const QString &method, const QJsonObject &params, bool paged,
            QObject *parent);
    // One page of rows, each a JSON object, in order; the typed job parses and emits them.
    virtual void deliver(const QJsonArray &rows) = 0;
    // What makes a row the same row (an id, an address and name); a row whose key was
    // delivered before is dropped. By default the whole row.
    virtual quint64 rowKey(const QJsonObject &row) const;
    // A 64-bit key from text, for rowKey().
    static quint64 keyOf(const QByteArray &text);

private:
    struct Page
    {
        int number;
        int limit;
    };
    // An answer's pages, checked, being handed out.
    struct Taking
    {
        QList<QJsonArray> rows; // each page's rows to hand out, in order
        qsizetype next = 0;     // the first page not handed out yet
        bool ends = false;      // the job finishes once they are out, with `error`
        RestError error;
        bool inconsistent = false; // `error` is the list's own (fail())
    };
    void requestNext();
    void onReply();
    // Checks an answer's pages in order (repeats, caps, the end) into m_answer: the rows
    // to hand out, and how the job goes on after them.
    void checkAnswer(const QList<ListPageReader::Page> &payloads, const QList<Page> &pages,
                     int httpStatus);
    // Hands out pages of m_answer for about TakeBudgetMs, then goes on in a later
    // event-loop turn; after the last one, ends the job or asks for what is wanted next.
    void takeSome();
    // Fills `rows` from a page read, or notes its error in m_answer.
    bool rowsOf(const ListPageReader::Page &page, int httpStatus, QJsonArray *rows);
    // Every page read whole and as long as asked for (the list goes on).
    static bool allFull(const QList<ListPageReader::Page> &payloads, const QList<Page> &pages);
    void take(const QJsonArray &rows);
    static RestError protocolError(const QString &detail, int httpStatus);
    void fail(const QString &detail, int httpStatus);
    // The job ends after m_answer's rows: with `error`, or the list's inconsistency.
    void endWith(const RestError &error);
    void failWith(const QString &detail, int httpStatus);
    void finish(const RestError &error);
    bool batchUsable() const;
    // Pages for the next batch: 2 first, then `most`.
    int batchSize(int most) const;
    // Drops rows delivered before; false (failWith()) for a page sent before or a list past
    // maxListRows.
    bool checkPage(int number, QJsonArray *rows, const QByteArray &print, int httpStatus);

    QPointer<RestClient> m_client;
    QString m_method;
    QJsonObject m_params;
    bool m_paged;
    qint64 m_maxRows = -1;
    int m_limit = 100;
    bool m_capped = false; // m_limit is the server's cap, seen on the first page
    int m_nextPage = 1;
    int m_wantedPages = 0;
    bool m_wantAll = false;
    bool m_forceSingle = false; // the portal took no way of carrying the token on a batch
    bool m_taking = false;      // handing out the pages of a reply
    Taking m_answer;
    bool m_replyWaits = false;       // m_reply came while m_taking
    int m_wantedAfterTaking = 0;     // pages asked for meanwhile
    int m_wantedWhenFailed = 0;      // what resume() asks for again
    bool m_listInconsistent = false; // failed on the list's content: resume() cannot help
    qint64 m_delivered = 0;
    int m_requests = 0;
    bool m_finished = false;
    RestError m_error;
    QHash<QByteArray, int> m_pagePrints; // fingerprint of each non-empty page -> its number
    QSet<quint64> m_rowKeys;             // rowKey() of every row delivered
    qint64 m_received = 0;               // rows the portal sent, repeats included
    QPointer<RestReply> m_reply;
    QList<Page> m_inFlight;
};

} // namespace mb
