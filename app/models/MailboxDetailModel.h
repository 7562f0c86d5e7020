#pragma once

#include "rest/FieldDescriptor.h"
#include "rest/Mailbox.h"
#include "rest/RestError.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QPointer>

#include <optional>

namespace mb {

class FieldCatalog;
class RestReply;

// The detail panel: every field mail.mailbox.get returns for one mailbox, one row each,
// labelled with the field's title, type and description from the FieldCatalog. A field the
// catalog does not describe (a newer portal) is shown too, and marked as such.
//
// The account is the catalog's: requests go through FieldCatalog::client(), and when the
// catalog switches clients the panel is cleared.
class MailboxDetailModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_PROPERTY(qint64 mailboxId READ mailboxId NOTIFY mailboxIdChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
public:
    enum Column { FieldColumn, ValueColumn, TypeColumn, DescriptionColumn, ColumnCount };
    enum Role {
        FieldNameRole = Qt::UserRole + 1, // the field's name, in every column
        RawValueRole,                     // the value as received (QJsonValue as a QVariant)
        // true: described by the catalog; false: the catalog is loaded and does not know the
        // field; invalid while the catalog is not loaded.
        IsKnownFieldRole,
        DescriptorRole, // the mb::FieldDescriptor, for a known field
    };
    Q_ENUM(Column)
    Q_ENUM(Role)

    // `catalog` is not owned and must outlive the model.
    explicit MailboxDetailModel(FieldCatalog *catalog, QObject *parent = nullptr);
    ~MailboxDetailModel() override;

    // Asks for the mailbox (again, when it is the one shown). The previous request is
    // aborted and its answer, should it still come, ignored; the rows empty until the answer.
    void showMailbox(qint64 id);
    // Shows nothing and asks for nothing; mailboxId() becomes 0.
    void clear();

    qint64 mailboxId() const { return m_id; }
    bool isLoading() const { return !m_reply.isNull(); }
    // Translated; empty when the last request did not fail.
    QString errorMessage() const;
    const RestError &lastError() const { return m_error; }

    // The shown mailbox exactly as received ({} while none is shown).
    QJsonObject toJson() const { return m_item; }
    std::optional<Mailbox> mailbox() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void mailboxIdChanged(qint64 id);
    void loadingChanged(bool loading);
    void errorMessageChanged(const QString &message);

private:
    struct Row
    {
        QString name;
        QJsonValue value;
        std::optional<FieldDescriptor> descriptor;
    };
    void onReply(RestReply *reply);
    // Aborts the request in flight, if any, without a word; true if there was one.
    bool stopRequest();
    void setId(qint64 id);
    void setError(const RestError &error);
    void rebuild();
    // Fills m_rows (and m_described) from m_item and the catalog as it is now.
    void buildRows();

    QPointer<FieldCatalog> m_catalog;
    QPointer<RestReply> m_reply;
    qint64 m_id = 0;
    bool m_shown = false; // m_item holds an answer for m_id
    QJsonObject m_item;
    QList<Row> m_rows;
    bool m_described = false; // m_rows were labelled by a loaded catalog
    RestError m_error;
    QString m_noClientMessage; // set when showMailbox had no account to ask
};

} // namespace mb
