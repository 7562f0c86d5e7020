// The mailbox detail panel, offscreen, over a MailboxDetailModel on the local portal: the
// Value column takes the width and the Description column shows only when some field has a
// description; the current field's whole value is selectable and copied by Ctrl+C; whether
// the mailbox is also a sender; and its raw JSON, exactly as the portal sent it.

#include "../models/ModelTestSupport.h"
#include "LoadState.h"
#include "MailboxDetailPanel.h"
#include "models/FieldCatalog.h"
#include "models/MailboxDetailModel.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace mb;
using namespace modeltest;
using namespace Qt::StringLiterals;

namespace {

const QString kGet = u"mail.mailbox.get"_s;
const QString kFieldList = u"mail.mailbox.field.list"_s;

// A client on `webhook`, a catalog, the model and the panel over it, shown at 420×420.
struct Setup
{
    Setup(const QUrl &webhook, const ClientOptions &options)
        : client(clientFor(webhook, options))
        , model(&catalog)
        , panel(&model)
    {
        catalog.setClient(client.get());
        panel.resize(420, 420);
        panel.show();
    }

    // Shows mailbox `id` and waits for it (and the field list) to arrive.
    bool show(qint64 id)
    {
        model.showMailbox(id);
        return QTest::qWaitFor(
                   [&] { return !model.isLoading() && catalog.isLoaded() && model.rowCount(); },
                   15000) &&
               model.errorMessage().isEmpty();
    }

    int rowOf(const QString &field) const
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, 0).data(MailboxDetailModel::FieldNameRole).toString() == field)
                return row;
        }
        return -1;
    }

    Client client;
    FieldCatalog catalog;
    MailboxDetailModel model;
    MailboxDetailPanel panel;
};

qint64 idOf(const QJsonValue &mailbox)
{
    return mailbox.toObject().value(u"id").toInteger();
}

} // namespace

class TestMailboxDetailPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<RestError>(); }

    void theValueColumnTakesTheWidthWithoutDescriptions()
    {
        Portal p; // its field list describes no field
        QVERIFY(p.started);
        Setup s(p.portal.webhookUrl(), p.options);
        QVERIFY(QTest::qWaitForWindowExposed(&s.panel));
        const QJsonObject mailbox = p.portal.mailboxesOf(1).at(3).toObject();
        QVERIFY(s.show(idOf(mailbox)));

        QTableView *table = s.panel.table();
        QVERIFY(table->isColumnHidden(MailboxDetailModel::DescriptionColumn));
        const int value = table->columnWidth(MailboxDetailModel::ValueColumn);
        QVERIFY(value > table->columnWidth(MailboxDetailModel::FieldColumn));
        QVERIFY(value > table->columnWidth(MailboxDetailModel::TypeColumn));
        // The address fits its cell: nothing of it is elided.
        const QString email = mailbox.value(u"email").toString();
        QVERIFY2(value > table->fontMetrics().horizontalAdvance(email) + 8,
                 qPrintable(QStringLiteral("%1 px for %2").arg(value).arg(email)));
        // Field, Value and Type together fill the viewport: no empty column takes width.
        const int used = table->columnWidth(MailboxDetailModel::FieldColumn) + value +
                         table->columnWidth(MailboxDetailModel::TypeColumn);
        QVERIFY(qAbs(used - table->viewport()->width()) <= 1);
    }

    void theDescriptionColumnShowsWhenSomeFieldHasOne()
    {
        // A portal that describes one field, and whose mailbox 2 has a field the list does
        // not know ("Not in the portal's field list" is a description too).
        Portal p;
        QVERIFY(p.started);
        const QJsonArray mailboxes = p.portal.mailboxesOf(1);
        const qint64 plain = idOf(mailboxes.at(0));
        const qint64 extra = idOf(mailboxes.at(1));
        bool describe = false;
        Relay relay(p.portal, [&](const QString &method, QJsonObject &body) {
            QJsonObject result = body.value(u"result").toObject();
            if (method == kFieldList && describe) {
                QJsonArray items = result.value(u"items").toArray();
                for (qsizetype i = 0; i < items.size(); ++i) {
                    QJsonObject field = items.at(i).toObject();
                    if (field.value(u"name").toString() == u"email")
                        field.insert(u"description"_s, u"The mailbox's address"_s);
                    items.replace(i, field);
                }
                result.insert(u"items"_s, items);
            } else if (method == kGet) {
                QJsonObject item = result.value(u"item").toObject();
                if (item.value(u"id").toInteger() == extra)
                    item.insert(u"signature"_s, u"Best regards"_s);
                result.insert(u"item"_s, item);
            }
            body.insert(u"result"_s, result);
        });
        QVERIFY(relay.listening());
        Setup s(relay.webhookUrl(), p.options);
        QTableView *table = s.panel.table();

        // Decided anew each time the model resets: another mailbox, another answer.
        QVERIFY(s.show(plain));
        QVERIFY(table->isColumnHidden(MailboxDetailModel::DescriptionColumn));
        QVERIFY(s.show(extra));
        QVERIFY(!table->isColumnHidden(MailboxDetailModel::DescriptionColumn));
        QVERIFY(table->columnWidth(MailboxDetailModel::DescriptionColumn) > 0);
        QVERIFY(s.show(plain));
        QVERIFY(table->isColumnHidden(MailboxDetailModel::DescriptionColumn));

        // A field list with a description (another client asks for it anew): shown for
        // every mailbox.
        describe = true;
        Setup described(relay.webhookUrl(), p.options);
        QVERIFY(described.show(plain));
        QVERIFY(!described.panel.table()->isColumnHidden(MailboxDetailModel::DescriptionColumn));
        QCOMPARE(described.model
                     .index(described.rowOf(u"email"_s), MailboxDetailModel::DescriptionColumn)
                     .data()
                     .toString(),
                 u"The mailbox's address"_s);
    }

    void theWholeValueIsSelectableAndCopied()
    {
        // A value longer than any column: the box below the table holds all of it.
        Portal p;
        QVERIFY(p.started);
        const QString longValue = u"Kind regards from the ACME sales team — "_s.repeated(8);
        Relay relay(p.portal, [&](const QString &method, QJsonObject &body) {
            if (method != kGet)
                return;
            QJsonObject result = body.value(u"result").toObject();
            QJsonObject item = result.value(u"item").toObject();
            item.insert(u"signature"_s, longValue);
            result.insert(u"item"_s, item);
            body.insert(u"result"_s, result);
        });
        QVERIFY(relay.listening());
        Setup s(relay.webhookUrl(), p.options);
        QApplication::setActiveWindow(&s.panel);
        const QJsonArray mailboxes = p.portal.mailboxesOf(1);
        QVERIFY(s.show(idOf(mailboxes.at(0))));

        QPlainTextEdit *value = s.panel.valueView();
        QVERIFY(value->isVisible());
        QVERIFY(value->isReadOnly());
        QVERIFY(value->textInteractionFlags() & Qt::TextSelectableByKeyboard);
        QVERIFY(value->textInteractionFlags() & Qt::TextSelectableByMouse);
        QVERIFY(value->toPlainText().isEmpty()); // no field chosen yet

        // Down the table by keyboard to the signature: the box shows it whole.
        QTableView *table = s.panel.table();
        table->setFocus();
        const int signature = s.rowOf(u"signature"_s);
        QVERIFY(signature > 0);
        table->setCurrentIndex(s.model.index(0, 0));
        for (int row = 0; row < signature; ++row)
            QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(table->currentIndex().row(), signature);
        QCOMPARE(value->toPlainText(), longValue);
        QCOMPARE(s.panel.currentValue(), longValue);
        QVERIFY(s.panel.valueLabel()->text().contains(u"signature"));

        // Ctrl+C in the box: its selection, or the whole value when nothing is selected.
        value->setFocus();
        QGuiApplication::clipboard()->clear();
        QTest::keyClick(value, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), longValue);
        QTextCursor cursor = value->textCursor();
        cursor.setPosition(0);
        cursor.setPosition(4, QTextCursor::KeepAnchor);
        value->setTextCursor(cursor);
        QTest::keyClick(value, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), longValue.left(4));
        QTest::keyClick(value, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(value, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), longValue);

        // The field stays chosen from one mailbox to the next.
        table->setCurrentIndex(s.model.index(s.rowOf(u"email"_s), 0));
        QVERIFY(s.show(idOf(mailboxes.at(1))));
        QCOMPARE(table->currentIndex().row(), s.rowOf(u"email"_s));
        QCOMPARE(value->toPlainText(), mailboxes.at(1).toObject().value(u"email").toString());
    }

    void copiesLeaveOutControlsAndOverrides()
    {
        // A hostile portal: a value that would add a line to a script and turn text around,
        // a field title with markup and a mnemonic.
        Portal p;
        QVERIFY(p.started);
        const QString hostile = u"Eve\r\nX-Injected: 1\x1b[31m"_s + QChar(0x202e) + u"fdp.exe"_s;
        const QString clean = u"Eve\nX-Injected: 1[31mfdp.exe"_s;
        Relay relay(p.portal, [&](const QString &method, QJsonObject &body) {
            QJsonObject result = body.value(u"result").toObject();
            if (method == kGet) {
                QJsonObject item = result.value(u"item").toObject();
                item.insert(u"signature"_s, hostile);
                result.insert(u"item"_s, item);
            } else if (method == kFieldList) {
                QJsonArray items;
                for (const QJsonValue &value : result.value(u"items").toArray()) {
                    QJsonObject field = value.toObject();
                    if (field.value(u"name") == u"name"_s)
                        field.insert(u"title"_s, u"<b>R&D</b>"_s + QChar(0x202e));
                    items.append(field);
                }
                result.insert(u"items"_s, items);
            }
            body.insert(u"result"_s, result);
        });
        QVERIFY(relay.listening());
        Setup s(relay.webhookUrl(), p.options);
        QVERIFY(QTest::qWaitForWindowExposed(&s.panel));
        QApplication::setActiveWindow(&s.panel);
        QVERIFY(s.show(idOf(p.portal.mailboxesOf(1).at(0))));
        QClipboard *clipboard = QGuiApplication::clipboard();

        // Ctrl+C in the value box, and what the window's Copy takes from it.
        s.panel.table()->setCurrentIndex(s.model.index(s.rowOf(u"signature"_s), 0));
        QPlainTextEdit *value = s.panel.valueView();
        value->setFocus();
        clipboard->clear();
        QTest::keyClick(value, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(clipboard->text(), clean);
        QCOMPARE(s.panel.focusedText(), clean);
        // The context menu's Copy (QPlainTextEdit::copy), all of it selected.
        clipboard->clear();
        value->selectAll();
        value->copy();
        QCOMPARE(clipboard->text(), clean);

        // The raw JSON: its lines and indentation stay, the override goes.
        s.panel.setRawJsonShown(true);
        QPlainTextEdit *raw = s.panel.rawJsonView();
        QVERIFY(raw->toPlainText().contains(QChar(0x202e)));
        clipboard->clear();
        raw->selectAll();
        raw->copy();
        QCOMPARE(clipboard->text(), raw->toPlainText().remove(QChar(0x202e)));
        QVERIFY(clipboard->text().count(u'\n') > 3);

        // The value's label quotes the title as text: no bold, no mnemonic, no override.
        s.panel.table()->setCurrentIndex(s.model.index(s.rowOf(u"name"_s), 0));
        QLabel *label = s.panel.valueLabel();
        QCOMPARE(label->textFormat(), Qt::PlainText);
        QCOMPARE(label->text(), u"Full value of “<b>R&&D</b>”:"_s);
    }

    void saysWhetherTheMailboxIsAlsoASender()
    {
        Portal p;
        QVERIFY(p.started);
        Setup s(p.portal.webhookUrl(), p.options);
        const QJsonObject mailbox = p.portal.mailboxesOf(1).at(2).toObject();
        const QString email = mailbox.value(u"email").toString();

        // Nothing shown: nothing said.
        s.panel.setSenderAddresses({email}, true);
        QCOMPARE(s.panel.isSender(), std::nullopt);
        QVERIFY(!s.panel.senderLabel()->isVisible());

        QVERIFY(s.show(idOf(mailbox)));
        QVERIFY(s.panel.senderLabel()->isVisible());
        QCOMPARE(s.panel.isSender(), std::optional<bool>(true));
        QVERIFY(s.panel.senderLabel()->text().contains(u"yes"));
        // Addresses compare without regard to case, as mail servers do.
        s.panel.setSenderAddresses({u"someone@else.test"_s, email.toUpper()}, true);
        QCOMPARE(s.panel.isSender(), std::optional<bool>(true));

        s.panel.setSenderAddresses({u"someone@else.test"_s}, true);
        QCOMPARE(s.panel.isSender(), std::optional<bool>(false));
        QVERIFY(s.panel.senderLabel()->text().endsWith(u": no"));

        // The list is still loading (or failed): not in it yet is not "no".
        s.panel.setSenderAddresses({u"someone@else.test"_s}, false);
        QCOMPARE(s.panel.isSender(), std::nullopt);
        QVERIFY(s.panel.senderLabel()->text().contains(u"not known"));
    }

    void theRawJsonIsWhatThePortalSent()
    {
        Portal p;
        QVERIFY(p.started);
        // A newer portal's answer, with fields nobody describes: kept as sent.
        QJsonObject sent;
        Relay relay(p.portal, [&](const QString &method, QJsonObject &body) {
            if (method != kGet)
                return;
            QJsonObject result = body.value(u"result").toObject();
            QJsonObject item = result.value(u"item").toObject();
            item.insert(u"aliases"_s, QJsonArray{u"a@acme.test"_s, u"b@acme.test"_s});
            item.insert(u"quota"_s, QJsonObject{{u"usedMb"_s, 12.5}, {u"limitMb"_s, 1024}});
            result.insert(u"item"_s, item);
            body.insert(u"result"_s, result);
            sent = item;
        });
        QVERIFY(relay.listening());
        Setup s(relay.webhookUrl(), p.options);
        QVERIFY(QTest::qWaitForWindowExposed(&s.panel));
        const QJsonObject mailbox = p.portal.mailboxesOf(1).at(4).toObject();
        QVERIFY(s.show(idOf(mailbox)));

        // Folded at first; the button opens it.
        QPlainTextEdit *raw = s.panel.rawJsonView();
        QVERIFY(s.panel.rawJsonButton()->isVisible());
        QVERIFY(!raw->isVisible());
        QTest::mouseClick(s.panel.rawJsonButton(), Qt::LeftButton);
        QVERIFY(s.panel.isRawJsonShown());
        QVERIFY(raw->isVisible());

        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(raw->toPlainText().toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.object(), sent);
        for (auto it = mailbox.begin(); it != mailbox.end(); ++it)
            QCOMPARE(doc.object().value(it.key()), it.value());
        QVERIFY(raw->toPlainText().count(u'\n') >= sent.size()); // one key a line at least
        QVERIFY(raw->isReadOnly());
        QVERIFY(raw->textInteractionFlags() & Qt::TextSelectableByKeyboard);
        // Monospace ("fixedPitch" is not reliable: fontconfig leaves it unset for some fonts).
        QCOMPARE(raw->fontMetrics().horizontalAdvance(u"iiii"_s),
                 raw->fontMetrics().horizontalAdvance(u"WWWW"_s));

        // An object value shows whole and indented in the value box as well.
        s.panel.table()->setCurrentIndex(s.model.index(s.rowOf(u"quota"_s), 0));
        QCOMPARE(QJsonDocument::fromJson(s.panel.valueView()->toPlainText().toUtf8()).object(),
                 sent.value(u"quota").toObject());
        QVERIFY(s.panel.valueView()->toPlainText().contains(u'\n'));

        s.model.clear();
        QVERIFY(raw->toPlainText().isEmpty());
        QVERIFY(!raw->isVisible());
        QVERIFY(!s.panel.valueView()->isVisible());
    }

    void aFailedLoadShowsOnlyTheError()
    {
        ClientOptions options = fastOptions();
        options.maxRetries = 0;
        Portal p({}, options);
        QVERIFY(p.started);
        Setup s(p.portal.webhookUrl(), p.options);
        p.portal.setFault(fake::Fault::InternalError, -1, kGet);
        s.model.showMailbox(idOf(p.portal.mailboxesOf(1).at(0)));
        QVERIFY(QTest::qWaitFor([&] { return !s.model.errorMessage().isEmpty(); }, 15000));
        QVERIFY(!s.panel.valueView()->isVisible());
        QVERIFY(!s.panel.senderLabel()->isVisible());
        QVERIFY(!s.panel.rawJsonButton()->isVisible());
    }
};

QTEST_MAIN(TestMailboxDetailPanel)
#include "tst_mailboxdetailpanel.moc"
