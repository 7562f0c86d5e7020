#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QString>

namespace fake {

// Compact JSON text of any value, for error messages that quote what the client sent.
class JsonText
{
public:
    static QString compact(const QJsonValue &value)
    {
        // QJsonDocument only takes arrays and objects, so wrap and strip the brackets.
        const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(text.mid(1, text.size() - 2));
    }
};

} // namespace fake
