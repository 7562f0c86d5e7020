#pragma once

#include <QSortFilterProxyModel>

namespace mb {

// The Senders tab's view of SenderAddressModel: the addresses whose names, address or domain
// contain the search text (ignoring case and bidi controls), sorted by the column the user
// picked (locale-aware, ignoring case) or, with no sort column, in the portal's order.
class SenderAddressFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit SenderAddressFilterProxyModel(QObject *parent = nullptr);

    QString searchText() const { return m_text; }
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
};

} // namespace mb
