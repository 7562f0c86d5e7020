// The sender picker against the local portal, offscreen, driven by the keyboard only: every
// key goes where a real one would (the open list, which has the keyboard, or the focused
// combo box). Typing filters by name, address and domain and opens the list, Down + Enter
// picks, Escape puts the choice back, Tab keeps it; the pick is remembered per account and
// preselected, pinned and recent senders come first, copy gives "Name <email>".

#include "ErrorBanner.h"
#include "FakePortal.h"
#include "MatchHighlightDelegate.h"
#include "SenderPicker.h"
#include "UnnamedControls.h"
#include "models/SenderFilterProxyModel.h"
#include "models/SenderModel.h"
#include "rest/RestClient.h"
#include "rest/WebhookCredential.h"
#include "settings/AppSettings.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHelpEvent>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QToolTip>

using namespace mb;

namespace {

// Whoever has the keyboard, as QWidgetWindow hands out key events: the open list (a popup
// grabs the keyboard) or the focused widget. (The offscreen platform leaves the focus window
// on a popup for a while after it closed, so QTest's own routing is not used.)
QWidget *keyboardOwner()
{
    if (QWidget *popup = QApplication::activePopupWidget())
        return popup->focusWidget() ? popup->focusWidget() : popup;
    return QApplication::focusWidget();
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(keyboardOwner(), key, modifiers);
}

// typeText() takes Latin-1 only; the sample names are not.
void type(const QString &text)
{
    for (const QChar ch : text)
        QTest::sendKeyEvent(QTest::Click, keyboardOwner(), Qt::Key_unknown, QString(ch),
                            Qt::NoModifier);
}

QString keyAt(const SenderPicker &picker, int row)
{
    return picker.proxy()->index(row, 0).data(SenderFilterProxyModel::KeyRole).toString();
}

} // namespace

class TestSenderPicker : public QObject
{
    Q_OBJECT

    std::unique_ptr<fake::FakePortal> m_portal;
    std::unique_ptr<WebhookCredential> m_credential;
    std::unique_ptr<RestClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppSettings> m_settings;

    // A picker over the portal's senders, shown, active and loaded, for `account`; the combo
    // has the focus.
    std::unique_ptr<SenderPicker> newPicker(const QString &account = QStringLiteral("acc-1"))
    {
        auto picker = std::make_unique<SenderPicker>(m_settings.get());
        picker->setAccountKey(account);
        picker->setClient(m_client.get());
        picker->resize(420, picker->sizeHint().height());
        picker->show();
        picker->activateWindow();
        if (!QTest::qWaitForWindowActive(picker.get()))
            return {};
        if (!QTest::qWaitFor([&] { return !picker->model()->isLoading(); }, 10000))
            return {};
        picker->comboBox()->setFocus(Qt::TabFocusReason);
        if (!QTest::qWaitFor([&] { return QApplication::focusWidget() == picker->comboBox(); }))
            return {};
        return picker;
    }

    QJsonObject senderAt(int i) const { return m_portal->sendersOf(1).at(i).toObject(); }

    static QString nameAndEmail(const QJsonObject &sender)
    {
        return sender.value(QStringLiteral("name")).toString() + QStringLiteral(" <") +
               sender.value(QStringLiteral("email")).toString() + u'>';
    }

private Q_SLOTS:
    void init()
    {
        fake::PortalConfig config;
        config.mailboxes = 12;
        m_portal = std::make_unique<fake::FakePortal>(config);
        QVERIFY(m_portal->start());
        const auto parts = WebhookCredential::parse(m_portal->webhookUrl());
        QVERIFY(parts);
        m_credential = std::make_unique<WebhookCredential>(*parts);
        m_client = std::make_unique<RestClient>(m_credential.get());
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<AppSettings>(std::make_unique<QSettings>(
            m_dir->filePath(QStringLiteral("mb.ini")), QSettings::IniFormat));
    }

    void cleanup()
    {
        m_settings.reset();
        m_client.reset();
        m_credential.reset();
        m_portal.reset();
        m_dir.reset();
    }

    void isAComboBoxOverTheProxy()
    {
        auto picker = newPicker();
        QVERIFY(picker);
        QComboBox *combo = picker->comboBox();
        QVERIFY(combo->isEditable());
        QCOMPARE(combo->insertPolicy(), QComboBox::NoInsert);
        QCOMPARE(combo->completer(), nullptr); // the proxy filters, nothing else
        QCOMPARE(combo->model(), picker->proxy());
        QCOMPARE(combo->itemDelegate(), picker->highlightDelegate());
        QCOMPARE(combo->count(), m_portal->sendersOf(1).size());
        QCOMPARE(combo->currentIndex(), -1); // nothing chosen yet, nothing made up
        QVERIFY(combo->currentText().isEmpty());
        QVERIFY(!picker->currentSender());
    }

    void typingADomainFragmentNarrowsTheList()
    {
        auto picker = newPicker();
        QVERIFY(picker);
        QSignalSpy chosen(picker.get(), &SenderPicker::senderChosen);
        const int all = picker->proxy()->rowCount();
        QCOMPARE(all, m_portal->sendersOf(1).size());
        const QString email = senderAt(3).value(QStringLiteral("email")).toString();
        const QString domain = email.section(u'@', 1);
        const QString fragment = domain.left(domain.size() - 1).toUpper();

        type(fragment);
        QVERIFY(picker->isPopupVisible());
        QCOMPARE(QApplication::activePopupWidget(), picker->popupView()->window());
        const int rows = picker->proxy()->rowCount();
        QVERIFY(rows >= 1);
        QVERIFY(rows < all);
        QCOMPARE(picker->popupView()->model()->rowCount(), rows);
        for (int row = 0; row < rows; ++row)
            QVERIFY(picker->proxy()
                        ->index(row, 0)
                        .data(SenderModel::DomainRole)
                        .toString()
                        .contains(fragment, Qt::CaseInsensitive));
        // The typed text stays; nothing is picked or even highlighted while typing.
        QCOMPARE(picker->comboBox()->currentText(), fragment);
        QCOMPARE(picker->comboBox()->currentIndex(), -1);
        QVERIFY(!picker->popupView()->currentIndex().isValid());
        QVERIFY(!picker->currentSender());
        QCOMPARE(chosen.size(), 0);
        // The list paints the matches in bold.
        QCOMPARE(picker->highlightDelegate()->filterText(), fragment);
    }

    void downAndEnterPick()
    {
        auto picker = newPicker();
        QVERIFY(picker);
        QSignalSpy chosen(picker.get(), &SenderPicker::senderChosen);
        QSignalSpy changed(picker.get(), &SenderPicker::currentSenderChanged);
        const QString email = senderAt(5).value(QStringLiteral("email")).toString();
        type(email.section(u'@', 1).mid(1, 5)); // a piece of the domain
        QVERIFY(picker->isPopupVisible());
        press(Qt::Key_Down); // the first match
        QCOMPARE(picker->popupView()->currentIndex().row(), 0);
        const Sender expected =
            picker->proxy()->index(0, 0).data(SenderModel::SenderRole).value<Sender>();
        press(Qt::Key_Return);
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(changed.size(), 1);
        QTRY_VERIFY(!picker->isPopupVisible());
        QVERIFY(picker->currentSender());
        QCOMPARE(picker->currentSender()->email, expected.email);
        const QString text = expected.name + QStringLiteral(" <") + expected.email + u'>';
        // On the screen the name is isolated; as text it is plain.
        QCOMPARE(picker->comboBox()->currentText(), QChar(0x2068) + expected.name + QChar(0x2069) +
                                                        QStringLiteral(" <") + expected.email +
                                                        u'>');
        QCOMPARE(picker->currentText(), text);
        // The whole list again, the combo on the chosen row (recent: the top one).
        QCOMPARE(picker->proxy()->rowCount(), m_portal->sendersOf(1).size());
        QCOMPARE(picker->comboBox()->currentIndex(), 0);
        QCOMPARE(keyAt(*picker, 0), text);
        // Why it is offered.
        QVERIFY(picker->comboBox()->toolTip().contains(expected.email));
        // The focus stayed in the combo.
        QCOMPARE(QApplication::focusWidget(), picker->comboBox());
    }

    void aClickInTheListPicks()
    {
        auto picker = newPicker();
        QVERIFY(picker);
        QSignalSpy chosen(picker.get(), &SenderPicker::senderChosen);
        type(QStringLiteral("test"));
        QVERIFY(picker->isPopupVisible());
        QAbstractItemView *view = picker->popupView();
        const QModelIndex index = view->model()->index(3, 0);
        const QString key = index.data(SenderFilterProxyModel::KeyRole).toString();
        const QPoint at = view->visualRect(index).center();
        QTest::mouseMove(view->viewport(), at);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QTRY_VERIFY(!picker->isPopupVisible());
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(picker->currentText(), key);
        QCOMPARE(picker->comboBox()->currentIndex(), 0); // recent: on top
    }

    void arrowsMoveAndEnterWithoutHighlightTakesTheTopMatch()
    {
        auto picker = newPicker();
        QVERIFY(picker);
        QVERIFY(!picker->isPopupVisible());
        press(Qt::Key_Down); // opens, on the first row (nothing is chosen yet)
        QVERIFY(picker->isPopupVisible());
        QCOMPARE(picker->popupView()->currentIndex().row(), 0);
        press(Qt::Key_Down);
        press(Qt::Key_Down);
        press(Qt::Key_Up);
        QCOMPARE(picker->popupView()->currentIndex().row(), 1);
        press(Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(picker->popupView()->currentIndex().row(), picker->proxy()->rowCount() - 1);
        const QString second = keyAt(*picker, 1);
        press(Qt::Key_Home, Qt::ControlModifier);
        press(Qt::Key_Down);
        press(Qt::Key_Enter);
        QCOMPARE(picker->currentText(), second);

        // Typing, then Enter with nothing highlighted: the top match.
        QSignalSpy chosen(picker.get(), &SenderPicker::senderChosen);
        type(QStringLiteral("personal"));
        QVERIFY(picker->isPopupVisible());
        QCOMPARE(picker->proxy()->rowCount(), 1);
        const QString only = keyAt(*picker, 0);
        press(Qt::Key_Return);
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(picker->currentText(), only);
        QVERIFY(only.contains(QStringLiteral("@personal.test>")));

        // Alt+Down and F4 open the list too, on the current choice.
        press(Qt::Key_Down, Qt::AltModifier);
        QVERIFY(picker->isPopupVisible());
        QCOMPARE(picker->popupView()->currentIndex().data(SenderFilterProxyModel::KeyRole),
                 QVariant(only));
        press(Qt::Key_Escape);
        QTRY_VERIFY(!picker->isPopupVisible());
        press(Qt::Key_F4);
        QVERIFY(picker->isPopupVisible());
        press(Qt::Key_Escape);
        QTRY_VERIFY(!picker->isPopupVisible());
        QCOMPARE(chosen.size(), 1);
    }

    void escapeRestoresTheChoice()
    {
        auto picker = newPicker();
        QVERIFY(picker);
        const QString first = keyAt(*picker, 2);
        QVERIFY(picker->setCurrentKey(first));
        QSignalSpy chosen(picker.get(), &SenderPicker::senderChosen);
        QSignalSpy changed(picker.get(), &SenderPicker::currentSenderChanged);

        type(QStringLiteral("personal"));
        QVERIFY(picker->isPopupVisible());
        QCOMPARE(picker->currentText(), QStringLiteral("personal")); // typing replaced it
        press(Qt::Key_Down);
        press(Qt::Key_Escape);
        QTRY_VERIFY(!picker->isPopupVisible());
        QCOMPARE(picker->currentText(), first);
        QCOMPARE(SenderModel::displayText(*picker->currentSender()), first);
        QCOMPARE(picker->proxy()->rowCount(), m_portal->sendersOf(1).size());
        QCOMPARE(picker->comboBox()->currentIndex(), picker->proxy()->rowOfKey(first));
        QCOMPARE(chosen.size(), 0);
        QCOMPARE(changed.size(), 0);

        // Text that matches nothing closes the list; Escape still puts the choice back.
        type(QStringLiteral("no such sender"));
        QVERIFY(!picker->isPopupVisible());
        QCOMPARE(picker->currentText(), QStringLiteral("no such sender"));
        press(Qt::Key_Escape);
        QCOMPARE(picker->currentText(), first);

        // With nothing typed, Escape (and Enter) are the dialog's.
        QKeyEvent escape(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
        QApplication::sendEvent(picker->comboBox(), &escape);
        QVERIFY(!escape.isAccepted());
        QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
        QApplication::sendEvent(picker->comboBox(), &enter);
        QVERIFY(!enter.isAccepted());
        QCOMPARE(chosen.size(), 0);
    }

    void tabLeavesWithTheChoiceKept()
    {
        auto picker = newPicker();
        QVERIFY(picker);
        const QString first = keyAt(*picker, 4);
        QVERIFY(picker->setCurrentKey(first));
        QSignalSpy chosen(picker.get(), &SenderPicker::senderChosen);
        type(QStringLiteral("acme"));
        QVERIFY(picker->isPopupVisible());
        press(Qt::Key_Down); // highlighted, not picked
        press(Qt::Key_Tab);
        QTRY_VERIFY(!picker->isPopupVisible());
        QTRY_COMPARE(QApplication::focusWidget(), picker->copyButton());
        QCOMPARE(picker->currentText(), first);
        QCOMPARE(SenderModel::displayText(*picker->currentSender()), first);
        QCOMPARE(chosen.size(), 0);
    }

    void rowsComingBackDoNotPickTheFirst()
    {
        auto picker = newPicker();
        QVERIFY(picker);
        QSignalSpy chosen(picker.get(), &SenderPicker::senderChosen);
        type(QStringLiteral("personalqq"));
        QCOMPARE(picker->proxy()->rowCount(), 0);
        QCOMPARE(picker->currentText(), QStringLiteral("personalqq"));
        press(Qt::Key_Backspace);
        press(Qt::Key_Backspace);
        QCOMPARE(picker->currentText(), QStringLiteral("personal"));
        QCOMPARE(picker->proxy()->rowCount(), 1);
        QVERIFY(picker->isPopupVisible());
        // Backspace in the list's hands edits the field as well.
        press(Qt::Key_Backspace);
        QCOMPARE(picker->currentText(), QStringLiteral("persona"));
        QCOMPARE(picker->comboBox()->currentIndex(), -1);
        QVERIFY(!picker->currentSender());
        QCOMPARE(chosen.size(), 0);
    }

    void tooltipsSayWhyASenderIsOffered()
    {
        auto picker = newPicker();
        QVERIFY(picker);
        const QString own = senderAt(0).value(QStringLiteral("email")).toString();
        // The picker learns the account's mailboxes by itself.
        QVERIFY(QTest::qWaitFor([&] { return picker->model()->isOwnMailboxEmail(own); }, 10000));
        const int ownRow = picker->proxy()->rowOfKey(nameAndEmail(senderAt(0)));
        const int extraRow = picker->proxy()->rowCount() - 2; // alias.1@example.test
        QVERIFY(ownRow >= 0);
        QVERIFY(keyAt(*picker, extraRow).contains(QStringLiteral("alias.1@example.test")));
        QVERIFY(picker->proxy()
                    ->index(ownRow, 0)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("one of your mailboxes")));
        QVERIFY(picker->proxy()
                    ->index(extraRow, 0)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("confirmed sender address")));

        // Shown by the open list.
        press(Qt::Key_Down);
        QVERIFY(picker->isPopupVisible());
        QAbstractItemView *view = picker->popupView();
        const QModelIndex index = view->model()->index(ownRow, 0);
        view->scrollTo(index);
        const QPoint at = view->visualRect(index).center();
        QHelpEvent help(QEvent::ToolTip, at, view->viewport()->mapToGlobal(at));
        QApplication::sendEvent(view->viewport(), &help);
        QTRY_VERIFY(QToolTip::text().contains(own));
        QVERIFY(QToolTip::text().contains(QStringLiteral("one of your mailboxes")));
        QToolTip::hideText();
        press(Qt::Key_Escape);

        // Pinned and recent senders say why they are on top; the combo says it of the choice.
        QVERIFY(picker->setCurrentKey(keyAt(*picker, extraRow)));
        QVERIFY(picker->comboBox()->toolTip().contains(QStringLiteral("confirmed sender")));
        QVERIFY(picker->comboBox()->toolTip().contains(QStringLiteral("Chosen recently")));
        picker->togglePinned(picker->currentText());
        QVERIFY(picker->comboBox()->toolTip().contains(QStringLiteral("Pinned")));
    }

    void pickIsRememberedAndRecentFirst()
    {
        QString firstPick, secondPick;
        {
            auto picker = newPicker();
            QVERIFY(picker);
            QVERIFY(!picker->currentSender());
            firstPick = keyAt(*picker, 5);
            secondPick = keyAt(*picker, 7);
            QVERIFY(picker->setCurrentKey(firstPick));
            QVERIFY(picker->setCurrentKey(secondPick));
            QCOMPARE(keyAt(*picker, 0), secondPick);
            QCOMPARE(keyAt(*picker, 1), firstPick);
        }
        // Next time, for the same account: the last choice is preselected, recent first.
        auto again = newPicker();
        QVERIFY(again);
        QVERIFY(again->currentSender());
        QCOMPARE(again->currentText(), secondPick);
        QCOMPARE(again->comboBox()->currentIndex(), 0);
        QCOMPARE(keyAt(*again, 0), secondPick);
        QCOMPARE(keyAt(*again, 1), firstPick);
        QCOMPARE(again->recent(), (QStringList{secondPick, firstPick}));
        QVERIFY(again->copyButton()->isEnabled());

        // Another account remembers nothing of it.
        auto other = newPicker(QStringLiteral("acc-2"));
        QVERIFY(other);
        QVERIFY(!other->currentSender());
        QVERIFY(other->currentText().isEmpty());
        QVERIFY(other->recent().isEmpty());
    }

    void pinnedComeFirst()
    {
        auto picker = newPicker();
        QVERIFY(picker);
        const QString last = keyAt(*picker, picker->proxy()->rowCount() - 1);
        const QString recent = keyAt(*picker, 4);
        QVERIFY(picker->setCurrentKey(recent));
        // Ctrl+P pins the highlighted row of the open list.
        press(Qt::Key_Down);
        QVERIFY(picker->isPopupVisible());
        QCOMPARE(picker->popupView()->currentIndex().row(), 0); // the choice
        press(Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(picker->popupView()->currentIndex().data(SenderFilterProxyModel::KeyRole),
                 QVariant(last));
        press(Qt::Key_P, Qt::ControlModifier);
        QVERIFY(picker->isPinned(last));
        QCOMPARE(keyAt(*picker, 0), last);
        QCOMPARE(keyAt(*picker, 1), recent);
        // The choice did not move with the rows.
        QCOMPARE(picker->currentText(), recent);
        press(Qt::Key_Escape);
        QTRY_VERIFY(!picker->isPopupVisible());
        QCOMPARE(picker->comboBox()->currentIndex(), 1);

        auto again = newPicker();
        QVERIFY(again);
        QCOMPARE(again->pinned(), QStringList{last});
        again->togglePinned(last);
        QVERIFY(!again->isPinned(last));
    }

    void copyPutsNameAndEmail()
    {
        auto picker = newPicker();
        QVERIFY(picker);
        QVERIFY(!picker->copyButton()->isEnabled());
        const QString expected = nameAndEmail(senderAt(0));
        QVERIFY(picker->setCurrentKey(expected));
        QVERIFY(picker->copyButton()->isEnabled());
        QApplication::clipboard()->clear();
        QTest::mouseClick(picker->copyButton(), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), expected);
        // By keyboard: Tab to the button, Space.
        QApplication::clipboard()->clear();
        press(Qt::Key_Tab);
        QTRY_COMPARE(QApplication::focusWidget(), picker->copyButton());
        press(Qt::Key_Space);
        QCOMPARE(QApplication::clipboard()->text(), expected);
    }

    void copyLeavesOutControlCharacters()
    {
        // CR/LF, an escape and a bidi override in the portal's name: what lands on the
        // clipboard is one line in reading order, ready to paste into a script or a form.
        m_portal->config().hostileSenderName = true;
        auto picker = newPicker();
        QVERIFY(picker);
        const QJsonObject hostile = m_portal->sendersOf(1).last().toObject();
        QVERIFY(hostile.value(QStringLiteral("name")).toString().contains(u'\n'));
        QVERIFY(picker->setCurrentKey(nameAndEmail(hostile)));
        QApplication::clipboard()->clear();
        QTest::mouseClick(picker->copyButton(), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(),
                 QStringLiteral("Eve X-Injected: 1[31mfdp.exe <") +
                     hostile.value(QStringLiteral("email")).toString() + u'>');
    }

    void sameAddressTwoNamesShowsTwice()
    {
        auto picker = newPicker();
        QVERIFY(picker);
        const QString email = senderAt(0).value(QStringLiteral("email")).toString();
        type(email);
        QCOMPARE(picker->proxy()->rowCount(), 2);
        QVERIFY(picker->proxy()->index(0, 0).data(SenderModel::NameRole) !=
                picker->proxy()->index(1, 0).data(SenderModel::NameRole));
    }

    void rowsFitMarksOnCapitals_data()
    {
        QTest::addColumn<qreal>("scale");
        QTest::newRow("100%") << 1.0;
        QTest::newRow("200%") << 2.0;
    }

    void rowsFitMarksOnCapitals()
    {
        // The row the delegate asks for, painted at the scale: every bit of ink of "Ü", "Å",
        // "Ḗ" lands inside the row, and as much ink as the same text painted with room to
        // spare (nothing cut off above or below).
        QFETCH(qreal, scale);
        QStandardItemModel model;
        model.appendRow(new QStandardItem(QStringLiteral("ÜÅḖ Ünal <u@x.test>")));
        QListView view;
        view.setModel(&model);
        MatchHighlightDelegate delegate([] { return QString(); });
        QStyleOptionViewItem option;
        option.initFrom(&view);
        option.font = view.font();
        const QModelIndex index = model.index(0, 0);
        const QSize hint = delegate.sizeHint(option, index);
        QVERIFY(hint.height() >= QFontMetrics(option.font).height());

        const auto paint = [&](int height, int offset) {
            QImage image(QSize(hint.width() + 20, height) * scale, QImage::Format_ARGB32);
            image.setDevicePixelRatio(scale);
            image.fill(Qt::white);
            QPainter painter(&image);
            QStyleOptionViewItem row = option;
            row.rect = QRect(0, offset, hint.width() + 20, hint.height());
            row.palette.setColor(QPalette::Text, Qt::black);
            delegate.paint(&painter, row, index);
            painter.end();
            return image;
        };
        const auto inkRows = [](const QImage &image, int *first, int *last) {
            int count = 0;
            *first = -1;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    if (qGray(image.pixel(x, y)) < 160) {
                        ++count;
                        *first = *first < 0 ? y : *first;
                        *last = y;
                    }
                }
            }
            return count;
        };
        int first = -1, last = -1, roomyFirst = -1, roomyLast = -1;
        const int ink = inkRows(paint(hint.height(), 0), &first, &last);
        const int roomy = inkRows(paint(hint.height() * 3, hint.height()), &roomyFirst, &roomyLast);
        QVERIFY(ink > 0);
        QCOMPARE(ink, roomy);
        QCOMPARE(last - first, roomyLast - roomyFirst);
        QVERIFY2(first > 0 && last < int(hint.height() * scale) - 1,
                 qPrintable(QStringLiteral("ink rows %1..%2 of %3")
                                .arg(first)
                                .arg(last)
                                .arg(hint.height() * scale)));
        QVERIFY(hint.height() >= MatchHighlightDelegate::rowHeight(option.font));
    }

    void rightToLeftNamesAreIsolated()
    {
        auto picker = newPicker();
        QVERIFY(picker);
        // The sample data has Hebrew and Arabic names.
        int row = -1;
        for (int r = 0; r < picker->proxy()->rowCount() && row < 0; ++r) {
            const QString name =
                picker->proxy()->index(r, 0).data(SenderModel::NameRole).toString();
            if (name.isRightToLeft())
                row = r;
        }
        QVERIFY(row >= 0);
        const QModelIndex index = picker->proxy()->index(row, 0);
        const QString name = index.data(SenderModel::NameRole).toString();
        const QString email = index.data(SenderModel::EmailRole).toString();
        const QString shown = index.data(Qt::DisplayRole).toString();
        QCOMPARE(shown, QChar(0x2068) + name + QChar(0x2069) + QStringLiteral(" <") + email + u'>');
        // Without the isolates the name would make the whole line right-to-left (the address
        // ends up on the left); isolated, the line takes the address's direction.
        QVERIFY((name + QStringLiteral(" <") + email + u'>').isRightToLeft());
        QVERIFY(!shown.isRightToLeft());
        const QString key = index.data(SenderFilterProxyModel::KeyRole).toString();
        QCOMPARE(key, name + QStringLiteral(" <") + email + u'>');

        QVERIFY(picker->setCurrentKey(key));
        QCOMPARE(picker->comboBox()->lineEdit()->text(), shown); // the field shows it isolated
        QCOMPARE(picker->currentText(), key);                    // as text: plain
        QApplication::clipboard()->clear();
        picker->copyCurrent();
        QCOMPARE(QApplication::clipboard()->text(), key); // the next program gets plain text
        // The bold match is found across the isolate.
        QCOMPARE(MatchHighlightDelegate::highlighted(shown, name.right(1) + QStringLiteral(" <")),
                 QChar(0x2068) + name.chopped(1).toHtmlEscaped() + QStringLiteral("<b>") +
                     name.right(1) + QChar(0x2069) + QStringLiteral(" &lt;</b>") +
                     email.toHtmlEscaped() + QStringLiteral("&gt;"));
    }

    void anUnknownAddressSaysWhy()
    {
        auto picker = newPicker();
        QVERIFY(picker);
        QSignalSpy changed(picker.get(), &SenderPicker::inputChanged);
        QVERIFY(!picker->hasAcceptableInput()); // nothing chosen
        type(QStringLiteral("nobody@nowhere.test"));
        QVERIFY(!picker->hasAcceptableInput());
        QVERIFY(!changed.isEmpty());
        QVERIFY(picker->hintLabel()->isVisibleTo(picker.get()));
        QVERIFY2(picker->hintLabel()->text().contains(
                     QStringLiteral("“nobody@nowhere.test” is not an address you may send from")),
                 qPrintable(picker->hintLabel()->text()));
        QVERIFY(!picker->commitInput());
        QVERIFY(!picker->currentSender());

        // A fragment that matches: pick one of them.
        press(Qt::Key_Escape);
        type(QStringLiteral("acme"));
        QVERIFY(!picker->hasAcceptableInput());
        QVERIFY(picker->hintLabel()->text().contains(QStringLiteral("match")));

        // An address typed in full (any case) is a choice: OK may take it.
        press(Qt::Key_Escape);
        const QString email = QStringLiteral("me.1@personal.test");
        type(email.toUpper());
        QVERIFY(picker->hasAcceptableInput());
        QVERIFY(!picker->hintLabel()->isVisibleTo(picker.get()));
        QVERIFY(picker->commitInput());
        QCOMPARE(picker->currentSender()->email, email);
        QVERIFY(picker->hasAcceptableInput());
    }

    void aRepeatedSenderIsOfferedOnce()
    {
        // The same name and address listed twice is one choice; two names stay two.
        SenderModel model;
        SenderFilterProxyModel proxy;
        const auto tester = std::make_unique<QAbstractItemModelTester>(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        model.setClient(m_client.get());
        QVERIFY(QTest::qWaitFor([&] { return !model.isLoading(); }, 10000));
        QSet<QString> keys;
        for (int row = 0; row < proxy.rowCount(); ++row)
            keys.insert(proxy.index(row, 0).data(SenderFilterProxyModel::KeyRole).toString());
        QCOMPARE(keys.size(), proxy.rowCount());
        QSet<QString> portalKeys;
        for (int row = 0; row < model.rowCount(); ++row)
            portalKeys.insert(SenderModel::displayText(model.senderAt(row)));
        QCOMPARE(keys, portalKeys);
    }

    void aPortalThatIsDownShowsTheErrorWithRetry()
    {
        // Stopped: nothing listens on its port any more.
        const QUrl webhook = m_portal->webhookUrl();
        m_client.reset();
        m_credential.reset();
        m_portal.reset();
        const auto parts = WebhookCredential::parse(webhook);
        QVERIFY(parts);
        m_credential = std::make_unique<WebhookCredential>(*parts);
        m_client = std::make_unique<RestClient>(m_credential.get());
        ClientOptions options;
        options.timeoutMs = 5000;
        options.retryBaseDelayMs = 200; // the client's own retries, within the timeout
        m_client->setOptions(options);

        auto picker = std::make_unique<SenderPicker>(m_settings.get());
        picker->setAccountKey(QStringLiteral("acc-1"));
        picker->show();
        QVERIFY(QTest::qWaitForWindowExposed(picker.get()));
        QElapsedTimer clock;
        clock.start();
        picker->setClient(m_client.get());
        ErrorBanner *banner = picker->errorBanner();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), options.timeoutMs);
        QVERIFY(clock.elapsed() <= options.timeoutMs);
        QVERIFY(!banner->message().isEmpty());
        QVERIFY(banner->retryButton()->isVisible());
        QVERIFY(!banner->retryButton()->accessibleName().isEmpty() ||
                !banner->retryButton()->text().isEmpty());
        QVERIFY(!picker->hasAcceptableInput());
    }

    void aFaultingPortalRecoversWithRetry()
    {
        m_portal->config().overload = true; // 503 OVERLOAD_LIMIT: never retried by the client
        auto picker = std::make_unique<SenderPicker>(m_settings.get());
        picker->show();
        QVERIFY(QTest::qWaitForWindowExposed(picker.get()));
        picker->setClient(m_client.get());
        ErrorBanner *banner = picker->errorBanner();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), m_client->options().timeoutMs);
        QCOMPARE(picker->model()->rowCount(), 0);

        m_portal->config().overload = false;
        QTest::mouseClick(banner->retryButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(picker->model()->rowCount(), int(m_portal->sendersOf(1).size()),
                                  10000);
        QTRY_VERIFY(!picker->model()->isLoading());
        QVERIFY(banner->isHidden());
    }

    void highlightBoldsTheMatch()
    {
        QCOMPARE(MatchHighlightDelegate::highlighted(QStringLiteral("Anna <anna@x.de>"),
                                                     QStringLiteral("ANN")),
                 QStringLiteral("<b>Ann</b>a &lt;<b>ann</b>a@x.de&gt;"));
        QCOMPARE(MatchHighlightDelegate::highlighted(QStringLiteral("a<b"), QString()),
                 QStringLiteral("a&lt;b"));
    }

    void everyControlHasAName()
    {
        auto picker = newPicker();
        QVERIFY(picker);
        press(Qt::Key_Down); // the list too
        QVERIFY(picker->isPopupVisible());
        const QStringList unnamed = uitest::unnamedControls(picker.get());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        QVERIFY(!picker->comboBox()->accessibleName().isEmpty());
        QVERIFY(!picker->copyButton()->accessibleName().isEmpty());
        QVERIFY(!picker->popupView()->accessibleName().isEmpty());
    }
};

QTEST_MAIN(TestSenderPicker)
#include "tst_senderpicker.moc"
