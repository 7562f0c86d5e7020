#include "FieldDescriptor.h"

#include "JsonList.h"

#include <QJsonArray>

namespace mb {

QStringList FieldDescriptor::attributeNames()
{
    static const QStringList names = {
        QStringLiteral("name"),
        QStringLiteral("type"),
        QStringLiteral("title"),
        QStringLiteral("description"),
        QStringLiteral("validationRules"),
        QStringLiteral("requiredGroups"),
        QStringLiteral("filterable"),
        QStringLiteral("sortable"),
        QStringLiteral("editable"),
        QStringLiteral("multiple"),
        QStringLiteral("elementType"),
    };
    return names;
}

namespace {
std::optional<QString> optString(const QJsonObject &o, QLatin1String key)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return std::nullopt;
    return v.isNull() ? QString() : v.toVariant().toString();
}

std::optional<bool> optBool(const QJsonObject &o, QLatin1String key)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (v.isBool())
        return v.toBool();
    // "Y"/"N" is how older Bitrix24 APIs spell booleans.
    const QString s = v.toVariant().toString();
    return s == QLatin1String("Y") || s == QLatin1String("1") || s == QLatin1String("true");
}

std::optional<QJsonValue> optValue(const QJsonObject &o, QLatin1String key)
{
    const QJsonValue v = o.value(key);
    return v.isUndefined() ? std::nullopt : std::optional<QJsonValue>(v);
}
} // namespace

FieldDescriptor FieldDescriptor::fromJson(const QJsonObject &item)
{
    FieldDescriptor f;
    f.name = item.value(QLatin1String("name")).toString();
    f.type = optString(item, QLatin1String("type"));
    f.title = optString(item, QLatin1String("title"));
    f.description = optString(item, QLatin1String("description"));
    f.validationRules = optValue(item, QLatin1String("validationRules"));
    f.requiredGroups = optValue(item, QLatin1String("requiredGroups"));
    f.filterable = optBool(item, QLatin1String("filterable"));
    f.sortable = optBool(item, QLatin1String("sortable"));
    f.editable = optBool(item, QLatin1String("editable"));
    f.multiple = optBool(item, QLatin1String("multiple"));
    f.elementType = optString(item, QLatin1String("elementType"));
    f.fields = item;
    return f;
}

QList<FieldDescriptor> FieldDescriptor::listFromJson(const QJsonArray &items)
{
    return mb::listFromJson<FieldDescriptor>(items);
}

} // namespace mb
