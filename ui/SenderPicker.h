#pragma once

#include "rest/Sender.h"

#include <QStringList>
#include <QWidget>

#include <optional>

class QAbstractItemView;
class QAction;
class QComboBox;
class QKeyEvent;
class QLabel;
class QModelIndex;
class QToolButton;

namespace mb {

class AppSettings;
class ErrorBanner;
class MatchHighlightDelegate;
class RestClient;
class SenderComboBox;
class SenderFilterProxyModel;
class SenderModel;

// Chooses the address to send from: an editable combo box whose list is the senders filtered
// by what is typed (name, address or domain; the matches in bold), and a button that copies
// "Name <email>".
//
// Typing filters and opens the list without picking anything; Down (or Alt+Down, F4) opens
// the list, the arrows move in it, Enter picks the highlighted sender (or the top match when
// none is highlighted), Escape closes the list and puts the current choice back, Tab leaves
// with the current choice kept. Enter and Escape go on to the dialog when nothing is being
// typed. The choice is currentSender(), kept here: the combo's own current index only mirrors
// it (and is -1 while the user types), so filtering never changes the choice.
//
// Pinned senders come first, then the recently picked ones; both, and the last choice
// (preselected), are remembered per account in AppSettings::uiState under
// "senderPicker/<account key>". The list's tooltips say why a sender is offered.
//
// On the screen (the list, the field) a sender reads "Name <email>" with the name in bidi
// isolates (SenderModel::isolatedText), so a Hebrew or Arabic name does not carry the
// address along to its side. What leaves the picker as text (currentText(), the clipboard,
// the keys it remembers) is the plain "Name <email>": the next program, a mail header or a
// script, gets no invisible control characters.
//
// Under the field: a line that says why the typed text is not a choice (an address the user
// may not send from, or a filter to pick from) and, when the senders could not be loaded,
// the error with Retry (or, when the portal moved to another domain, Follow and Don't Follow).
// hasAcceptableInput() says whether a dialog's OK may take the input.
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
    // The combo's text without bidi controls: "Name <email>" of the current sender, or what
    // the user is typing.
    QString currentText() const;

    // Whether OK may go on: a sender is chosen and nothing else is being typed, or the typed
    // text is one offered sender ("Name <email>" or the address, ignoring case).
    bool hasAcceptableInput() const;
    // Picks the sender the typed text names, if that is what hasAcceptableInput() saw; true
    // when currentSender() is then what the input says.
    bool commitInput();
    // Why the input is not acceptable, as shown under the field; empty when it is, or when
    // nothing is typed.
    QString inputHint() const;
    QLabel *hintLabel() const { return m_hint; }
    ErrorBanner *errorBanner() const { return m_banner; }
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
    // The combo box (editable, no completer; its model is proxy()).
    QComboBox *comboBox() const;
    // The combo's list, shown under it.
    QAbstractItemView *popupView() const;
    MatchHighlightDelegate *highlightDelegate() const { return m_delegate; }
    QToolButton *copyButton() const { return m_copy; }
    bool isPopupVisible() const;

    static constexpr int MaxRecent = 5;

Q_SIGNALS:
    // The user (or setCurrentKey()) picked a sender, even the same one again.
    void senderChosen(const mb::Sender &sender);
    // currentSender() is another one (or none) now.
    void currentSenderChanged();
    // hasAcceptableInput() or inputHint() may have changed.
    void inputChanged();
    // The error banner asked for a new sign-in (the sign-in expired for good).
    void signInRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Which row is highlighted when the list opens.
    enum class Highlight { None, Current, CurrentOrFirst };

    // From the combo box (its event filter and signals).
    bool comboKeyPress(QKeyEvent *event);
    void comboFocusOut(Qt::FocusReason reason);
    void preparePopup();
    void popupShown();
    // Keys for the open list, whether they reach the list or the combo.
    bool popupKey(QKeyEvent *event, bool fromList);
    bool popupShortcutOverride(QKeyEvent *event);

    void onTextEdited(const QString &text);
    void onActivated(int row);
    void onProxyChanged();
    void onSourceReset();
    void applyFilter(const QString &text);
    void openPopup(Highlight highlight);
    void hidePopup();
    void highlightRow(int row);
    void pickHighlightedOrBest();
    void revert();
    void pick(const QModelIndex &proxyIndex);
    void preselectLast();
    void syncCombo();
    void showPopupMenu(const QPoint &pos);
    void setCurrent(const std::optional<Sender> &sender);
    void updateToolTip();
    void updateInput();
    void updateError();
    // The offered row the typed text names exactly (key or address), or -1.
    int rowOfTyped() const;
    void load();
    void save() const;
    QString stateKey() const;

    AppSettings *m_settings;
    SenderModel *m_model;
    SenderFilterProxyModel *m_proxy;
    SenderComboBox *m_combo;
    MatchHighlightDelegate *m_delegate;
    QToolButton *m_copy;
    QLabel *m_hint;
    ErrorBanner *m_banner;
    QAction *m_pin;
    QString m_accountKey;
    QString m_last;
    std::optional<Sender> m_current;
    // The text is the user's filter, not the current choice.
    bool m_editing = false;
    // Changes made here: the combo's and the proxy's signals are not reacted to.
    int m_busy = 0;
    Highlight m_highlight = Highlight::Current;
    int m_popupRows = 0;
};

} // namespace mb
