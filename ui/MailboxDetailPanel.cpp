#include "MailboxDetailPanel.h"

#include "LoadState.h"
#include "Retranslator.h"
#include "RowTable.h"
#include "models/JsonDisplay.h"
#include "models/MailboxDetailModel.h"
#include "rest/UntrustedText.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace mb {

namespace {
// A read-only text box whose text can be selected with the mouse and the keyboard; Tab
// moves on, as from any other control.
void setUpReadOnlyText(QPlainTextEdit *edit)
{
    edit->setReadOnly(true);
    edit->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    edit->setTabChangesFocus(true);
    edit->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
}

// A field's value whole: strings as they are, objects and arrays indented over lines.
QString fullValueText(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented))
            .trimmed();
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented))
            .trimmed();
    return jsonDisplayText(value);
}
} // namespace

MailboxDetailPanel::MailboxDetailPanel(MailboxDetailModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_state(new LoadState(this))
    , m_table(new QTableView(this))
    , m_valueLabel(new QLabel(this))
    , m_value(new PortalTextView(this))
    , m_sender(new QLabel(this))
    , m_rawButton(new QToolButton(this))
    , m_raw(new PortalTextView(this))
{
    Q_ASSERT(model);
    m_table->setModel(model);
    setUpRowTable(m_table);
    // One line a field: an address broken after its first dot reads worse than one cut at
    // the end, and the whole value is in the box below.
    m_table->setWordWrap(false);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(MailboxDetailModel::FieldColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(MailboxDetailModel::ValueColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(MailboxDetailModel::TypeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(MailboxDetailModel::DescriptionColumn, QHeaderView::Stretch);

    m_valueLabel->setTextFormat(Qt::PlainText); // quotes the portal's field title
    m_valueLabel->setBuddy(m_value);
    setUpReadOnlyText(m_value);
    // Two lines: a long address or name fits whole in a narrow panel; more scrolls.
    const int frame = 2 * (m_value->frameWidth() + int(m_value->document()->documentMargin()));
    m_value->setFixedHeight(2 * m_value->fontMetrics().lineSpacing() + frame);
    m_value->installEventFilter(this);

    m_sender->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_rawButton->setCheckable(true);
    m_rawButton->setAutoRaise(true);
    m_rawButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_rawButton->setArrowType(Qt::RightArrow);
    connect(m_rawButton, &QToolButton::toggled, this, [this](bool shown) {
        m_rawButton->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
        updateVisibility();
    });
    setUpReadOnlyText(m_raw);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->installEventFilter(this);

    // The fields above, the raw JSON (when open) below a handle the user can drag: a small
    // window has room for both only if one of them gives way.
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    auto *fields = new QWidget(split);
    auto *fieldsLayout = new QVBoxLayout(fields);
    fieldsLayout->setContentsMargins(0, 0, 0, 0);
    fieldsLayout->addWidget(m_table, 1);
    fieldsLayout->addWidget(m_valueLabel);
    fieldsLayout->addWidget(m_value);
    fieldsLayout->addWidget(m_sender);
    fieldsLayout->addWidget(m_rawButton, 0, Qt::AlignLeft);
    split->addWidget(fields);
    split->addWidget(m_raw);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_state);
    layout->addWidget(split, 1);

    connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
            &MailboxDetailPanel::onAboutToReset);
    connect(model, &QAbstractItemModel::modelReset, this, &MailboxDetailPanel::onReset);
    // The model resets on every change today; these keep the panel true should it not.
    connect(model, &QAbstractItemModel::rowsInserted, this, &MailboxDetailPanel::updateColumns);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &MailboxDetailPanel::updateColumns);
    connect(model, &QAbstractItemModel::dataChanged, this, [this] {
        updateColumns();
        updateValue();
    });
    connect(model, &MailboxDetailModel::mailboxIdChanged, this,
            &MailboxDetailPanel::updateVisibility);
    connect(model, &MailboxDetailModel::loadingChanged, this,
            &MailboxDetailPanel::updateVisibility);
    connect(model, &MailboxDetailModel::errorMessageChanged, this,
            &MailboxDetailPanel::updateVisibility);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!m_restoring && current.isValid())
                    m_currentField = current.data(MailboxDetailModel::FieldNameRole).toString();
                updateValue();
            });

    onReset();
    updateVisibility();
    Retranslator::bind(this, [this] {
        m_table->setAccessibleName(tr("Mailbox details"));
        m_value->setAccessibleName(tr("Full value of the selected field"));
        m_value->setPlaceholderText(tr("Select a field to see its full value."));
        m_sender->setToolTip(tr("Whether this mailbox's address is one of the addresses you may "
                                "send from (the Senders tab)."));
        m_rawButton->setText(tr("Raw JSON"));
        m_rawButton->setToolTip(tr("Show or hide the mailbox exactly as the portal sent it"));
        m_raw->setAccessibleName(tr("Raw JSON of the mailbox"));
        updateValue();
        updateSender();
    });
}

MailboxDetailPanel::~MailboxDetailPanel() = default;

void MailboxDetailPanel::setSenderAddresses(const QStringList &emails, bool complete)
{
    m_senderKeys.clear();
    for (const QString &email : emails)
        m_senderKeys.insert(email.trimmed().toCaseFolded());
    m_sendersComplete = complete;
    updateSender();
}

std::optional<bool> MailboxDetailPanel::isSender() const
{
    const std::optional<Mailbox> mailbox = m_model->mailbox();
    if (!mailbox)
        return std::nullopt;
    const QString email = mailbox->email.trimmed().toCaseFolded();
    if (!email.isEmpty() && m_senderKeys.contains(email))
        return true;
    if (!m_sendersComplete)
        return std::nullopt;
    return false;
}

bool MailboxDetailPanel::isRawJsonShown() const
{
    return m_rawButton->isChecked();
}

void MailboxDetailPanel::setRawJsonShown(bool shown)
{
    m_rawButton->setChecked(shown);
}

QString MailboxDetailPanel::currentValue() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return {};
    const QString field = current.data(MailboxDetailModel::FieldNameRole).toString();
    return fullValueText(m_model->toJson().value(field));
}

QString MailboxDetailPanel::focusedText() const
{
    for (const PortalTextView *edit : {m_value, m_raw}) {
        if (edit->hasFocus())
            return edit->copyText();
    }
    return {};
}

bool MailboxDetailPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Ctrl+C in a text box copies from there (focusedText) instead of triggering the
    // window's Copy, which copies table rows.
    if ((watched == m_value || watched == m_raw) &&
        (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) &&
        static_cast<QKeyEvent *>(event)->matches(QKeySequence::Copy)) {
        if (event->type() == QEvent::KeyPress) {
            if (const QString text = focusedText(); !text.isEmpty())
                QGuiApplication::clipboard()->setText(text);
        }
        event->accept();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void MailboxDetailPanel::onAboutToReset()
{
    // The current index goes with the rows; m_currentField keeps what the user looked at.
    m_restoring = true;
}

void MailboxDetailPanel::onReset()
{
    updateColumns();
    for (int row = 0; !m_currentField.isEmpty() && row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, MailboxDetailModel::FieldColumn);
        if (index.data(MailboxDetailModel::FieldNameRole).toString() == m_currentField) {
            m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                  QItemSelectionModel::Rows);
            break;
        }
    }
    m_restoring = false;
    updateValue();
    updateSender();
    updateRawJson();
}

void MailboxDetailPanel::updateColumns()
{
    bool described = false;
    for (int row = 0; row < m_model->rowCount() && !described; ++row)
        described = !m_model->index(row, MailboxDetailModel::DescriptionColumn)
                         .data()
                         .toString()
                         .trimmed()
                         .isEmpty();
    m_table->setColumnHidden(MailboxDetailModel::DescriptionColumn, !described);
}

void MailboxDetailPanel::updateValue()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_valueLabel->setText(tr("Full value:"));
        m_value->clear();
        return;
    }
    const QString title =
        m_model->index(current.row(), MailboxDetailModel::FieldColumn).data().toString();
    // A buddy's label takes '&' for a mnemonic: the title's own ones stay text.
    m_valueLabel->setText(
        tr("Full value of “%1”:")
            .arg(UntrustedText::plain(title).replace(u'&', QStringLiteral("&&"))));
    const QString text = currentValue();
    if (m_value->toPlainText() != text)
        m_value->setPlainText(text);
}

void MailboxDetailPanel::updateSender()
{
    const std::optional<bool> sender = isSender();
    if (!m_model->mailbox())
        m_sender->clear();
    else if (!sender)
        m_sender->setText(tr("Also a sender: not known yet (the sender list is not loaded)"));
    else
        m_sender->setText(*sender ? tr("Also a sender: yes") : tr("Also a sender: no"));
}

void MailboxDetailPanel::updateRawJson()
{
    const QJsonObject item = m_model->toJson();
    m_raw->setPlainText(
        item.isEmpty()
            ? QString()
            : QString::fromUtf8(QJsonDocument(item).toJson(QJsonDocument::Indented)).trimmed());
}

void MailboxDetailPanel::updateVisibility()
{
    // The parts below the table belong to a mailbox: shown while one is chosen and loading
    // or loaded (so choosing another does not make them jump), hidden without one or when it
    // failed to load (the LoadState says why).
    const bool chosen =
        m_model->mailboxId() != 0 && (m_model->isLoading() || !m_model->toJson().isEmpty());
    m_valueLabel->setVisible(chosen);
    m_value->setVisible(chosen);
    m_sender->setVisible(chosen);
    m_rawButton->setVisible(chosen);
    m_raw->setVisible(chosen && m_rawButton->isChecked());
}

} // namespace mb
