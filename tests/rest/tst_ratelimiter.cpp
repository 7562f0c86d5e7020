#include "rest/RateLimiter.h"

#include <QTest>

using mb::RateLimiter;

class TestRateLimiter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void burstThenWait()
    {
        RateLimiter limiter(10, 2);
        int sent = 0;
        while (limiter.delayMs() == 0 && sent < 100) {
            limiter.consume();
            ++sent;
        }
        // One request of headroom under the portal's burst.
        QCOMPARE(sent, 9);
        const qint64 wait = limiter.delayMs();
        QVERIFY2(wait > 0 && wait <= 500, qPrintable(QString::number(wait)));
    }

    void drainsOverTime()
    {
        RateLimiter limiter(5, 20); // 20 per second: one every 50 ms
        for (int i = 0; i < 4; ++i)
            limiter.consume();
        QVERIFY(limiter.delayMs() > 0);
        QTRY_VERIFY_WITH_TIMEOUT(limiter.delayMs() == 0, 1000);
        QVERIFY(limiter.level() < 4);
    }

    void markFullBlocks()
    {
        RateLimiter limiter(50, 2);
        QCOMPARE(limiter.delayMs(), 0);
        limiter.markFull();
        QVERIFY(limiter.level() >= 49.9);
        // 50 at 2/s: at least one drain period before anything may go.
        QVERIFY(limiter.delayMs() >= 500);
    }

    void reconfigure()
    {
        RateLimiter limiter(50, 2);
        limiter.configure(250, 5);
        QCOMPARE(limiter.burst(), 250.0);
        QCOMPARE(limiter.drainPerSec(), 5.0);
        int sent = 0;
        while (limiter.delayMs() == 0 && sent < 1000) {
            limiter.consume();
            ++sent;
        }
        QCOMPARE(sent, 249);
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
