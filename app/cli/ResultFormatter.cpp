#include "ResultFormatter.h"

#include "TableFormatter.h"
#include "models/JsonDisplay.h"

#include <QJsonDocument>

#include <algorithm>

namespace mb::cli {

namespace {

QString toJsonText(const QJsonDocument &document)
{
    return QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

} // namespace

QStringList ResultFormatter::columns(const QJsonArray &items, const QStringList &knownFields)
{
    if (items.isEmpty())
        return knownFields;
    QStringList present;
    QStringList extra;
    for (const QJsonValue &value : items) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            QStringList &bucket = knownFields.contains(it.key()) ? present : extra;
            if (!bucket.contains(it.key()))
                bucket.append(it.key());
        }
    }
    QStringList result;
    for (const QString &field : knownFields) {
        if (present.contains(field))
            result.append(field);
    }
    std::sort(extra.begin(), extra.end());
    return result + extra;
}

QString ResultFormatter::cellText(const QJsonValue &value)
{
    // The same text the GUI shows, so a value copied from one matches the other.
    return jsonDisplayText(value);
}

QString ResultFormatter::list(const QJsonArray &items, const QStringList &knownFields) const
{
    if (m_format == Format::Json)
        return toJsonText(QJsonDocument(items));

    const QStringList header = columns(items, knownFields);
    TableFormatter table(header);
    QList<bool> numeric(header.size(), !items.isEmpty());
    for (const QJsonValue &value : items) {
        const QJsonObject object = value.toObject();
        QStringList cells;
        cells.reserve(header.size());
        for (qsizetype c = 0; c < header.size(); ++c) {
            const QJsonValue cell = object.value(header[c]);
            numeric[c] = numeric[c] && (cell.isDouble() || cell.isUndefined() || cell.isNull());
            cells.append(cellText(cell));
        }
        table.addRow(cells);
    }
    for (qsizetype c = 0; c < header.size(); ++c)
        table.setRightAligned(c, numeric[c]);
    return table.toString();
}

QString ResultFormatter::item(const QJsonObject &item, const QStringList &knownFields) const
{
    if (m_format == Format::Json)
        return toJsonText(QJsonDocument(item));

    TableFormatter table;
    for (const QString &field : columns(QJsonArray{item}, knownFields))
        table.addRow({field, cellText(item.value(field))});
    return table.toString();
}

} // namespace mb::cli
