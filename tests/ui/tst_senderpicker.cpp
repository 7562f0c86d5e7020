// The sender picker against the local portal, offscreen, driven by keys: typing filters by
// name, address and domain, Enter picks, the pick is remembered per account and preselected,
// recent and pinned senders come first, copy gives "Name <email>".

#include "FakePortal.h"
#include "MatchHighlightDelegate.h"
#include "SenderFilterProxyModel.h"
#include "SenderPicker.h"
#include "UnnamedControls.h"
#include "models/SenderModel.h"
#include "rest/RestClient.h"
#include "rest/WebhookCredential.h"
#include "settings/AppSettings.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace mb;

namespace {

// typeText() takes Latin-1 only; the sample names are not.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
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

    // A picker over the portal's senders, shown and loaded, for `account`.
    std::unique_ptr<SenderPicker> newPicker(const QString &account = QStringLiteral("acc-1"))
    {
        auto picker = std::make_unique<SenderPicker>(m_settings.get());
        picker->setAccountKey(account);
        picker->setClient(m_client.get());
        picker->show();
        if (!QTest::qWaitForWindowExposed(picker.get()))
            return {};
        if (!QTest::qWaitFor([&] { return !picker->model()->isLoading(); }, 10000))
            return {};
        picker->lineEdit()->setFocus();
        return picker;
    }

    QJsonObject firstSender() const { return m_portal->sendersOf(1).at(0).toObject(); }

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

    void typingFiltersByName()
    {
        auto picker = newPicker();
        QVERIFY(picker);
        const int all = picker->proxy()->rowCount();
        QCOMPARE(all, m_portal->sendersOf(1).size());
        const QString name = firstSender().value(QStringLiteral("name")).toString();
        const QString fragment = name.left(4).toLower();
        typeText(picker->lineEdit(), fragment);
        QVERIFY(picker->isPopupVisible());
        QVERIFY(picker->proxy()->rowCount() >= 1);
        QVERIFY(picker->proxy()->rowCount() < all);
        for (int row = 0; row < picker->proxy()->rowCount(); ++row)
            QVERIFY(picker->proxy()->index(row, 0).data().toString().contains(fragment,
                                                                              Qt::CaseInsensitive));
        // Esc closes the list, the text stays.
        QTest::keyClick(picker->lineEdit(), Qt::Key_Escape);
        QVERIFY(!picker->isPopupVisible());
        QCOMPARE(picker->currentText(), fragment);
    }

    void domainFragmentMatchesAndEnterPicks()
    {
        auto picker = newPicker();
        QVERIFY(picker);
        QSignalSpy chosen(picker.get(), &SenderPicker::senderChosen);
        const QString email =
            m_portal->sendersOf(1).at(3).toObject().value(QStringLiteral("email")).toString();
        const QString domain = email.section(u'@', 1);
        typeText(picker->lineEdit(), domain.left(domain.size() - 1).toUpper());
        QVERIFY(picker->proxy()->rowCount() >= 1);
        for (int row = 0; row < picker->proxy()->rowCount(); ++row)
            QVERIFY(picker->proxy()
                        ->index(row, 0)
                        .data(SenderModel::DomainRole)
                        .toString()
                        .contains(domain.left(domain.size() - 1), Qt::CaseInsensitive));
        const QString first = picker->proxy()->index(0, 0).data().toString();
        QTest::keyClick(picker->lineEdit(), Qt::Key_Return);
        QCOMPARE(chosen.size(), 1);
        QVERIFY(!picker->isPopupVisible());
        QVERIFY(picker->currentSender());
        QCOMPARE(picker->currentText(), first);
        QCOMPARE(SenderModel::displayText(*picker->currentSender()), first);
        QVERIFY(!picker->lineEdit()->toolTip().isEmpty()); // why the sender is offered
    }

    void downOpensAndMoves()
    {
        auto picker = newPicker();
        QVERIFY(picker);
        QVERIFY(!picker->isPopupVisible());
        QTest::keyClick(picker->lineEdit(), Qt::Key_Down);
        QVERIFY(picker->isPopupVisible());
        QCOMPARE(picker->popup()->currentIndex().row(), 0);
        QTest::keyClick(picker->lineEdit(), Qt::Key_Down);
        QCOMPARE(picker->popup()->currentIndex().row(), 1);
        const QString second = picker->popup()->currentIndex().data().toString();
        QTest::keyClick(picker->lineEdit(), Qt::Key_Enter);
        QCOMPARE(picker->currentText(), second);
    }

    void pickIsRememberedAndRecentFirst()
    {
        QString firstPick, secondPick;
        {
            auto picker = newPicker();
            QVERIFY(picker);
            QVERIFY(!picker->currentSender());
            firstPick = picker->proxy()->index(5, 0).data().toString();
            secondPick = picker->proxy()->index(7, 0).data().toString();
            QVERIFY(picker->setCurrentKey(firstPick));
            QVERIFY(picker->setCurrentKey(secondPick));
            QCOMPARE(picker->proxy()->index(0, 0).data().toString(), secondPick);
            QCOMPARE(picker->proxy()->index(1, 0).data().toString(), firstPick);
        }
        // Next time, for the same account: the last choice is preselected, recent first.
        auto again = newPicker();
        QVERIFY(again);
        QVERIFY(again->currentSender());
        QCOMPARE(again->currentText(), secondPick);
        QCOMPARE(again->proxy()->index(0, 0).data().toString(), secondPick);
        QCOMPARE(again->proxy()->index(1, 0).data().toString(), firstPick);
        QCOMPARE(again->recent(), (QStringList{secondPick, firstPick}));

        // Another account remembers nothing of it.
        auto other = newPicker(QStringLiteral("acc-2"));
        QVERIFY(other);
        QVERIFY(!other->currentSender());
        QVERIFY(other->recent().isEmpty());
    }

    void pinnedComeFirst()
    {
        auto picker = newPicker();
        QVERIFY(picker);
        const QString last =
            picker->proxy()->index(picker->proxy()->rowCount() - 1, 0).data().toString();
        const QString recent = picker->proxy()->index(4, 0).data().toString();
        QVERIFY(picker->setCurrentKey(recent));
        // Ctrl+P pins the highlighted row of the open list.
        QTest::keyClick(picker->lineEdit(), Qt::Key_Down);
        QTest::keyClick(picker->lineEdit(), Qt::Key_End); // the edit's own key: no effect
        for (int i = 0; i < picker->proxy()->rowCount(); ++i)
            QTest::keyClick(picker->lineEdit(), Qt::Key_Down);
        QCOMPARE(picker->popup()->currentIndex().data().toString(), last);
        QTest::keyClick(picker->lineEdit(), Qt::Key_P, Qt::ControlModifier);
        QVERIFY(picker->isPinned(last));
        QCOMPARE(picker->proxy()->index(0, 0).data().toString(), last);
        QCOMPARE(picker->proxy()->index(1, 0).data().toString(), recent);
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
        const QJsonObject sender = firstSender();
        const QString expected = sender.value(QStringLiteral("name")).toString() +
                                 QStringLiteral(" <") +
                                 sender.value(QStringLiteral("email")).toString() + u'>';
        QVERIFY(picker->setCurrentKey(expected));
        QVERIFY(picker->copyButton()->isEnabled());
        QApplication::clipboard()->clear();
        QTest::mouseClick(picker->copyButton(), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), expected);
    }

    void sameAddressTwoNamesShowsTwice()
    {
        auto picker = newPicker();
        QVERIFY(picker);
        const QString email = firstSender().value(QStringLiteral("email")).toString();
        typeText(picker->lineEdit(), email);
        QCOMPARE(picker->proxy()->rowCount(), 2);
        QVERIFY(picker->proxy()->index(0, 0).data(SenderModel::NameRole) !=
                picker->proxy()->index(1, 0).data(SenderModel::NameRole));
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
        QTest::keyClick(picker->lineEdit(), Qt::Key_Down); // the list too
        QVERIFY(picker->isPopupVisible());
        const QStringList unnamed = uitest::unnamedControls(picker.get());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        QVERIFY(!picker->popup()->accessibleName().isEmpty());
    }
};

QTEST_MAIN(TestSenderPicker)
#include "tst_senderpicker.moc"
