#include "RequestLogModel.h"

#include "PlainToolTip.h"
#include "rest/Credential.h"
#include "rest/RestClient.h"
#include "settings/OwnerOnlyFile.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSysInfo>
#include <QUrl>

namespace mb {

RequestLogModel::RequestLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RequestLogModel::watch(RestClient *client)
{
    if (!client || m_watched.contains(client))
        return;
    m_watched.append(client);
    connect(client, &RestClient::exchangeFinished, this, &RequestLogModel::record);
}

void RequestLogModel::unwatch(RestClient *client)
{
    if (!client)
        return;
    m_watched.removeAll(client);
    disconnect(client, &RestClient::exchangeFinished, this, &RequestLogModel::record);
}

void RequestLogModel::record(const Exchange &exchange)
{
    const int row = int(m_exchanges.size());
    beginInsertRows({}, row, row);
    m_exchanges.append(exchange);
    endInsertRows();
    trim();
}

void RequestLogModel::clear()
{
    if (m_exchanges.isEmpty())
        return;
    beginResetModel();
    m_exchanges.clear();
    endResetModel();
}

void RequestLogModel::setCapacity(int capacity)
{
    m_capacity = std::max(1, capacity);
    trim();
}

void RequestLogModel::trim()
{
    const int excess = int(m_exchanges.size()) - m_capacity;
    if (excess <= 0)
        return;
    beginRemoveRows({}, 0, excess - 1);
    m_exchanges.remove(0, excess);
    endRemoveRows();
}

int RequestLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_exchanges.size());
}

int RequestLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Exchange &e = m_exchanges.at(index.row());
    switch (role) {
    case ExchangeRole:
        return QVariant::fromValue(e);
    case UrlRole:
        return e.url;
    case RequestBodyRole:
        return e.requestBody;
    case ResponseBodyRole:
        return e.responseBody;
    case FailedRole:
        return e.error.isError();
    case Qt::ToolTipRole:
        return plainToolTip(e.error.isError() ? e.error.technicalMessage() : e.url);
    case Qt::TextAlignmentRole:
        if (index.column() == StatusColumn || index.column() == DurationColumn ||
            index.column() == OperatingColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(e.startedAt.toLocalTime().time(), QStringLiteral("HH:mm:ss.zzz"));
    case MethodColumn:
        return e.attempt > 1 ? tr("%1 (attempt %2)").arg(e.method).arg(e.attempt) : e.method;
    case HostColumn:
        return hostOf(e.url);
    case StatusColumn:
        return e.httpStatus > 0 ? QString::number(e.httpStatus) : tr("none");
    case DurationColumn:
        return tr("%1 ms").arg(e.elapsedMs);
    case ResultColumn:
        return e.error.isError() ? RestError::categoryName(e.error.category()) : tr("OK");
    case OperatingColumn:
        return e.time.operating ? tr("%1 s").arg(*e.time.operating, 0, 'f', 2) : QString();
    default:
        return {};
    }
}

QVariant RequestLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case MethodColumn:
        return tr("Method");
    case HostColumn:
        return tr("Portal");
    case StatusColumn:
        return tr("HTTP");
    case DurationColumn:
        return tr("Duration");
    case ResultColumn:
        return tr("Result");
    case OperatingColumn:
        return tr("Operating time");
    default:
        return {};
    }
}

QHash<int, QByteArray> RequestLogModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ExchangeRole, "exchange");
    names.insert(UrlRole, "url");
    names.insert(RequestBodyRole, "requestBody");
    names.insert(ResponseBodyRole, "responseBody");
    names.insert(FailedRole, "failed");
    return names;
}

QJsonObject RequestLogModel::toJson(const Exchange &e)
{
    QJsonObject object{
        {QStringLiteral("startedAt"), e.startedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("method"), e.method},
        {QStringLiteral("url"), e.url},
        {QStringLiteral("attempt"), e.attempt},
        {QStringLiteral("httpStatus"), e.httpStatus},
        {QStringLiteral("elapsedMs"), e.elapsedMs},
        {QStringLiteral("requestBody"), e.requestBody},
        {QStringLiteral("responseBody"), e.responseBody},
    };
    if (!e.time.isEmpty())
        object.insert(QStringLiteral("time"), e.time.toJson());
    if (e.error.isError()) {
        object.insert(
            QStringLiteral("error"),
            QJsonObject{{QStringLiteral("category"), RestError::categoryName(e.error.category())},
                        {QStringLiteral("code"), e.error.code()},
                        {QStringLiteral("message"), e.error.technicalMessage()}});
    }
    return object;
}

QJsonArray RequestLogModel::toJson() const
{
    QJsonArray all;
    for (const Exchange &e : m_exchanges)
        all.append(toJson(e));
    return all;
}

QString RequestLogModel::hostOf(const QString &url)
{
    const QUrl parsed(url);
    if (parsed.host().isEmpty())
        return {};
    return parsed.port() > 0 ? QStringLiteral("%1:%2").arg(parsed.host()).arg(parsed.port())
                             : parsed.host();
}

QString RequestLogModel::prettyJson(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || document.isNull())
        return text;
    return QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed();
}

QString RequestLogModel::portalHost() const
{
    for (const QPointer<RestClient> &client : m_watched) {
        if (client && client->credential()) {
            const QUrl portal = client->credential()->portalUrl();
            return hostOf(portal.toString());
        }
    }
    return m_exchanges.isEmpty() ? QString() : hostOf(m_exchanges.constLast().url);
}

QJsonObject RequestLogModel::diagnosticsHeader() const
{
    return QJsonObject{
        {QStringLiteral("app"), QCoreApplication::applicationName()},
        {QStringLiteral("appVersion"), QCoreApplication::applicationVersion()},
        {QStringLiteral("qtBuild"), QStringLiteral(QT_VERSION_STR)},
        {QStringLiteral("qtRuntime"), QString::fromLatin1(qVersion())},
        {QStringLiteral("os"), QSysInfo::prettyProductName()},
        {QStringLiteral("kernel"),
         QSysInfo::kernelType() + QLatin1Char(' ') + QSysInfo::kernelVersion()},
        {QStringLiteral("cpu"), QSysInfo::currentCpuArchitecture()},
        {QStringLiteral("portal"), portalHost()},
        {QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
    };
}

bool RequestLogModel::saveDiagnostics(const QString &fileName, QString *error) const
{
    // QJsonObject writes its keys sorted: "about" comes first, so the file opens with
    // what support asks before anything else.
    const QJsonObject document{
        {QStringLiteral("about"), diagnosticsHeader()},
        {QStringLiteral("application"), QCoreApplication::applicationName()},
        {QStringLiteral("version"), QCoreApplication::applicationVersion()},
        {QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("note"), QStringLiteral("Secrets are masked.")},
        {QStringLiteral("exchanges"), toJson()},
    };
    // The exchanges name the portal and its mailboxes: for the owner's eyes only.
    QString why;
    if (OwnerOnlyFile::write(fileName, QJsonDocument(document).toJson(QJsonDocument::Indented),
                             &why))
        return true;
    if (error)
        *error = tr("The diagnostics could not be saved to %1: %2").arg(fileName, why);
    return false;
}

} // namespace mb
