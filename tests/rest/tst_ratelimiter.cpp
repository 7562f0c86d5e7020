#include "ManualClock.h"
#include "rest/RateLimiter.h"

#include <QTest>

using mb::RateLimiter;
using testsupport::ManualClock;

class TestRateLimiter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void burstThenWait()
    {
        ManualClock clock;
        RateLimiter limiter(10, 2, &clock);
        int sent = 0;
        while (limiter.delayMs() == 0 && sent < 100) {
            limiter.consume();
            ++sent;
        }
        // One request of headroom under the portal's burst.
        QCOMPARE(sent, 9);
        // 2 per second: the next one may go once one unit has drained.
        QCOMPARE(limiter.delayMs(), 500);
        clock.advance(499);
        QVERIFY(limiter.delayMs() > 0);
        clock.advance(1);
        QCOMPARE(limiter.delayMs(), 0);
    }

    void drainsOverTime()
    {
        ManualClock clock;
        RateLimiter limiter(5, 20, &clock); // 20 per second: one every 50 ms
        for (int i = 0; i < 4; ++i)
            limiter.consume();
        QCOMPARE(limiter.delayMs(), 50);
        clock.advance(100);
        QCOMPARE(limiter.delayMs(), 0);
        QCOMPARE(limiter.level(), 2.0);
        clock.advance(10'000);
        QCOMPARE(limiter.level(), 0.0); // never below empty
    }

    void markFullBlocks()
    {
        ManualClock clock;
        RateLimiter limiter(50, 2, &clock);
        QCOMPARE(limiter.delayMs(), 0);
        limiter.markFull();
        QCOMPARE(limiter.level(), 50.0);
        // 50 at 2/s with one unit of headroom: two units must drain first.
        QCOMPARE(limiter.delayMs(), 1000);
    }

    void reconfigure()
    {
        ManualClock clock;
        RateLimiter limiter(50, 2, &clock);
        limiter.configure(250, 5);
        QCOMPARE(limiter.burst(), 250.0);
        QCOMPARE(limiter.drainPerSec(), 5.0);
        int sent = 0;
        while (limiter.delayMs() == 0 && sent < 1000) {
            limiter.consume();
            ++sent;
        }
        QCOMPARE(sent, 249);
        QCOMPARE(limiter.delayMs(), 200);
    }

    void aRefusalWithRoomLeftTeachesTheBurst()
    {
        ManualClock clock;
        RateLimiter limiter(50, 2, &clock);
        for (int i = 0; i < 11; ++i) // ten went through; the eleventh was refused
            limiter.consume();
        QVERIFY(limiter.learnBurst());
        QVERIFY(limiter.isBurstLearned());
        QCOMPARE(limiter.configuredBurst(), 50.0);
        QCOMPARE(limiter.burst(), 10.0);
        limiter.markFull();
        // Paced by what was learned: one unit of headroom under 10.
        QCOMPARE(limiter.level(), 11.0);
        QCOMPARE(limiter.delayMs(), 1500);

        // The settings (e.g. Enterprise) start over from what they say.
        limiter.configure(250, 5);
        QVERIFY(!limiter.isBurstLearned());
        QCOMPARE(limiter.burst(), 250.0);
    }

    void aRefusalAtTheEdgeTeachesNothing()
    {
        ManualClock clock;
        RateLimiter limiter(10, 2, &clock);
        for (int i = 0; i < 10; ++i)
            limiter.consume();
        // Our bucket was full anyway: the clocks disagree, the size is not in doubt.
        QVERIFY(!limiter.learnBurst());
        QCOMPARE(limiter.burst(), 10.0);
        QVERIFY(!limiter.isBurstLearned());
    }

    void neverLearnsBelowTwo()
    {
        ManualClock clock;
        RateLimiter limiter(50, 2, &clock);
        limiter.consume();
        QVERIFY(limiter.learnBurst());
        QCOMPARE(limiter.burst(), 2.0);
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
