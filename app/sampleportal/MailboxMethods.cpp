#include "MailboxMethods.h"

#include "JsonText.h"
#include "PageQuirks.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace fake {

namespace {

const QStringList &mailboxFields()
{
    static const QStringList fields = {u"id"_s, u"name"_s, u"email"_s, u"senderName"_s};
    return fields;
}

const QStringList &descriptionKeys()
{
    static const QStringList keys = {
        u"name"_s,           u"type"_s,       u"title"_s,    u"description"_s, u"validationRules"_s,
        u"requiredGroups"_s, u"filterable"_s, u"sortable"_s, u"editable"_s,    u"multiple"_s,
        u"elementType"_s};
    return keys;
}

template<typename T>
QJsonArray page(const QList<T> &items, const Pagination &pagination, auto &&toJson)
{
    QJsonArray out;
    const qint64 end = std::min<qint64>(items.size(), pagination.offset + pagination.limit);
    for (qint64 i = pagination.offset; i < end; ++i)
        out.append(toJson(items[qsizetype(i)]));
    return out;
}

// With `endlessPages`, the rows past the data's end: always a whole page of new ones.
void appendEndless(QJsonArray *rows, qint64 dataSize, const Pagination &pagination,
                   QJsonObject (*row)(qint64))
{
    const qint64 end = pagination.offset + pagination.limit;
    for (qint64 i = std::max(dataSize, pagination.offset); i < end; ++i)
        rows->append(row(i - dataSize));
}

} // namespace

const QStringList &MailboxMethods::names()
{
    static const QStringList methods = {u"mail.mailbox.list"_s, u"mail.mailbox.get"_s,
                                        u"mail.mailbox.senders"_s, u"mail.mailbox.field.list"_s,
                                        u"mail.mailbox.field.get"_s};
    return methods;
}

MailboxMethods::Outcome MailboxMethods::call(const QString &method, const QJsonObject &query,
                                             int userId) const
{
    if (method == u"mail.mailbox.list")
        return list(query, userId);
    if (method == u"mail.mailbox.get")
        return get(query, userId);
    if (method == u"mail.mailbox.senders")
        return senders(query, userId);
    if (method == u"mail.mailbox.field.list")
        return fieldList(query);
    return fieldGet(query);
}

std::optional<ApiError> MailboxMethods::paginate(const QJsonObject &query, Pagination *out) const
{
    if (auto error =
            Pagination::parse(query.value(u"pagination"), m_config.clampLimit, m_errors, out))
        return error;
    *out = PageQuirks(m_config).served(*out);
    return std::nullopt;
}

MailboxMethods::Outcome MailboxMethods::list(const QJsonObject &query, int userId) const
{
    // Empty fragments mean no filter; both fragments must match (AND).
    QString fragments[2];
    const QString keys[2] = {u"name"_s, u"email"_s};
    for (int i = 0; i < 2; ++i) {
        const QJsonValue value = query.value(keys[i]);
        if (value.isString())
            fragments[i] = value.toString();
        else if (!value.isUndefined() && !value.isNull())
            return {{}, m_errors.requestValidation(keys[i], false)};
    }
    Pagination pagination;
    if (auto error = paginate(query, &pagination))
        return {{}, error};

    const Qt::CaseSensitivity cs =
        m_config.caseInsensitiveFilter ? Qt::CaseInsensitive : Qt::CaseSensitive;
    QList<const PortalData::Mailbox *> matching;
    if (fragments[0].isEmpty() && fragments[1].isEmpty()) {
        matching = m_data.mailboxesOf(userId); // shared, not walked: a page costs its rows
    } else {
        for (const PortalData::Mailbox *mailbox : m_data.mailboxesOf(userId)) {
            if ((fragments[0].isEmpty() || mailbox->name.contains(fragments[0], cs)) &&
                (fragments[1].isEmpty() || mailbox->email.contains(fragments[1], cs)))
                matching.append(mailbox);
        }
    }
    QJsonArray items = page(matching, pagination,
                            [](const PortalData::Mailbox *m) { return PortalData::toJson(*m); });
    if (m_config.endlessPages)
        appendEndless(&items, matching.size(), pagination, &PortalData::endlessMailbox);
    return {{{u"items"_s, items}}, std::nullopt};
}

MailboxMethods::Outcome MailboxMethods::get(const QJsonObject &query, int userId) const
{
    const QJsonValue idValue = query.value(u"id");
    if (idValue.isUndefined() || idValue.isNull())
        return {{}, m_errors.requestValidation(u"id"_s, true)};
    double id = 0;
    bool ok = idValue.isDouble();
    if (ok)
        id = idValue.toDouble();
    else if (idValue.isString())
        id = idValue.toString().trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(id) || id != std::floor(id))
        return {{}, m_errors.requestValidation(u"id"_s, false)};

    QStringList select = mailboxFields();
    const QJsonValue selectValue = query.value(u"select");
    if (!selectValue.isUndefined() && !selectValue.isNull()) {
        if (!selectValue.isArray())
            return {{}, m_errors.invalidSelect(JsonText::compact(selectValue))};
        QStringList wanted;
        for (const QJsonValue &entry : selectValue.toArray()) {
            if (!entry.isString())
                return {{}, m_errors.invalidSelect(JsonText::compact(entry))};
            if (mailboxFields().contains(entry.toString()))
                wanted.append(entry.toString());
            else if (m_config.strictGetSelect)
                return {{}, m_errors.unknownDtoProperty(entry.toString(), u"MailboxDto"_s)};
        }
        if (!selectValue.toArray().isEmpty())
            select = wanted;
    }

    const QString idText = QString::number(qint64(std::clamp(id, -1e15, 1e15)));
    const PortalData::Mailbox *mailbox = std::abs(id) < 2e9 ? m_data.find(int(id)) : nullptr;
    if (!mailbox)
        return {{}, m_errors.entityNotFound(idText)};
    if (mailbox->ownerId != userId) {
        return {{},
                m_config.foreignMailboxDenied ? m_errors.accessDenied()
                                              : m_errors.entityNotFound(idText)};
    }
    QJsonObject item;
    const QJsonObject full = PortalData::toJson(*mailbox);
    for (const QString &field : std::as_const(select))
        item.insert(field, full.value(field));
    return {{{u"item"_s, item}}, std::nullopt};
}

MailboxMethods::Outcome MailboxMethods::senders(const QJsonObject &query, int userId) const
{
    Pagination pagination;
    if (auto error = paginate(query, &pagination))
        return {{}, error};
    const QList<PortalData::Sender> all = m_data.sendersOf(userId, m_config.hostileSenderName);
    QJsonArray items =
        page(all, pagination, [](const PortalData::Sender &s) { return PortalData::toJson(s); });
    if (m_config.endlessPages)
        appendEndless(&items, all.size(), pagination, &PortalData::endlessSender);
    return {{{u"items"_s, items}}, std::nullopt};
}

std::optional<ApiError> MailboxMethods::fieldSelect(const QJsonObject &query,
                                                    QStringList *keys) const
{
    *keys = descriptionKeys();
    const QJsonValue value = query.value(u"select");
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isArray())
        return m_errors.invalidSelect(JsonText::compact(value));
    QStringList wanted;
    for (const QJsonValue &entry : value.toArray()) {
        if (!entry.isString())
            return m_errors.invalidSelect(JsonText::compact(entry));
        if (!descriptionKeys().contains(entry.toString()))
            return m_errors.unknownDtoProperty(entry.toString(), u"DtoFieldDto"_s);
        wanted.append(entry.toString());
    }
    if (!wanted.isEmpty())
        *keys = wanted;
    return std::nullopt;
}

QJsonObject MailboxMethods::describe(const QString &field, const QStringList &keys)
{
    const QJsonObject full{
        {u"name"_s, field},
        {u"type"_s, field == u"id" ? u"int"_s : u"string"_s},
        {u"title"_s, field},
        {u"description"_s, QJsonValue::Null},
        {u"validationRules"_s, QJsonArray{}},
        {u"requiredGroups"_s, QJsonArray{}},
        {u"filterable"_s, false},
        {u"sortable"_s, false},
        {u"editable"_s, false},
        {u"multiple"_s, false},
        {u"elementType"_s, QJsonValue::Null},
    };
    QJsonObject out;
    for (const QString &key : keys)
        out.insert(key, full.value(key));
    return out;
}

MailboxMethods::Outcome MailboxMethods::fieldList(const QJsonObject &query) const
{
    QStringList keys;
    if (auto error = fieldSelect(query, &keys))
        return {{}, error};
    QJsonArray items;
    for (const QString &field : mailboxFields())
        items.append(describe(field, keys));
    return {{{u"items"_s, items}}, std::nullopt};
}

MailboxMethods::Outcome MailboxMethods::fieldGet(const QJsonObject &query) const
{
    const QJsonValue name = query.value(u"name");
    if (name.isUndefined() || name.isNull())
        return {{}, m_errors.requestValidation(u"name"_s, true)};
    if (!name.isString())
        return {{}, m_errors.requestValidation(u"name"_s, false)};
    QStringList keys;
    if (auto error = fieldSelect(query, &keys))
        return {{}, error};
    if (!mailboxFields().contains(name.toString()))
        return {{}, m_errors.fieldNotFound(name.toString())};
    return {{{u"item"_s, describe(name.toString(), keys)}}, std::nullopt};
}

QJsonObject MailboxMethods::openApi()
{
    QJsonObject paths;
    for (const QString &method : names()) {
        const QJsonObject operation{
            {u"operationId"_s, method},
            {u"tags"_s, QJsonArray{u"mail"_s}},
            {u"security"_s, QJsonArray{QJsonObject{{u"oauth2"_s, QJsonArray{u"mail"_s}}}}},
            {u"responses"_s,
             QJsonObject{{u"200"_s, QJsonObject{{u"description"_s, u"Success"_s}}}}},
        };
        paths.insert(u'/' + method, QJsonObject{{u"post"_s, operation}, {u"get"_s, operation}});
    }
    return {
        {u"openapi"_s, u"3.0.0"_s},
        {u"info"_s, QJsonObject{{u"title"_s, u"Bitrix24 REST API"_s}, {u"version"_s, u"3.0"_s}}},
        {u"paths"_s, paths},
    };
}

} // namespace fake
