package io.ocppsim.domain.authorization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocppsim.domain.common.InvalidValueException;
import io.ocppsim.domain.transaction.AuthorizationStatus;
import io.ocppsim.domain.transaction.IdTag;
import io.ocppsim.domain.transaction.IdTagInfo;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuthorizationCacheTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final IdTagInfo ACCEPTED = IdTagInfo.of(AuthorizationStatus.Accepted);
    private static final IdTagInfo BLOCKED = IdTagInfo.of(AuthorizationStatus.Blocked);
    private static final IdTagInfo INVALID = IdTagInfo.of(AuthorizationStatus.Invalid);

    private static IdTag tag(String value) {
        return IdTag.of(value);
    }

    private static Instant at(int seconds) {
        return T0.plusSeconds(seconds);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void needsRoomForAtLeastOneIdTag(int capacity) {
        assertThatThrownBy(() -> new AuthorizationCache(capacity))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("capacity"));
    }

    @Test
    void remembersEveryAnswerWhateverItsStatusAndMatchesIdTagsCaseInsensitively() {
        AuthorizationCache cache = new AuthorizationCache(5);

        cache.remember(tag("Card-1"), ACCEPTED, T0);
        cache.remember(tag("card-2"), BLOCKED, T0);

        assertThat(cache.capacity()).isEqualTo(5);
        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.find(tag("CARD-1"), T0)).contains(ACCEPTED);
        assertThat(cache.find(tag("Card-2"), T0)).contains(BLOCKED);
        assertThat(cache.find(tag("card-3"), T0)).isEmpty();
    }

    @Test
    void aNewAnswerReplacesTheOldOne() {
        AuthorizationCache cache = new AuthorizationCache(5);
        cache.remember(tag("card"), ACCEPTED, T0);

        cache.remember(tag("CARD"), BLOCKED, at(1));

        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.find(tag("card"), at(2))).contains(BLOCKED);
    }

    @Test
    void clearForgetsEverything() {
        AuthorizationCache cache = new AuthorizationCache(5);
        cache.remember(tag("a"), ACCEPTED, T0);
        cache.remember(tag("b"), BLOCKED, T0);

        cache.clear();

        assertThat(cache.size()).isZero();
        assertThat(cache.find(tag("a"), T0)).isEmpty();
    }

    @Nested
    class Expiry {

        private final IdTag parent = tag("fleet");
        private final IdTagInfo untilT10 = new IdTagInfo(AuthorizationStatus.Accepted, at(10), parent);
        private final AuthorizationCache cache = new AuthorizationCache(5);

        @Test
        void anEntryIsValidUntilJustBeforeItsExpiryDate() {
            cache.remember(tag("a"), untilT10, T0);

            assertThat(cache.find(tag("a"), at(10).minusMillis(1))).contains(untilT10);
        }

        @Test
        void fromItsExpiryDateAnEntryIsExpiredWithTheSameParent() {
            cache.remember(tag("a"), untilT10, T0);

            assertThat(cache.find(tag("a"), at(10)))
                    .contains(new IdTagInfo(AuthorizationStatus.Expired, at(10), parent));
        }

        @Test
        void anExpiredEntryIsChangedToExpiredInTheCache() {
            cache.remember(tag("a"), untilT10, T0);
            cache.find(tag("a"), at(11));

            assertThat(cache.find(tag("a"), at(5)))
                    .as("a clock set back does not revive it")
                    .map(IdTagInfo::status).contains(AuthorizationStatus.Expired);
        }

        @Test
        void aRefusalStaysWhatItWasAfterItsExpiryDate() {
            cache.remember(tag("b"), new IdTagInfo(AuthorizationStatus.Blocked, at(10), null), T0);

            assertThat(cache.find(tag("b"), at(20))).map(IdTagInfo::status).contains(AuthorizationStatus.Blocked);
        }

        @Test
        void anAnswerThatIsAlreadyPastItsExpiryDateIsExpiredAtOnce() {
            cache.remember(tag("a"), untilT10, at(30));

            assertThat(cache.find(tag("a"), at(30))).map(IdTagInfo::status).contains(AuthorizationStatus.Expired);
        }
    }

    @Nested
    class WhenFull {

        @Test
        void theLeastRecentlyUsedEntryMakesRoom() {
            AuthorizationCache cache = new AuthorizationCache(2);
            cache.remember(tag("a"), ACCEPTED, at(0));
            cache.remember(tag("b"), ACCEPTED, at(1));
            cache.find(tag("a"), at(2));

            cache.remember(tag("c"), ACCEPTED, at(3));

            assertThat(cache.size()).isEqualTo(2);
            assertThat(cache.find(tag("b"), at(4))).isEmpty();
            assertThat(cache.find(tag("a"), at(4))).contains(ACCEPTED);
            assertThat(cache.find(tag("c"), at(4))).contains(ACCEPTED);
        }

        @Test
        void rememberingAgainCountsAsUse() {
            AuthorizationCache cache = new AuthorizationCache(2);
            cache.remember(tag("a"), ACCEPTED, at(0));
            cache.remember(tag("b"), ACCEPTED, at(1));
            cache.remember(tag("A"), ACCEPTED, at(2));

            cache.remember(tag("c"), ACCEPTED, at(3));

            assertThat(cache.find(tag("b"), at(4))).isEmpty();
            assertThat(cache.find(tag("a"), at(4))).isPresent();
        }

        @Test
        void aLookupThatMissesChangesNothing() {
            AuthorizationCache cache = new AuthorizationCache(2);
            cache.remember(tag("a"), ACCEPTED, at(0));
            cache.remember(tag("b"), ACCEPTED, at(1));
            cache.find(tag("z"), at(2));

            cache.remember(tag("c"), ACCEPTED, at(3));

            assertThat(cache.find(tag("a"), at(4))).isEmpty();
            assertThat(cache.find(tag("b"), at(4))).isPresent();
        }

        @Test
        void replacingAnEntryEvictsNothing() {
            AuthorizationCache cache = new AuthorizationCache(2);
            cache.remember(tag("a"), ACCEPTED, at(0));
            cache.remember(tag("b"), ACCEPTED, at(1));

            cache.remember(tag("a"), BLOCKED, at(2));

            assertThat(cache.size()).isEqualTo(2);
            assertThat(cache.find(tag("a"), at(3))).contains(BLOCKED);
            assertThat(cache.find(tag("b"), at(3))).contains(ACCEPTED);
        }

        @Test
        void everyEntryThatIsNoLongerValidGoesBeforeAnyValidOne() {
            AuthorizationCache cache = new AuthorizationCache(4);
            cache.remember(tag("valid-old"), ACCEPTED, at(0));
            cache.remember(tag("blocked"), BLOCKED, at(1));
            cache.remember(tag("invalid"), INVALID, at(2));
            cache.remember(tag("concurrent"), IdTagInfo.of(AuthorizationStatus.ConcurrentTx), at(3));

            cache.remember(tag("new"), ACCEPTED, at(4));

            assertThat(cache.size()).isEqualTo(2);
            assertThat(cache.find(tag("valid-old"), at(5))).contains(ACCEPTED);
            assertThat(cache.find(tag("new"), at(5))).contains(ACCEPTED);
        }

        @Test
        void anEntryPastItsExpiryDateCountsAsNoLongerValid() {
            AuthorizationCache cache = new AuthorizationCache(2);
            cache.remember(tag("forever"), ACCEPTED, at(0));
            cache.remember(tag("until-t10"), new IdTagInfo(AuthorizationStatus.Accepted, at(10), null), at(1));

            cache.remember(tag("new"), ACCEPTED, at(10));

            assertThat(cache.find(tag("until-t10"), at(11))).isEmpty();
            assertThat(cache.find(tag("forever"), at(11))).contains(ACCEPTED);
        }
    }

    @Test
    void refusesMissingArguments() {
        AuthorizationCache cache = new AuthorizationCache(1);

        assertThatThrownBy(() -> cache.remember(null, ACCEPTED, T0)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> cache.remember(tag("a"), null, T0)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> cache.remember(tag("a"), ACCEPTED, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> cache.find(tag("a"), null)).isInstanceOf(NullPointerException.class);
        assertThat(cache.size()).isZero();
    }
}
