#include "MailboxDetailModel.h"

#include "FieldCatalog.h"
#include "JsonDisplay.h"
#include "PlainToolTip.h"
#include "rest/MailApi.h"
#include "rest/RestClient.h"
#include "rest/RestReply.h"

#include <QSet>

namespace mb {

MailboxDetailModel::MailboxDetailModel(FieldCatalog *catalog, QObject *parent)
    : QAbstractTableModel(parent)
    , m_catalog(catalog)
{
    Q_ASSERT(catalog);
    // Labels and order follow the catalog as soon as it knows the fields.
    connect(catalog, &FieldCatalog::loaded, this, &MailboxDetailModel::rebuild);
    // Another account: the mailbox shown belongs to the previous one.
    connect(catalog, &FieldCatalog::clientChanged, this, &MailboxDetailModel::clear);
}

MailboxDetailModel::~MailboxDetailModel()
{
    if (m_reply) {
        m_reply->disconnect(this);
        delete m_reply.data(); // aborts the call
    }
}

void MailboxDetailModel::showMailbox(qint64 id)
{
    // Still loading, for another id: no "done" in between.
    const bool wasLoading = stopRequest();
    beginResetModel();
    m_rows.clear();
    m_item = {};
    m_shown = false;
    endResetModel();
    setId(id);
    m_noClientMessage.clear();
    setError({});

    RestClient *client = m_catalog ? m_catalog->client() : nullptr;
    if (!client) {
        m_noClientMessage = tr("No account is open.");
        Q_EMIT errorMessageChanged(m_noClientMessage);
        if (wasLoading)
            Q_EMIT loadingChanged(false);
        return;
    }
    m_catalog->load(); // for the labels; nothing happens when they are known
    RestReply *reply = MailApi(client).getMailbox(id);
    reply->setParent(this);
    connect(reply, &RestReply::finished, this, [this, reply] { onReply(reply); });
    m_reply = reply;
    if (!wasLoading)
        Q_EMIT loadingChanged(true);
}

void MailboxDetailModel::clear()
{
    if (stopRequest())
        Q_EMIT loadingChanged(false);
    if (!m_rows.isEmpty() || m_shown) {
        beginResetModel();
        m_rows.clear();
        m_item = {};
        m_shown = false;
        endResetModel();
    }
    setId(0);
    const bool hadMessage = !errorMessage().isEmpty();
    m_noClientMessage.clear();
    m_error = {};
    if (hadMessage)
        Q_EMIT errorMessageChanged(QString());
}

std::optional<Mailbox> MailboxDetailModel::mailbox() const
{
    if (!m_shown)
        return std::nullopt;
    return Mailbox::fromJson(m_item);
}

QString MailboxDetailModel::errorMessage() const
{
    if (!m_noClientMessage.isEmpty())
        return m_noClientMessage;
    return m_error.isError() ? m_error.userMessage() : QString();
}

void MailboxDetailModel::onReply(RestReply *reply)
{
    reply->deleteLater();
    if (reply != m_reply)
        return; // the answer for a mailbox no longer asked for
    m_reply = nullptr;
    RestError error;
    if (const std::optional<QJsonObject> item = MailApi::item(reply, &error)) {
        beginResetModel();
        m_item = *item;
        m_shown = true;
        buildRows();
        endResetModel();
    } else {
        setError(error);
    }
    Q_EMIT loadingChanged(false); // last: whoever hears it finds the rows or the error
}

bool MailboxDetailModel::stopRequest()
{
    if (!m_reply)
        return false;
    RestReply *reply = m_reply.data();
    reply->disconnect(this);
    m_reply = nullptr;
    reply->abort(); // its finished() (Aborted) reaches nobody
    reply->deleteLater();
    return true;
}

void MailboxDetailModel::setId(qint64 id)
{
    if (id == m_id)
        return;
    m_id = id;
    Q_EMIT mailboxIdChanged(id);
}

void MailboxDetailModel::setError(const RestError &error)
{
    const QString before = errorMessage();
    m_error = error;
    if (errorMessage() != before)
        Q_EMIT errorMessageChanged(errorMessage());
}

void MailboxDetailModel::rebuild()
{
    if (!m_shown)
        return;
    beginResetModel();
    buildRows();
    endResetModel();
}

void MailboxDetailModel::buildRows()
{
    // The portal's order of the item's keys is lost before it reaches us: RestReply hands
    // the answer over as a QJsonObject, which keeps its keys sorted. The order the portal
    // does say is that of field.list, an array, so the rows follow the catalog; until the
    // catalog is loaded, the documented order (id, name, email, senderName, §3.2); and keys
    // neither knows come last, in QJsonObject's (alphabetical) order.
    const QJsonObject &item = m_item;
    QStringList order;
    const bool described = m_catalog && m_catalog->isLoaded();
    if (described) {
        for (const FieldDescriptor &field : m_catalog->fields())
            order.append(field.name);
    } else {
        order = {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("email"),
                 QStringLiteral("senderName")};
    }
    QList<Row> rows;
    QSet<QString> taken;
    const auto add = [&](const QString &name) {
        if (taken.contains(name) || !item.contains(name))
            return;
        taken.insert(name);
        rows.append(
            {name, item.value(name), described ? m_catalog->descriptor(name) : std::nullopt});
    };
    for (const QString &name : std::as_const(order))
        add(name);
    for (auto it = item.begin(); it != item.end(); ++it)
        add(it.key());
    m_rows = rows;
    m_described = described;
}

int MailboxDetailModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MailboxDetailModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MailboxDetailModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const bool described = m_described;
    const bool known = row.descriptor.has_value();
    const QString title = known ? row.descriptor->title.value_or(QString()) : QString();
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case FieldColumn:
            return title.isEmpty() ? row.name : title;
        case ValueColumn:
            return jsonDisplayText(row.value);
        case TypeColumn:
            return known ? row.descriptor->type.value_or(QString()) : QString();
        case DescriptionColumn:
            if (known)
                return row.descriptor->description.value_or(QString());
            return described ? tr("Not in the portal's field list") : QString();
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == FieldColumn) {
            if (described && !known)
                return plainToolTip(tr("“%1” is not in the portal's field list: a field this "
                                       "program does not know yet.")
                                        .arg(row.name));
            return plainToolTip(title.isEmpty() || title == row.name
                                    ? row.name
                                    : tr("%1 (field “%2”)").arg(title, row.name));
        }
        if (index.column() == ValueColumn)
            return plainToolTip(jsonDisplayText(row.value));
        return {};
    case FieldNameRole:
        return row.name;
    case RawValueRole:
        return row.value.toVariant();
    case IsKnownFieldRole:
        return described ? QVariant(known) : QVariant();
    case DescriptorRole:
        return known ? QVariant::fromValue(*row.descriptor) : QVariant();
    default:
        return {};
    }
}

QVariant MailboxDetailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case FieldColumn:
        return tr("Field");
    case ValueColumn:
        return tr("Value");
    case TypeColumn:
        return tr("Type");
    case DescriptionColumn:
        return tr("Description");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> MailboxDetailModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(FieldNameRole, "fieldName");
    names.insert(RawValueRole, "rawValue");
    names.insert(IsKnownFieldRole, "isKnownField");
    names.insert(DescriptorRole, "descriptor");
    return names;
}

} // namespace mb
