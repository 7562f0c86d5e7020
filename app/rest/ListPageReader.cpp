#include "ListPageReader.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace mb {

ListPageReader::Answer ListPageReader::read(const QJsonValue &result, const QList<int> &limits,
                                            bool batch, bool paged, int httpStatus)
{
    Answer answer;
    if (!batch) {
        answer.pages.append(readPage(result, limits.value(0), paged, httpStatus));
        return answer;
    }
    if (!result.isArray() || result.toArray().size() != limits.size()) {
        answer.inconsistency = tr("the batch answer does not hold one result per command");
        return answer;
    }
    const QJsonArray payloads = result.toArray();
    answer.pages.reserve(payloads.size());
    for (qsizetype i = 0; i < payloads.size(); ++i)
        answer.pages.append(readPage(payloads.at(i), limits.at(i), paged, httpStatus));
    return answer;
}

ListPageReader::Answer ListPageReader::readBody(const QByteArray &body, const QList<int> &limits,
                                                bool batch, bool paged, int httpStatus)
{
    const QJsonObject envelope = QJsonDocument::fromJson(body).object();
    if (!envelope.contains(QLatin1String("result"))) {
        Answer answer;
        answer.inconsistency = tr("an answer without “result”");
        return answer;
    }
    return read(envelope.value(QLatin1String("result")), limits, batch, paged, httpStatus);
}

ListPageReader::Page ListPageReader::readPage(const QJsonValue &payload, int limit, bool paged,
                                              int httpStatus)
{
    Page page;
    const QJsonObject object = payload.toObject();
    // A failed command of a batch stands in its slot as an error body.
    if (auto error = RestError::fromBody(httpStatus, object)) {
        page.error = *error;
        return page;
    }
    const QJsonValue items = object.value(QLatin1String("items"));
    if (!payload.isObject() || !items.isArray()) {
        page.inconsistency = tr("a list answer without “items”");
        return page;
    }
    const QJsonArray rows = items.toArray();
    for (const QJsonValue &row : rows) {
        if (!row.isObject()) {
            page.inconsistency = tr("a list row that is not an object");
            return page;
        }
    }
    if (paged && rows.size() > limit) {
        page.inconsistency = tr("the portal sent more rows than were asked for");
        return page;
    }
    page.rows = rows;
    page.print = fingerprint(rows);
    return page;
}

QByteArray ListPageReader::fingerprint(const QJsonArray &rows)
{
    // Fixed seeds: a print must not change within the process. Two hashes (128 bits where
    // size_t is 64) make two different pages alike, and a false "sent again", unheard of.
    const quint64 prints[2] = {quint64(qHash(rows, size_t(0x9e3779b97f4a7c15ULL))),
                               quint64(qHash(rows, size_t(0xc2b2ae3d27d4eb4fULL)))};
    return QByteArray(reinterpret_cast<const char *>(prints), sizeof prints);
}

} // namespace mb
