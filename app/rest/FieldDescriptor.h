#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <optional>

namespace mb {

// Metadata of one mailbox field (mail.mailbox.field.list / field.get). Every documented
// attribute is optional, because `select` may ask for a subset.
struct FieldDescriptor
{
    QString name;
    std::optional<QString> type;
    std::optional<QString> title;
    std::optional<QString> description;
    std::optional<QJsonValue> validationRules;
    std::optional<QJsonValue> requiredGroups;
    std::optional<bool> filterable;
    std::optional<bool> sortable;
    std::optional<bool> editable;
    std::optional<bool> multiple;
    std::optional<QString> elementType;
    QJsonObject fields; // as received

    // The documented attribute names, in documented order.
    static QStringList attributeNames();
    static FieldDescriptor fromJson(const QJsonObject &item);
    static QList<FieldDescriptor> listFromJson(const QJsonArray &items);
    QJsonObject toJson() const { return fields; }
};

} // namespace mb

Q_DECLARE_METATYPE(mb::FieldDescriptor)
