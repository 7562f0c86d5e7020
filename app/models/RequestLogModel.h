#pragma once

#include "rest/Exchange.h"

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QList>
#include <QPointer>

namespace mb {

class RestClient;

// The request inspector's list: the most recent HTTP exchanges of the clients it watches,
// newest last, every text already redacted (Exchange). Support staff read method, status,
// duration and the portal's `time` here, open the bodies, and save it all as a diagnostics
// file that is just as masked.
class RequestLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        MethodColumn,
        HostColumn, // the portal asked, port included when not the default
        StatusColumn,
        DurationColumn,
        ResultColumn,
        OperatingColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        ExchangeRole = Qt::UserRole + 1, // the whole mb::Exchange
        UrlRole,
        RequestBodyRole,
        ResponseBodyRole,
        FailedRole, // bool
    };
    Q_ENUM(Role)

    static constexpr int DefaultCapacity = 500;

    explicit RequestLogModel(QObject *parent = nullptr);

    // Records what `client` exchanges from now on, until it is destroyed or detached.
    void watch(RestClient *client);
    void unwatch(RestClient *client);
    void record(const Exchange &exchange);
    void clear();

    // Oldest entries go when more than `capacity` are kept.
    void setCapacity(int capacity);
    int capacity() const { return m_capacity; }
    const Exchange &exchange(int row) const { return m_exchanges.at(row); }

    // Everything, as JSON an engineer can read.
    QJsonArray toJson() const;
    // The portal the log is about: the watched client's, else the last exchange's host.
    QString portalHost() const;
    // What the diagnostics file starts with: the app and Qt versions (built with, running
    // on), the OS and kernel, the portal host and when it was saved.
    QJsonObject diagnosticsHeader() const;
    // `text` indented when it is JSON, as it was otherwise.
    static QString prettyJson(const QString &text);
    // host[:port] of a URL as the inspector shows it.
    static QString hostOf(const QString &url);
    // Writes the diagnostics file atomically (all or nothing). False with a translated
    // reason in `error`.
    bool saveDiagnostics(const QString &fileName, QString *error) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QJsonObject toJson(const Exchange &exchange);

private:
    void trim();

    QList<Exchange> m_exchanges;
    QList<QPointer<RestClient>> m_watched;
    int m_capacity = DefaultCapacity;
};

} // namespace mb
