#include "SenderPicker.h"

#include "ErrorBanner.h"
#include "MatchHighlightDelegate.h"
#include "SenderComboBox.h"
#include "SenderListView.h"
#include "models/PlainToolTip.h"
#include "models/SenderFilterProxyModel.h"
#include "models/SenderModel.h"
#include "rest/RestClient.h"
#include "rest/UntrustedText.h"
#include "settings/AppSettings.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace mb {

namespace {

QStringList toStrings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &item : value.toArray())
        out.append(item.toString());
    return out;
}

// Rows the list is sized for (QComboBox::maxVisibleItems()).
int shownRows(const QComboBox *combo)
{
    return qMin(combo->count(), combo->maxVisibleItems());
}

bool isListNavigation(const QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
        return !(event->modifiers() & Qt::AltModifier);
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        return true;
    case Qt::Key_Home:
    case Qt::Key_End:
        return event->modifiers() & Qt::ControlModifier; // without: the text's cursor
    default:
        return false;
    }
}

// Alt+Down, Alt+Up and F4 close the open list (and pick the highlighted row).
bool isListToggle(const QKeyEvent *event)
{
    return ((event->key() == Qt::Key_Down || event->key() == Qt::Key_Up) &&
            (event->modifiers() & Qt::AltModifier)) ||
           (event->key() == Qt::Key_F4 && !(event->modifiers() & ~Qt::KeypadModifier));
}

bool isEnter(const QKeyEvent *event)
{
    return event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
}

} // namespace

SenderPicker::SenderPicker(AppSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_model(new SenderModel(this))
    , m_proxy(new SenderFilterProxyModel(this))
    , m_combo(new SenderComboBox(this))
    , m_delegate(nullptr)
    , m_copy(new QToolButton(this))
    , m_hint(new QLabel(this))
    , m_banner(new ErrorBanner(this))
    , m_pin(new QAction(tr("Pin or unpin the highlighted sender"), this))
{
    m_proxy->setSourceModel(m_model);
    // Used on its own there is no mailbox list to say which senders are mailboxes.
    m_model->setLearnsOwnMailboxes(true);

    m_combo->setEditable(true);
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    // The proxy filters; a completer would filter (or complete) the same text a second time.
    m_combo->setCompleter(nullptr);
    // Without a placeholder, QComboBox makes row 0 current when rows appear in an empty list,
    // which would pick a sender while the user types.
    m_combo->setPlaceholderText(tr("Choose a sender"));
    m_combo->setModel(m_proxy);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(28);
    m_combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_combo->setAccessibleName(tr("Sender"));
    m_combo->setAccessibleDescription(
        tr("Type a name, address or domain to filter the senders. Down opens the list, Enter "
           "picks the highlighted sender or the top match, Escape puts the chosen one back, "
           "Ctrl+P pins the highlighted sender."));
    m_combo->setCurrentIndex(-1);

    QLineEdit *edit = m_combo->lineEdit();
    edit->setPlaceholderText(tr("Type a name, address or domain"));
    edit->setAccessibleName(tr("Sender"));
    edit->setClearButtonEnabled(true);
    connect(edit, &QLineEdit::textEdited, this, &SenderPicker::onTextEdited);
    connect(m_combo, &QComboBox::activated, this, &SenderPicker::onActivated);
    connect(m_combo, &SenderComboBox::popupAboutToShow, this, &SenderPicker::preparePopup);
    connect(m_combo, &SenderComboBox::popupShown, this, &SenderPicker::popupShown);
    m_combo->installEventFilter(this);

    m_combo->setView(new SenderListView(edit));
    m_delegate = new MatchHighlightDelegate([this] { return m_proxy->filterText(); }, m_combo);
    m_combo->setItemDelegate(m_delegate);
    QAbstractItemView *view = m_combo->view();
    view->setAccessibleName(tr("Matching senders"));
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, &SenderPicker::showPopupMenu);
    // After the combo's own filter on the list, so this one sees the keys first.
    view->installEventFilter(this);

    m_copy->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    m_copy->setText(tr("Copy sender"));
    m_copy->setAccessibleName(tr("Copy sender"));
    m_copy->setToolTip(tr("Copy \"Name <email>\" of the chosen sender"));
    m_copy->setToolButtonStyle(m_copy->icon().isNull() ? Qt::ToolButtonTextOnly
                                                       : Qt::ToolButtonIconOnly);
    m_copy->setEnabled(false);
    connect(m_copy, &QToolButton::clicked, this, &SenderPicker::copyCurrent);

    m_pin->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_pin->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_pin, &QAction::triggered, this, [this] {
        const QModelIndex index = popupView()->currentIndex();
        if (isPopupVisible() && index.isValid())
            togglePinned(index.data(SenderFilterProxyModel::KeyRole).toString());
        else if (m_current)
            togglePinned(SenderModel::displayText(*m_current));
    });
    addAction(m_pin);

    m_hint->setTextFormat(Qt::PlainText); // quotes what was typed or pasted
    m_hint->setWordWrap(true);
    m_hint->setAccessibleName(tr("Why this input is not a sender"));
    m_hint->hide();
    m_banner->setAccessibleName(tr("Senders could not be loaded"));
    connect(m_banner, &ErrorBanner::retryRequested, this, [this] {
        m_model->reload();
        updateError();
    });
    connect(m_banner, &ErrorBanner::signInRequested, this, &SenderPicker::signInRequested);
    // A portal moved to another domain: the banner asks, as the main window's do; following
    // is allowed for this session only, and the account keeps the new address once it answers.
    m_banner->setCanFollowMoves(true);
    connect(m_banner, &ErrorBanner::moveAccepted, this, [this](const QUrl &portal) {
        if (RestClient *client = m_model->client()) {
            client->allowMoveTo(portal);
            m_model->reload();
            updateError();
        }
    });
    connect(m_model, &SenderModel::loadingChanged, this, &SenderPicker::updateError);
    connect(m_model, &SenderModel::errorMessageChanged, this, &SenderPicker::updateError);
    // The line edit's own signal: typing, and the text this picker puts there.
    connect(edit, &QLineEdit::textChanged, this, &SenderPicker::updateInput);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_combo, 1);
    row->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_hint);
    layout->addWidget(m_banner);
    setFocusProxy(m_combo);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    // After the combo's own connections, so these see (and correct) what it did.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &SenderPicker::onProxyChanged);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &SenderPicker::onProxyChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &SenderPicker::onProxyChanged);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &SenderPicker::onProxyChanged);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &SenderPicker::updateToolTip);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SenderPicker::onSourceReset);
    connect(m_model, &SenderModel::errorMessageChanged, this, &SenderPicker::updateToolTip);
    updateToolTip();
    updateError();
}

SenderPicker::~SenderPicker()
{
    popupView()->removeEventFilter(this);
    // The combo goes before the models; none of its signals or events should reach a
    // half-destroyed picker (~QWidget still moves the focus out of it).
    m_combo->removeEventFilter(this);
    m_combo->disconnect(this);
    m_combo->lineEdit()->disconnect(this);
    m_proxy->disconnect(this);
    m_model->disconnect(this);
}

void SenderPicker::setClient(RestClient *client)
{
    hidePopup();
    m_model->setClient(client);
}

void SenderPicker::setAccountKey(const QString &key)
{
    m_accountKey = key;
    load();
    preselectLast();
}

QString SenderPicker::currentText() const
{
    return SenderModel::withoutBidiControls(m_combo->currentText());
}

int SenderPicker::rowOfTyped() const
{
    const QString text = SenderModel::withoutBidiControls(m_combo->lineEdit()->text()).trimmed();
    if (text.isEmpty())
        return -1;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(SenderFilterProxyModel::KeyRole)
                    .toString()
                    .compare(text, Qt::CaseInsensitive) == 0 ||
            index.data(SenderModel::EmailRole).toString().compare(text, Qt::CaseInsensitive) == 0)
            return row;
    }
    return -1;
}

bool SenderPicker::hasAcceptableInput() const
{
    if (!m_editing)
        return m_current.has_value();
    return rowOfTyped() >= 0;
}

bool SenderPicker::commitInput()
{
    if (!m_editing)
        return m_current.has_value();
    const int row = rowOfTyped();
    if (row < 0)
        return false;
    pick(m_proxy->index(row, 0));
    return true;
}

QString SenderPicker::inputHint() const
{
    if (!m_editing)
        return {};
    const QString text = SenderModel::withoutBidiControls(m_combo->lineEdit()->text()).trimmed();
    if (text.isEmpty() || rowOfTyped() >= 0)
        return {};
    const int matches = m_proxy->rowCount();
    if (matches > 0)
        return tr("%n sender(s) match: pick one with the arrow keys and Enter (Enter alone "
                  "takes the top one).",
                  nullptr, matches);
    if (m_model->isLoading())
        return tr("No sender matches “%1” yet: the senders are still loading.").arg(text);
    if (text.contains(QLatin1Char('@')))
        return tr("“%1” is not an address you may send from. Only your mailboxes and the "
                  "addresses confirmed for you on the portal can be chosen.")
            .arg(text);
    return tr("No sender matches “%1”.").arg(text);
}

void SenderPicker::updateInput()
{
    const QString hint = inputHint();
    if (m_hint->text() != hint)
        m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
    Q_EMIT inputChanged();
}

void SenderPicker::updateError()
{
    m_banner->setError(m_model->isLoading() ? QString() : m_model->errorMessage(),
                       m_model->lastError());
}

QComboBox *SenderPicker::comboBox() const
{
    return m_combo;
}

QAbstractItemView *SenderPicker::popupView() const
{
    return m_combo->view();
}

bool SenderPicker::setCurrentKey(const QString &key)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (SenderModel::displayText(m_model->senderAt(row)) == key) {
            pick(m_proxy->mapFromSource(m_model->index(row)));
            return true;
        }
    }
    return false;
}

bool SenderPicker::isPinned(const QString &key) const
{
    return m_proxy->pinned().contains(key);
}

void SenderPicker::togglePinned(const QString &key)
{
    QStringList pinned = m_proxy->pinned();
    if (!pinned.removeAll(key))
        pinned.append(key);
    m_proxy->setPinned(pinned);
    save();
    updateToolTip();
}

QStringList SenderPicker::pinned() const
{
    return m_proxy->pinned();
}

QStringList SenderPicker::recent() const
{
    return m_proxy->recent();
}

void SenderPicker::copyCurrent()
{
    if (m_current)
        QGuiApplication::clipboard()->setText(
            UntrustedText::plain(SenderModel::displayText(*m_current)));
}

bool SenderPicker::isPopupVisible() const
{
    return m_combo->view()->isVisible();
}

bool SenderPicker::comboKeyPress(QKeyEvent *event)
{
    if (isPopupVisible())
        return popupKey(event, false);
    if (isEnter(event)) {
        if (!m_editing) {
            event->ignore(); // the dialog's default button
            return true;
        }
        pickHighlightedOrBest();
        event->accept();
        return true;
    }
    if (event->matches(QKeySequence::Cancel)) {
        if (!m_editing) {
            event->ignore(); // the dialog closes
            return true;
        }
        revert();
        event->accept();
        return true;
    }
    if (isListToggle(event) ||
        (isListNavigation(event) && !(event->modifiers() & Qt::ControlModifier))) {
        openPopup(Highlight::CurrentOrFirst);
        event->accept();
        return true;
    }
    return false; // QComboBox hands it to the line edit
}

void SenderPicker::comboFocusOut(Qt::FocusReason reason)
{
    // The list opening takes the focus (PopupFocusReason, then its view's setFocus()), and so
    // may another window for a while: none of that is leaving the combo.
    if (reason == Qt::PopupFocusReason || reason == Qt::ActiveWindowFocusReason || isPopupVisible())
        return;
    // Tab, a click elsewhere: what was typed goes, the choice stays.
    if (m_editing)
        revert();
}

bool SenderPicker::popupShortcutOverride(QKeyEvent *event)
{
    // These act on the override already (QComboBox's list container would pick, or close,
    // without asking otherwise); the key press that follows goes to the hidden list.
    if (isEnter(event) || isListToggle(event) || event->matches(QKeySequence::Cancel)) {
        popupKey(event, true);
        event->accept();
        return true;
    }
    if (isListNavigation(event) || event->key() == Qt::Key_Tab || event->key() == Qt::Key_Backtab)
        return false;
    // Editing keys belong to the line edit, not to a shortcut of the window.
    event->ignore();
    m_combo->lineEdit()->event(event);
    return event->isAccepted();
}

bool SenderPicker::popupKey(QKeyEvent *event, bool fromList)
{
    QAbstractItemView *view = popupView();
    if (event->matches(QKeySequence::Cancel)) {
        hidePopup();
        revert();
        event->accept();
        return true;
    }
    if (isEnter(event)) {
        pickHighlightedOrBest();
        event->accept();
        return true;
    }
    if (isListToggle(event)) {
        if (view->currentIndex().isValid())
            pick(view->currentIndex());
        else
            hidePopup();
        event->accept();
        return true;
    }
    if (event->key() == Qt::Key_Tab || event->key() == Qt::Key_Backtab) {
        hidePopup();
        revert();
        if (fromList) {
            // Leave the combo as Tab would have done without the list.
            QKeyEvent tab(event->type(), event->key(), event->modifiers(), event->text());
            QCoreApplication::sendEvent(m_combo, &tab);
        }
        event->accept();
        return true;
    }
    if (isListNavigation(event)) {
        if (fromList)
            return false; // the list moves its highlight itself
        QCoreApplication::sendEvent(view, event);
        return true;
    }
    if (!m_pin->shortcut().isEmpty() &&
        QKeySequence(event->keyCombination()).matches(m_pin->shortcut()) ==
            QKeySequence::ExactMatch) {
        m_pin->trigger();
        event->accept();
        return true;
    }
    if (!fromList)
        return false; // QComboBox hands it to the line edit
    // Typing goes on in the field while the list has the keyboard.
    m_combo->lineEdit()->event(event);
    return true;
}

bool SenderPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_combo) {
        if (event->type() == QEvent::KeyPress) {
            auto *key = static_cast<QKeyEvent *>(event);
            // Handled here, kept from QComboBox. One left ignored goes on to the parents, as
            // QApplication passes unaccepted keys on (Enter for the dialog's default button,
            // Escape to close it).
            return comboKeyPress(key); // false: QComboBox hands it to the line edit
        }
        if (event->type() == QEvent::FocusOut)
            comboFocusOut(static_cast<QFocusEvent *>(event)->reason());
        return false;
    }
    if (watched == popupView() && isPopupVisible()) {
        if (event->type() == QEvent::ShortcutOverride)
            return popupShortcutOverride(static_cast<QKeyEvent *>(event));
        if (event->type() == QEvent::KeyPress)
            return popupKey(static_cast<QKeyEvent *>(event), true);
        if (event->type() == QEvent::KeyRelease) {
            m_combo->lineEdit()->event(event);
            return false;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SenderPicker::onTextEdited(const QString &text)
{
    m_editing = true;
    applyFilter(text);
    updateInput(); // the matches changed with the filter
    if (m_proxy->rowCount() == 0) {
        hidePopup();
    } else if (!isPopupVisible()) {
        openPopup(Highlight::None);
    } else {
        if (shownRows(m_combo) != m_popupRows) {
            ++m_busy;
            m_combo->resizePopup();
            --m_busy;
            m_popupRows = shownRows(m_combo);
        }
        highlightRow(-1);
    }
}

void SenderPicker::applyFilter(const QString &text)
{
    QLineEdit *edit = m_combo->lineEdit();
    const QString typed = edit->text();
    const int cursor = edit->cursorPosition();
    ++m_busy;
    // While the user types the combo follows no row: QComboBox would otherwise move its
    // current row (and its text) as rows come and go under it.
    if (m_combo->currentIndex() != -1)
        m_combo->setCurrentIndex(-1);
    m_proxy->setFilterText(text);
    if (m_combo->currentIndex() != -1)
        m_combo->setCurrentIndex(-1);
    --m_busy;
    if (edit->text() != typed) {
        edit->setText(typed);
        edit->setCursorPosition(cursor);
    }
    popupView()->viewport()->update(); // the bold parts change even where the rows stay
}

void SenderPicker::openPopup(Highlight highlight)
{
    if (m_proxy->rowCount() == 0)
        return;
    m_highlight = highlight;
    m_combo->showPopup();
}

void SenderPicker::hidePopup()
{
    if (isPopupVisible())
        m_combo->hidePopup();
}

void SenderPicker::preparePopup()
{
    // As wide as the longest sender (within the screen), at least as wide as the combo.
    QAbstractItemView *view = popupView();
    int width = 0;
    const int rows = qMin(m_proxy->rowCount(), 500);
    for (int row = 0; row < rows; ++row)
        width = qMax(width, view->sizeHintForIndex(m_proxy->index(row, 0)).width());
    width += view->verticalScrollBar()->sizeHint().width() + 2 * view->frameWidth();
    if (const QScreen *screen = m_combo->screen())
        width = qMin(width, screen->availableGeometry().width() * 9 / 10);
    view->setMinimumWidth(width);
    // QComboBox emits activated() for a text that equals a row when the field loses the focus
    // to the opening list; only the user's choice in the list may pick.
    ++m_busy;
}

void SenderPicker::popupShown()
{
    --m_busy;
    int row = -1;
    if (m_highlight != Highlight::None && !m_editing && m_current)
        row = m_proxy->rowOfKey(SenderModel::displayText(*m_current));
    if (row < 0 && m_highlight == Highlight::CurrentOrFirst && m_proxy->rowCount() > 0)
        row = 0;
    highlightRow(row);
    if (m_editing)
        syncCombo();                  // what is typed stays, whatever QComboBox made of it
    m_highlight = Highlight::Current; // the arrow button's, next time
    m_popupRows = shownRows(m_combo);
}

void SenderPicker::highlightRow(int row)
{
    QAbstractItemView *view = popupView();
    QItemSelectionModel *selection = view->selectionModel();
    if (row < 0) {
        selection->clear();
        view->scrollToTop();
        return;
    }
    const QModelIndex index = m_proxy->index(row, 0);
    selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    view->scrollTo(index);
}

void SenderPicker::pickHighlightedOrBest()
{
    const QModelIndex highlighted = isPopupVisible() ? popupView()->currentIndex() : QModelIndex();
    if (highlighted.isValid()) {
        pick(highlighted);
        return;
    }
    // Nothing highlighted: the sender typed in full (or its address), else the top match.
    if (const int row = rowOfTyped(); row >= 0) {
        pick(m_proxy->index(row, 0));
        return;
    }
    if (m_proxy->rowCount() > 0)
        pick(m_proxy->index(0, 0));
    else
        QApplication::beep();
}

void SenderPicker::revert()
{
    m_editing = false;
    ++m_busy;
    m_proxy->setFilterText({});
    --m_busy;
    syncCombo();
    m_combo->lineEdit()->selectAll();
}

void SenderPicker::onActivated(int row)
{
    // The user chose a row of the list (click, or the list's own keys).
    if (m_busy)
        return;
    pick(m_proxy->index(row, 0));
}

void SenderPicker::pick(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    const Sender sender = proxyIndex.data(SenderModel::SenderRole).value<Sender>();
    const QString key = SenderModel::displayText(sender);
    hidePopup();
    m_last = key;
    QStringList recent = m_proxy->recent();
    recent.removeAll(key);
    recent.prepend(key);
    while (recent.size() > MaxRecent)
        recent.removeLast();
    m_editing = false;
    ++m_busy;
    m_proxy->setFilterText({});
    m_proxy->setRecent(recent);
    --m_busy;
    save();
    setCurrent(sender);
    m_combo->lineEdit()->selectAll();
    Q_EMIT senderChosen(sender);
}

void SenderPicker::onProxyChanged()
{
    if (m_busy)
        return;
    preselectLast();
    syncCombo();
    // Rows arriving while the list is open: fit it to them.
    if (isPopupVisible() && shownRows(m_combo) != m_popupRows) {
        ++m_busy;
        m_combo->resizePopup();
        --m_busy;
        m_popupRows = shownRows(m_combo);
    }
}

void SenderPicker::onSourceReset()
{
    hidePopup();
    m_editing = false;
    ++m_busy;
    m_proxy->setFilterText({});
    --m_busy;
    setCurrent(std::nullopt);
}

void SenderPicker::preselectLast()
{
    if (m_current || m_editing || m_last.isEmpty())
        return;
    const int row = m_proxy->rowOfKey(m_last);
    if (row < 0)
        return;
    setCurrent(m_proxy->index(row, 0).data(SenderModel::SenderRole).value<Sender>());
}

void SenderPicker::syncCombo()
{
    QLineEdit *edit = m_combo->lineEdit();
    ++m_busy;
    if (m_editing) {
        // The text is the user's; QComboBox may have put a row's text there.
        const QString typed = edit->text();
        if (m_combo->currentIndex() != -1) {
            m_combo->setCurrentIndex(-1);
            edit->setText(typed);
        }
    } else {
        const QString key = m_current ? SenderModel::displayText(*m_current) : QString();
        const QString shown = m_current ? SenderModel::isolatedText(*m_current) : QString();
        const int row = m_current ? m_proxy->rowOfKey(key) : -1;
        if (m_combo->currentIndex() != row)
            m_combo->setCurrentIndex(row);
        if (edit->text() != shown)
            edit->setText(shown);
    }
    --m_busy;
    updateToolTip();
    updateInput();
}

void SenderPicker::showPopupMenu(const QPoint &pos)
{
    QAbstractItemView *view = popupView();
    const QModelIndex index = view->indexAt(pos);
    if (!index.isValid())
        return;
    const QString key = index.data(SenderFilterProxyModel::KeyRole).toString();
    QMenu menu(this);
    QAction *pin = menu.addAction(isPinned(key) ? tr("Unpin") : tr("Pin to the top"));
    QAction *copy = menu.addAction(tr("Copy sender"));
    QAction *chosen = menu.exec(view->viewport()->mapToGlobal(pos));
    if (chosen == pin)
        togglePinned(key);
    else if (chosen == copy)
        QGuiApplication::clipboard()->setText(UntrustedText::plain(key));
}

void SenderPicker::setCurrent(const std::optional<Sender> &sender)
{
    const auto keyOf = [](const std::optional<Sender> &s) {
        return s ? SenderModel::displayText(*s) : QString();
    };
    const bool changed =
        m_current.has_value() != sender.has_value() || keyOf(m_current) != keyOf(sender);
    m_current = sender;
    m_copy->setEnabled(sender.has_value());
    syncCombo();
    if (changed)
        Q_EMIT currentSenderChanged();
}

void SenderPicker::updateToolTip()
{
    // Why the chosen sender is offered; the list's rows say it for each.
    QString tip;
    if (m_current) {
        const int row = m_proxy->rowOfKey(SenderModel::displayText(*m_current));
        if (row >= 0)
            tip = m_proxy->index(row, 0).data(SenderModel::ReasonRole).toString();
    }
    if (!m_model->errorMessage().isEmpty())
        tip = tip.isEmpty() ? m_model->errorMessage() : tip + u'\n' + m_model->errorMessage();
    m_combo->setToolTip(plainToolTip(tip));
}

QString SenderPicker::stateKey() const
{
    return QStringLiteral("senderPicker/") + m_accountKey;
}

void SenderPicker::load()
{
    QJsonObject state;
    if (m_settings && !m_accountKey.isEmpty())
        state = QJsonDocument::fromJson(m_settings->uiState(stateKey())).object();
    m_last = state.value(QStringLiteral("last")).toString();
    m_proxy->setPinned(toStrings(state.value(QStringLiteral("pinned"))));
    m_proxy->setRecent(toStrings(state.value(QStringLiteral("recent"))));
}

void SenderPicker::save() const
{
    if (!m_settings || m_accountKey.isEmpty())
        return;
    const QJsonObject state{
        {QStringLiteral("last"), m_last},
        {QStringLiteral("pinned"), QJsonArray::fromStringList(m_proxy->pinned())},
        {QStringLiteral("recent"), QJsonArray::fromStringList(m_proxy->recent())},
    };
    m_settings->setUiState(stateKey(), QJsonDocument(state).toJson(QJsonDocument::Compact));
}

} // namespace mb
