#pragma once

#include "RestError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace mb {

// Reads the pages of one list answer: the result of a plain call (one payload) or of a v3
// `batch` (one payload per command, in order, docs §7). Each payload is checked for its shape
// ({"items":[object, …]}, no more rows than asked for) and a failed command's error body
// standing in its slot is recognised. Pure: it takes bytes or JSON and returns plain data,
// holds no state, and may run on any thread (ListJob uses it; a parser off the GUI thread
// can too). The checks across pages (a page sent again, rows seen before) stay with ListJob,
// which knows the list so far.
class ListPageReader
{
    // The messages are ListJob's: one translation context for the list's errors.
    Q_DECLARE_TR_FUNCTIONS(mb::ListJob)
public:
    // One command's payload.
    struct Page
    {
        QJsonArray rows;                // each an object; empty: the end of the list
        std::optional<RestError> error; // the portal's error in the slot
        QString inconsistency;          // the payload's shape is wrong: what is wrong
        QByteArray print;               // fingerprint(rows)
        bool ok() const { return !error && inconsistency.isEmpty(); }
    };
    struct Answer
    {
        QString inconsistency; // the answer as a whole has the wrong shape
        QList<Page> pages;     // one per command asked, when the whole is fine
    };

    // `limits` holds the rows asked for per page, one per command; `batch` says the result is
    // a batch's (an array of payloads); `paged` is false for a list without pagination (its
    // single page may be of any length). `httpStatus` is the answer's, for the errors.
    static Answer read(const QJsonValue &result, const QList<int> &limits, bool batch, bool paged,
                       int httpStatus);
    // The same from a whole HTTP body ({"result":…}); an error envelope or broken JSON is an
    // inconsistency of the whole answer.
    static Answer readBody(const QByteArray &body, const QList<int> &limits, bool batch, bool paged,
                           int httpStatus);
    // One payload alone.
    static Page readPage(const QJsonValue &payload, int limit, bool paged, int httpStatus);
    // A digest of a page's rows, to recognise the page when it comes again: two seeded
    // 64-bit hashes of the rows as parsed (no text is made of them, so it is cheap).
    static QByteArray fingerprint(const QJsonArray &rows);
};

} // namespace mb
