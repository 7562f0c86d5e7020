#pragma once

#include "rest/FieldDescriptor.h"
#include "rest/RestError.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace mb {

class FieldCatalog;

// The field reference: one row per mailbox field, in the portal's order, one column per
// documented attribute (FieldDescriptor::attributeNames()), and an "Other" column for
// attributes a newer portal adds, so nothing the portal says is dropped. Built on a
// FieldCatalog, which it asks to load; several models may share the catalog.
class FieldModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
public:
    enum Column {
        NameColumn,
        TypeColumn,
        TitleColumn,
        DescriptionColumn,
        FilterableColumn,
        SortableColumn,
        EditableColumn,
        MultipleColumn,
        ElementTypeColumn,
        ValidationRulesColumn,
        RequiredGroupsColumn,
        OtherColumn, // attributes the documentation does not list, "key: value" each
        ColumnCount
    };
    enum Role {
        FieldNameRole = Qt::UserRole + 1, // the field's name, in every column
        DescriptorRole,                   // the whole mb::FieldDescriptor
        // The attribute as received (QJsonValue as a QVariant); invalid when the portal did
        // not send it. In the Other column: a QVariantMap of the undocumented attributes.
        RawValueRole,
        AttributeRole, // the attribute name of the column ("" for Other)
    };
    Q_ENUM(Column)
    Q_ENUM(Role)

    // `catalog` is not owned and must outlive the model.
    explicit FieldModel(FieldCatalog *catalog, QObject *parent = nullptr);

    FieldCatalog *catalog() const { return m_catalog; }
    bool isLoading() const;
    // The translated text of lastError(), empty when the last load did not fail.
    QString errorMessage() const;
    const RestError &lastError() const { return m_error; }
    // Asks the catalog again: after a failure, a new request; otherwise nothing new.
    void reload();

    // The attribute a column shows ("" for OtherColumn).
    static QString attributeOf(int column);
    // Attributes of `field` that FieldDescriptor::attributeNames() does not list.
    static QStringList otherAttributes(const FieldDescriptor &field);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void errorMessageChanged(const QString &message);

private:
    void takeCatalog();
    void setError(const RestError &error);
    QString text(const FieldDescriptor &field, int column) const;
    QString toolTip(const FieldDescriptor &field, int column) const;

    QPointer<FieldCatalog> m_catalog;
    QList<FieldDescriptor> m_rows;
    RestError m_error;
};

} // namespace mb
