#pragma once

#include <QPointer>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace mb {

class SenderModel;

// The sender picker's view of SenderModel: the rows whose name, address or domain contain
// the typed text (ignoring case), pinned senders first (in the order they were pinned), then
// the recently picked ones (latest first), then the rest in the portal's order. Senders are
// told apart by their key ("Name <email>", plain), so one address under two names stays two
// rows: the name is what recipients see in the From line, so "Dana Roe <sales@…>" and
// "ACME Sales <sales@…>" are two choices, not one. The same key listed twice is one choice:
// only its first row is offered (SenderModel::isFirstOfKey(); a source of another kind has
// every row offered). Qt::EditRole is the display text (an editable QComboBox
// shows that), and SenderModel::ReasonRole adds to the source's reason why a sender is on top
// (Qt::ToolTipRole is that as a tooltip).
class SenderFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum Role {
        KeyRole = Qt::UserRole + 100, // "Name <email>", SenderModel::displayText()
        PinnedRole,                   // bool
        RecentRole,                   // bool
    };

    explicit SenderFilterProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *source) override;

    QString filterText() const { return m_text; }
    // Trimmed, without bidi controls (a text copied from the combo has them).
    void setFilterText(const QString &text);

    QStringList pinned() const { return m_pinned; }
    void setPinned(const QStringList &keys);
    QStringList recent() const { return m_recent; }
    void setRecent(const QStringList &keys);

    // The proxy row of the sender with this key, or -1.
    int rowOfKey(const QString &key) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString keyOf(const QModelIndex &sourceIndex) const;
    int rank(const QModelIndex &sourceIndex) const;
    void resort();
    QString m_text;
    QStringList m_pinned;
    QStringList m_recent;
    QPointer<SenderModel> m_senders; // the source, when it is one
};

} // namespace mb
