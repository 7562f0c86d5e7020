#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace mb::cli {

// Turns what the portal returned into the text b24mail prints: indented JSON for --json
// (an array for lists, an object for single items) or an aligned table. Every field the
// portal sent is printed: the documented ones first in documented order, then any others,
// so a newer portal's extra fields are never hidden.
class ResultFormatter
{
public:
    enum class Format { Table, Json };
    explicit ResultFormatter(Format format)
        : m_format(format)
    {}

    // One row per item, one column per field seen in any item.
    QString list(const QJsonArray &items, const QStringList &knownFields) const;
    // One line per field: name, then value.
    QString item(const QJsonObject &item, const QStringList &knownFields) const;

    // The column order: known fields present in the data (all of them when there is no
    // data, so an empty table still shows its header), then the rest in key order.
    static QStringList columns(const QJsonArray &items, const QStringList &knownFields);
    // A JSON value as one table cell.
    static QString cellText(const QJsonValue &value);

private:
    Format m_format;
};

} // namespace mb::cli
