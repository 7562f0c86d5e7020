#pragma once

#include "rest/Sender.h"

#include <QStringList>
#include <QWidget>

#include <optional>

class QLineEdit;
class QListView;
class QModelIndex;
class QToolButton;

namespace mb {

class AppSettings;
class RestClient;
class SenderFilterProxyModel;
class SenderModel;

// Chooses the address to send from: a field that filters the senders as the user types (by
// name, address or domain), a list under it with the matches in bold, and a button that
// copies "Name <email>". Down opens the list, Enter picks, Esc closes it. Pinned senders come
// first, then the recently picked ones; both, and the last choice (preselected), are
// remembered per account in AppSettings::uiState under "senderPicker/<account key>".
class SenderPicker : public QWidget
{
    Q_OBJECT
public:
    // `settings` may be null: then nothing is remembered.
    explicit SenderPicker(AppSettings *settings, QWidget *parent = nullptr);
    ~SenderPicker() override;

    // Not owned. Loads the client's senders (null empties the list).
    void setClient(RestClient *client);
    // Whose choices are remembered (an account id, or "demo"); reads them back.
    void setAccountKey(const QString &key);
    QString accountKey() const { return m_accountKey; }

    std::optional<Sender> currentSender() const { return m_current; }
    // The field's text: "Name <email>" once a sender is picked.
    QString currentText() const;
    // Picks the sender with this key ("Name <email>"), if it is in the list.
    bool setCurrentKey(const QString &key);

    bool isPinned(const QString &key) const;
    // Pins or unpins the sender with this key; remembered.
    void togglePinned(const QString &key);
    QStringList pinned() const;
    QStringList recent() const;

    // Copies "Name <email>" of the current sender to the clipboard.
    void copyCurrent();

    SenderModel *model() const { return m_model; }
    SenderFilterProxyModel *proxy() const { return m_proxy; }
    QLineEdit *lineEdit() const { return m_edit; }
    QListView *popup() const { return m_popup; }
    QToolButton *copyButton() const { return m_copy; }
    bool isPopupVisible() const;

    static constexpr int MaxRecent = 5;

Q_SIGNALS:
    void senderChosen(const mb::Sender &sender);
    void currentSenderChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onTextEdited(const QString &text);
    void showPopup();
    void hidePopup();
    void placePopup();
    void moveSelection(int delta);
    void pick(const QModelIndex &proxyIndex);
    void preselectLast();
    void showPopupMenu(const QPoint &pos);
    void setCurrent(const std::optional<Sender> &sender);
    void load();
    void save() const;
    QString stateKey() const;

    AppSettings *m_settings;
    SenderModel *m_model;
    SenderFilterProxyModel *m_proxy;
    QLineEdit *m_edit;
    QToolButton *m_copy;
    QListView *m_popup;
    QString m_accountKey;
    QString m_last;
    std::optional<Sender> m_current;
};

} // namespace mb
