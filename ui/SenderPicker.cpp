#include "SenderPicker.h"

#include "MatchHighlightDelegate.h"
#include "SenderFilterProxyModel.h"
#include "models/SenderModel.h"
#include "settings/AppSettings.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QScreen>
#include <QToolButton>

namespace mb {

namespace {

QStringList toStrings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &item : value.toArray())
        out.append(item.toString());
    return out;
}

} // namespace

SenderPicker::SenderPicker(AppSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_model(new SenderModel(this))
    , m_proxy(new SenderFilterProxyModel(this))
    , m_edit(new QLineEdit(this))
    , m_copy(new QToolButton(this))
    , m_popup(new QListView(this))
{
    m_proxy->setSourceModel(m_model);

    m_edit->setPlaceholderText(tr("Type a name, address or domain"));
    m_edit->setAccessibleName(tr("Sender"));
    m_edit->setAccessibleDescription(
        tr("Type to filter the senders; Down opens the list, Enter picks, Escape closes it, "
           "Ctrl+P pins the highlighted sender."));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    connect(m_edit, &QLineEdit::textEdited, this, &SenderPicker::onTextEdited);

    m_copy->setText(tr("Copy sender"));
    m_copy->setAccessibleName(tr("Copy sender"));
    m_copy->setToolTip(tr("Copy \"Name <email>\" of the chosen sender"));
    m_copy->setEnabled(false);
    connect(m_copy, &QToolButton::clicked, this, &SenderPicker::copyCurrent);

    // A list under the field that never takes the focus, so typing goes on in the field.
    m_popup->setWindowFlags(Qt::Tool | Qt::FramelessWindowHint | Qt::WindowDoesNotAcceptFocus);
    m_popup->setAttribute(Qt::WA_ShowWithoutActivating);
    m_popup->setFocusPolicy(Qt::NoFocus);
    m_popup->setAccessibleName(tr("Matching senders"));
    m_popup->setModel(m_proxy);
    m_popup->setItemDelegate(
        new MatchHighlightDelegate([this] { return m_proxy->filterText(); }, m_popup));
    m_popup->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_popup->setSelectionMode(QAbstractItemView::SingleSelection);
    m_popup->setContextMenuPolicy(Qt::CustomContextMenu);
    m_popup->setUniformItemSizes(true);
    connect(m_popup, &QListView::clicked, this, &SenderPicker::pick);
    connect(m_popup, &QListView::customContextMenuRequested, this, &SenderPicker::showPopupMenu);

    auto *pin = new QAction(tr("Pin or unpin the highlighted sender"), this);
    pin->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    pin->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(pin, &QAction::triggered, this, [this] {
        const QModelIndex index = m_popup->currentIndex();
        if (isPopupVisible() && index.isValid())
            togglePinned(index.data(SenderFilterProxyModel::KeyRole).toString());
        else if (m_current)
            togglePinned(SenderModel::displayText(*m_current));
    });
    addAction(pin);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_copy);
    setFocusProxy(m_edit);

    connect(m_model, &QAbstractItemModel::rowsInserted, this, &SenderPicker::preselectLast);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_current)
            m_edit->clear();
        setCurrent(std::nullopt);
    });
    connect(m_model, &SenderModel::errorMessageChanged, this,
            [this](const QString &message) { m_edit->setToolTip(message); });
}

SenderPicker::~SenderPicker() = default;

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
    return m_edit->text();
}

bool SenderPicker::setCurrentKey(const QString &key)
{
    m_proxy->setFilterText({});
    const int row = m_proxy->rowOfKey(key);
    if (row < 0)
        return false;
    pick(m_proxy->index(row, 0));
    return true;
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
        QGuiApplication::clipboard()->setText(SenderModel::displayText(*m_current));
}

bool SenderPicker::isPopupVisible() const
{
    return m_popup->isVisible();
}

bool SenderPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_edit)
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::FocusOut) {
        hidePopup();
    } else if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down:
            if (!isPopupVisible())
                showPopup();
            else
                moveSelection(1);
            return true;
        case Qt::Key_Up:
            if (isPopupVisible()) {
                moveSelection(-1);
                return true;
            }
            break;
        case Qt::Key_PageDown:
        case Qt::Key_PageUp:
            if (isPopupVisible()) {
                moveSelection(key->key() == Qt::Key_PageDown ? 10 : -10);
                return true;
            }
            break;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (isPopupVisible()) {
                const QModelIndex index = m_popup->currentIndex();
                if (index.isValid())
                    pick(index);
                else
                    hidePopup();
                return true;
            }
            break;
        case Qt::Key_Escape:
            if (isPopupVisible()) {
                hidePopup();
                return true;
            }
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SenderPicker::onTextEdited(const QString &text)
{
    if (m_current && text != SenderModel::displayText(*m_current))
        setCurrent(std::nullopt);
    m_proxy->setFilterText(text);
    if (m_proxy->rowCount() > 0)
        showPopup();
    else
        hidePopup();
}

void SenderPicker::showPopup()
{
    if (m_proxy->rowCount() == 0)
        return;
    placePopup();
    m_popup->show();
    if (!m_popup->currentIndex().isValid())
        m_popup->setCurrentIndex(m_proxy->index(0, 0));
    m_popup->scrollTo(m_popup->currentIndex());
}

void SenderPicker::hidePopup()
{
    m_popup->hide();
}

void SenderPicker::placePopup()
{
    const int rows = qMin(m_proxy->rowCount(), 10);
    const int rowHeight = qMax(m_popup->sizeHintForRow(0), fontMetrics().height() + 4);
    const int frame = 2 * m_popup->frameWidth();
    QPoint topLeft = m_edit->mapToGlobal(QPoint(0, m_edit->height()));
    const int height = rows * rowHeight + frame;
    if (QScreen *screen = m_edit->screen()) {
        const QRect available = screen->availableGeometry();
        if (topLeft.y() + height > available.bottom())
            topLeft.setY(m_edit->mapToGlobal(QPoint(0, 0)).y() - height);
    }
    m_popup->setGeometry(QRect(topLeft, QSize(qMax(width(), 300), height)));
}

void SenderPicker::moveSelection(int delta)
{
    const int count = m_proxy->rowCount();
    if (count == 0)
        return;
    const QModelIndex current = m_popup->currentIndex();
    const int row = current.isValid() ? qBound(0, current.row() + delta, count - 1) : 0;
    m_popup->setCurrentIndex(m_proxy->index(row, 0));
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
    m_proxy->setFilterText({});
    m_proxy->setRecent(recent);
    save();
    setCurrent(sender);
    Q_EMIT senderChosen(sender);
}

void SenderPicker::preselectLast()
{
    if (m_current || m_last.isEmpty() || !m_edit->text().isEmpty())
        return;
    const int row = m_proxy->rowOfKey(m_last);
    if (row < 0)
        return;
    setCurrent(m_proxy->index(row, 0).data(SenderModel::SenderRole).value<Sender>());
}

void SenderPicker::showPopupMenu(const QPoint &pos)
{
    const QModelIndex index = m_popup->indexAt(pos);
    if (!index.isValid())
        return;
    const QString key = index.data(SenderFilterProxyModel::KeyRole).toString();
    QMenu menu(this);
    QAction *pin = menu.addAction(isPinned(key) ? tr("Unpin") : tr("Pin to the top"));
    QAction *copy = menu.addAction(tr("Copy sender"));
    QAction *chosen = menu.exec(m_popup->viewport()->mapToGlobal(pos));
    if (chosen == pin)
        togglePinned(key);
    else if (chosen == copy)
        QGuiApplication::clipboard()->setText(key);
}

void SenderPicker::setCurrent(const std::optional<Sender> &sender)
{
    const bool had = m_current.has_value();
    m_current = sender;
    m_copy->setEnabled(sender.has_value());
    if (sender) {
        const QModelIndex source = [&] {
            for (int row = 0; row < m_model->rowCount(); ++row) {
                if (SenderModel::displayText(m_model->senderAt(row)) ==
                    SenderModel::displayText(*sender))
                    return m_model->index(row);
            }
            return QModelIndex();
        }();
        m_edit->setText(SenderModel::displayText(*sender));
        m_edit->setToolTip(source.data(Qt::ToolTipRole).toString());
    } else {
        m_edit->setToolTip({});
    }
    if (had || sender)
        Q_EMIT currentSenderChanged();
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
