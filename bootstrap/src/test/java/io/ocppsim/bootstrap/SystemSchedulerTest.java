package io.ocppsim.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SystemSchedulerTest {

    @Test
    void aDateCenturiesAheadIsScheduledForAsGoodAsNeverInsteadOfFailing() {
        SystemScheduler scheduler = new SystemScheduler(1);
        try {
            Duration untilYear9999 = Duration.between(Instant.now(), Instant.parse("9999-12-31T23:59:59Z"));
            assertThatCode(() -> scheduler.schedule(untilYear9999, () -> { }).cancel()).doesNotThrowAnyException();
            assertThatCode(() -> scheduler.scheduleEvery(untilYear9999, () -> { }).cancel())
                    .doesNotThrowAnyException();
        } finally {
            scheduler.close();
        }
    }

    @Test
    void aDelayInThePastRunsAtOnce() throws Exception {
        SystemScheduler scheduler = new SystemScheduler(1);
        try {
            CountDownLatch ran = new CountDownLatch(1);
            scheduler.schedule(Duration.ofSeconds(-5), ran::countDown);
            assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            scheduler.close();
        }
    }
}
