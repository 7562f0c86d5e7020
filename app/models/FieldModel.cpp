#include "FieldModel.h"

#include "FieldCatalog.h"
#include "JsonDisplay.h"
#include "PlainToolTip.h"

#include <QVariantMap>

namespace mb {

namespace {
QString yesNo(const std::optional<bool> &flag)
{
    if (!flag)
        return {};
    return *flag ? FieldModel::tr("yes") : FieldModel::tr("no");
}

// Empty rule lists say nothing; showing "[]" in every row would only be noise.
QString listText(const std::optional<QJsonValue> &value)
{
    if (!value)
        return {};
    if ((value->isArray() && value->toArray().isEmpty()) ||
        (value->isObject() && value->toObject().isEmpty()))
        return {};
    return jsonDisplayText(*value);
}
} // namespace

FieldModel::FieldModel(FieldCatalog *catalog, QObject *parent)
    : QAbstractTableModel(parent)
    , m_catalog(catalog)
{
    Q_ASSERT(catalog);
    connect(catalog, &FieldCatalog::loadingChanged, this, &FieldModel::loadingChanged);
    connect(catalog, &FieldCatalog::loaded, this, &FieldModel::takeCatalog);
    connect(catalog, &FieldCatalog::failed, this, &FieldModel::setError);
    connect(catalog, &FieldCatalog::clientChanged, this, [this] {
        setError({});
        takeCatalog();
        m_catalog->load();
    });
    m_rows = catalog->fields();
    m_error = catalog->lastError();
    catalog->load();
}

bool FieldModel::isLoading() const
{
    return m_catalog && m_catalog->isLoading();
}

QString FieldModel::errorMessage() const
{
    return m_error.isError() ? m_error.userMessage() : QString();
}

void FieldModel::reload()
{
    if (!m_catalog)
        return;
    setError({});
    m_catalog->load();
}

void FieldModel::takeCatalog()
{
    beginResetModel();
    m_rows = m_catalog ? m_catalog->fields() : QList<FieldDescriptor>();
    endResetModel();
    if (m_catalog && m_catalog->isLoaded())
        setError({});
}

void FieldModel::setError(const RestError &error)
{
    const QString before = errorMessage();
    m_error = error;
    if (errorMessage() != before)
        Q_EMIT errorMessageChanged(errorMessage());
}

QString FieldModel::attributeOf(int column)
{
    static const QString names[ColumnCount] = {
        QStringLiteral("name"),           QStringLiteral("type"),
        QStringLiteral("title"),          QStringLiteral("description"),
        QStringLiteral("filterable"),     QStringLiteral("sortable"),
        QStringLiteral("editable"),       QStringLiteral("multiple"),
        QStringLiteral("elementType"),    QStringLiteral("validationRules"),
        QStringLiteral("requiredGroups"), QString(),
    };
    return column >= 0 && column < ColumnCount ? names[column] : QString();
}

QStringList FieldModel::otherAttributes(const FieldDescriptor &field)
{
    QStringList out;
    const QStringList documented = FieldDescriptor::attributeNames();
    for (auto it = field.fields.begin(); it != field.fields.end(); ++it) {
        if (!documented.contains(it.key()))
            out.append(it.key());
    }
    return out;
}

int FieldModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FieldModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FieldModel::text(const FieldDescriptor &field, int column) const
{
    switch (Column(column)) {
    case NameColumn:
        return field.name;
    case TypeColumn:
        return field.type.value_or(QString());
    case TitleColumn:
        return field.title.value_or(QString());
    case DescriptionColumn:
        return field.description.value_or(QString());
    case FilterableColumn:
        return yesNo(field.filterable);
    case SortableColumn:
        return yesNo(field.sortable);
    case EditableColumn:
        return yesNo(field.editable);
    case MultipleColumn:
        return yesNo(field.multiple);
    case ElementTypeColumn:
        return field.elementType.value_or(QString());
    case ValidationRulesColumn:
        return listText(field.validationRules);
    case RequiredGroupsColumn:
        return listText(field.requiredGroups);
    case OtherColumn: {
        QStringList parts;
        for (const QString &key : otherAttributes(field))
            parts.append(key + QStringLiteral(": ") + jsonDisplayText(field.fields.value(key)));
        return parts.join(QStringLiteral("; "));
    }
    case ColumnCount:
        break;
    }
    return {};
}

QString FieldModel::toolTip(const FieldDescriptor &field, int column) const
{
    const QString attribute = attributeOf(column);
    if (column == OtherColumn) {
        const QStringList others = otherAttributes(field);
        if (others.isEmpty())
            return {};
        QStringList lines{tr("Attributes the documentation does not describe:")};
        for (const QString &key : others)
            lines.append(key + QStringLiteral(": ") + jsonDisplayText(field.fields.value(key)));
        return lines.join(QLatin1Char('\n'));
    }
    if (!field.fields.contains(attribute))
        return tr("The portal did not send “%1” for this field.").arg(attribute);
    return text(field, column);
}

QVariant FieldModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FieldDescriptor &field = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return text(field, column);
    case Qt::ToolTipRole:
        return plainToolTip(toolTip(field, column));
    case FieldNameRole:
        return field.name;
    case DescriptorRole:
        return QVariant::fromValue(field);
    case AttributeRole:
        return attributeOf(column);
    case RawValueRole: {
        if (column == OtherColumn) {
            QVariantMap others;
            for (const QString &key : otherAttributes(field))
                others.insert(key, field.fields.value(key).toVariant());
            return others;
        }
        const QString attribute = attributeOf(column);
        return field.fields.contains(attribute) ? field.fields.value(attribute).toVariant()
                                                : QVariant();
    }
    default:
        return {};
    }
}

QVariant FieldModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        const QString attribute = attributeOf(section);
        return plainToolTip(attribute.isEmpty()
                                ? tr("Attributes the portal sends beyond the documented ones")
                                : attribute);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case TitleColumn:
        return tr("Title");
    case DescriptionColumn:
        return tr("Description");
    case FilterableColumn:
        return tr("Filterable");
    case SortableColumn:
        return tr("Sortable");
    case EditableColumn:
        return tr("Editable");
    case MultipleColumn:
        return tr("Multiple");
    case ElementTypeColumn:
        return tr("Element type");
    case ValidationRulesColumn:
        return tr("Validation rules");
    case RequiredGroupsColumn:
        return tr("Required groups");
    case OtherColumn:
        return tr("Other");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> FieldModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(FieldNameRole, "fieldName");
    names.insert(DescriptorRole, "descriptor");
    names.insert(RawValueRole, "rawValue");
    names.insert(AttributeRole, "attribute");
    return names;
}

} // namespace mb
