#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace mb {

// An address the user may send from. The same email may appear under several names.
struct Sender
{
    QString email;
    QString name;
    QString sender; // "Name <email>" as the portal formats it
    QJsonObject fields;

    static Sender fromJson(const QJsonObject &item);
    static QList<Sender> listFromJson(const QJsonArray &items);
    QJsonObject toJson() const { return fields; }
};

} // namespace mb

Q_DECLARE_METATYPE(mb::Sender)
