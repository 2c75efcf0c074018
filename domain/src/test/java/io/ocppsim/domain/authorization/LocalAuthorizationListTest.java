package io.ocppsim.domain.authorization;

import static io.ocppsim.domain.authorization.UpdateType.Differential;
import static io.ocppsim.domain.authorization.UpdateType.Full;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocppsim.domain.common.InvalidValueException;
import io.ocppsim.domain.transaction.AuthorizationStatus;
import io.ocppsim.domain.transaction.IdTag;
import io.ocppsim.domain.transaction.IdTagInfo;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LocalAuthorizationListTest {

    private static final int SEND_MAX = 5;
    private static final int LIST_MAX = 10;
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final IdTagInfo ACCEPTED = IdTagInfo.of(AuthorizationStatus.Accepted);
    private static final IdTagInfo BLOCKED = IdTagInfo.of(AuthorizationStatus.Blocked);

    private final LocalAuthorizationList list = new LocalAuthorizationList();

    private static AuthorizationData entry(String idTag, IdTagInfo info) {
        return AuthorizationData.of(IdTag.of(idTag), info);
    }

    private static AuthorizationData removal(String idTag) {
        return AuthorizationData.removal(IdTag.of(idTag));
    }

    private UpdateStatus update(int version, UpdateType type, AuthorizationData... entries) {
        return list.update(version, type, Arrays.asList(entries), SEND_MAX, LIST_MAX);
    }

    private static List<String> idTags(List<AuthorizationData> entries) {
        return entries.stream().map(e -> e.idTag().value()).toList();
    }

    /** The list holds A (Accepted) and B (Blocked) at version 3. */
    private void installAB() {
        assertThat(update(3, Full, entry("A", ACCEPTED), entry("B", BLOCKED))).isEqualTo(UpdateStatus.Accepted);
    }

    @Test
    void aNewListIsEmptyWithVersionZero() {
        assertThat(list.version()).isZero();
        assertThat(list.size()).isZero();
        assertThat(list.entries()).isEmpty();
        assertThat(list.find(IdTag.of("A"))).isEmpty();
    }

    @Nested
    class FullUpdates {

        @Test
        void installTheEntriesAndTheVersion() {
            installAB();

            assertThat(list.version()).isEqualTo(3);
            assertThat(list.size()).isEqualTo(2);
            assertThat(list.entries()).containsExactly(entry("A", ACCEPTED), entry("B", BLOCKED));
            assertThat(list.find(IdTag.of("B"))).contains(BLOCKED);
        }

        @Test
        void replaceTheWholeList() {
            installAB();

            assertThat(update(4, Full, entry("C", BLOCKED), entry("A", BLOCKED))).isEqualTo(UpdateStatus.Accepted);

            assertThat(list.entries()).containsExactly(entry("C", BLOCKED), entry("A", BLOCKED));
            assertThat(list.find(IdTag.of("B"))).isEmpty();
            assertThat(list.version()).isEqualTo(4);
        }

        @Test
        void mayGoToALowerVersion() {
            installAB();

            assertThat(update(1, Full, entry("C", ACCEPTED))).isEqualTo(UpdateStatus.Accepted);

            assertThat(list.version()).isEqualTo(1);
            assertThat(idTags(list.entries())).containsExactly("C");
        }

        @Test
        void withAnEmptyListClearItUnderTheVersionSent() {
            installAB();

            assertThat(update(7, Full)).isEqualTo(UpdateStatus.Accepted);
            assertThat(list.size()).isZero();
            assertThat(list.version()).isEqualTo(7);

            installAB();
            assertThat(list.update(0, Full, null, SEND_MAX, LIST_MAX)).isEqualTo(UpdateStatus.Accepted);
            assertThat(list.size()).isZero();
            assertThat(list.version()).isZero();
        }

        @Test
        void withVersionZeroAndEntriesFailBecauseZeroMeansNoList() {
            assertThat(update(0, Full, entry("A", ACCEPTED))).isEqualTo(UpdateStatus.Failed);
            assertThat(list.size()).isZero();
        }

        @Test
        void withAnEntryWithoutIdTagInfoFailAndChangeNothing() {
            installAB();

            assertThat(update(4, Full, entry("C", ACCEPTED), removal("A"))).isEqualTo(UpdateStatus.Failed);

            assertThat(list.entries()).containsExactly(entry("A", ACCEPTED), entry("B", BLOCKED));
            assertThat(list.version()).isEqualTo(3);
        }

        @Test
        void areNotHeldToTheVersionOrderOfDifferentialUpdates() {
            installAB();

            assertThat(update(3, Full, entry("C", ACCEPTED))).isEqualTo(UpdateStatus.Accepted);
            assertThat(idTags(list.entries())).containsExactly("C");
        }
    }

    @Nested
    class DifferentialUpdates {

        @Test
        void addUpdateAndRemoveEntries() {
            installAB();

            UpdateStatus status = update(4, Differential, entry("C", ACCEPTED), entry("A", BLOCKED), removal("B"));

            assertThat(status).isEqualTo(UpdateStatus.Accepted);
            assertThat(list.entries()).containsExactly(entry("A", BLOCKED), entry("C", ACCEPTED));
            assertThat(list.version()).isEqualTo(4);
        }

        @Test
        void matchIdTagsCaseInsensitivelyAndKeepTheNewSpelling() {
            update(1, Full, entry("abc", ACCEPTED), entry("xyz", ACCEPTED));

            assertThat(update(2, Differential, entry("ABC", BLOCKED), removal("XyZ"))).isEqualTo(UpdateStatus.Accepted);

            assertThat(list.entries()).containsExactly(entry("ABC", BLOCKED));
            assertThat(list.find(IdTag.of("aBc"))).contains(BLOCKED);
        }

        @Test
        void keepTheFirstPositionOfAnUpdatedIdTag() {
            update(1, Full, entry("A", ACCEPTED), entry("B", ACCEPTED));

            update(2, Differential, entry("A", BLOCKED));

            assertThat(idTags(list.entries())).containsExactly("A", "B");
        }

        @Test
        void ignoreTheRemovalOfAnIdTagNotOnTheList() {
            installAB();

            assertThat(update(4, Differential, removal("Z"))).isEqualTo(UpdateStatus.Accepted);
            assertThat(list.size()).isEqualTo(2);
        }

        @Test
        void withoutEntriesOnlyAdvanceTheVersion() {
            installAB();

            assertThat(update(9, Differential)).isEqualTo(UpdateStatus.Accepted);

            assertThat(list.version()).isEqualTo(9);
            assertThat(list.size()).isEqualTo(2);
        }

        @Test
        void mayStartFromNoList() {
            assertThat(update(1, Differential, entry("A", ACCEPTED))).isEqualTo(UpdateStatus.Accepted);
            assertThat(list.find(IdTag.of("a"))).contains(ACCEPTED);
        }

        @Test
        void atOrBelowTheInstalledVersionAreAVersionMismatchAndChangeNothing() {
            installAB();

            assertThat(update(3, Differential, entry("C", ACCEPTED))).isEqualTo(UpdateStatus.VersionMismatch);
            assertThat(update(2, Differential, removal("A"))).isEqualTo(UpdateStatus.VersionMismatch);

            assertThat(list.entries()).containsExactly(entry("A", ACCEPTED), entry("B", BLOCKED));
            assertThat(list.version()).isEqualTo(3);
        }

        @Test
        void withVersionZeroOnANewListAreAVersionMismatch() {
            assertThat(update(0, Differential, entry("A", ACCEPTED))).isEqualTo(UpdateStatus.VersionMismatch);
            assertThat(list.size()).isZero();
        }

        @Test
        void thatAreMalformedFailEvenWhenTheirVersionIsStale() {
            installAB();

            assertThat(update(1, Differential, entry("C", ACCEPTED), removal("c"))).isEqualTo(UpdateStatus.Failed);
        }
    }

    @Nested
    class RefusedUpdates {

        @ParameterizedTest
        @EnumSource(UpdateType.class)
        void failOnANegativeVersion(UpdateType type) {
            installAB();

            assertThat(update(-1, type, entry("C", ACCEPTED))).isEqualTo(UpdateStatus.Failed);

            assertThat(list.version()).isEqualTo(3);
            assertThat(list.size()).isEqualTo(2);
        }

        @ParameterizedTest
        @EnumSource(UpdateType.class)
        void failWithTheSameIdTagTwiceInOneMessageWhateverItsCase(UpdateType type) {
            installAB();

            assertThat(update(4, type, entry("card1", ACCEPTED), entry("CARD1", BLOCKED)))
                    .isEqualTo(UpdateStatus.Failed);

            assertThat(list.entries()).containsExactly(entry("A", ACCEPTED), entry("B", BLOCKED));
            assertThat(list.version()).isEqualTo(3);
        }

        @ParameterizedTest
        @EnumSource(UpdateType.class)
        void failWithMoreEntriesThanSendLocalListMaxLength(UpdateType type) {
            List<AuthorizationData> three = List.of(entry("A", ACCEPTED), entry("B", ACCEPTED), entry("C", ACCEPTED));

            assertThat(list.update(1, type, three, 2, LIST_MAX)).isEqualTo(UpdateStatus.Failed);
            assertThat(list.size()).isZero();
            assertThat(list.version()).isZero();

            assertThat(list.update(1, type, three, 3, LIST_MAX)).isEqualTo(UpdateStatus.Accepted);
            assertThat(list.size()).isEqualTo(3);
        }

        @Test
        void failWhenAFullListWouldExceedLocalAuthListMaxLength() {
            List<AuthorizationData> three = List.of(entry("A", ACCEPTED), entry("B", ACCEPTED), entry("C", ACCEPTED));

            assertThat(list.update(1, Full, three, SEND_MAX, 2)).isEqualTo(UpdateStatus.Failed);
            assertThat(list.size()).isZero();

            assertThat(list.update(1, Full, three, SEND_MAX, 3)).isEqualTo(UpdateStatus.Accepted);
        }

        @Test
        void failWhenADifferentialUpdateWouldGrowTheListBeyondLocalAuthListMaxLength() {
            list.update(1, Full, List.of(entry("A", ACCEPTED), entry("B", ACCEPTED)), SEND_MAX, 2);

            assertThat(list.update(2, Differential, List.of(entry("C", ACCEPTED)), SEND_MAX, 2))
                    .isEqualTo(UpdateStatus.Failed);
            assertThat(idTags(list.entries())).containsExactly("A", "B");
            assertThat(list.version()).isEqualTo(1);

            assertThat(list.update(2, Differential, List.of(removal("A"), entry("C", ACCEPTED)), SEND_MAX, 2))
                    .isEqualTo(UpdateStatus.Accepted);
            assertThat(idTags(list.entries())).containsExactly("B", "C");
        }

        @Test
        void rejectNegativeLimitsAndNullEntriesAsProgrammingErrors() {
            assertThatThrownBy(() -> list.update(1, Full, List.of(), -1, LIST_MAX))
                    .isInstanceOfSatisfying(InvalidValueException.class,
                            e -> assertThat(e.field()).isEqualTo("sendLocalListMaxLength"));
            assertThatThrownBy(() -> list.update(1, Full, List.of(), SEND_MAX, -1))
                    .isInstanceOfSatisfying(InvalidValueException.class,
                            e -> assertThat(e.field()).isEqualTo("localAuthListMaxLength"));
            assertThatThrownBy(() -> list.update(1, Full, Arrays.asList(entry("A", ACCEPTED), null), SEND_MAX,
                    LIST_MAX)).isInstanceOf(InvalidValueException.class);
            assertThatThrownBy(() -> list.update(1, null, List.of(), SEND_MAX, LIST_MAX))
                    .isInstanceOf(NullPointerException.class);
            assertThat(list.size()).isZero();
            assertThat(list.version()).isZero();
        }
    }

    @Nested
    class Lookups {

        @Test
        void areCaseInsensitive() {
            update(1, Full, entry("Card-7", ACCEPTED));

            assertThat(list.find(IdTag.of("CARD-7"))).contains(ACCEPTED);
            assertThat(list.find(IdTag.of("card-7"), T0)).contains(ACCEPTED);
            assertThat(list.find(IdTag.of("card-8"))).isEmpty();
        }

        @Test
        void asOfAnInstantReportAValidEntryPastItsExpiryDateAsExpired() {
            IdTag parent = IdTag.of("fleet");
            IdTagInfo untilT0 = new IdTagInfo(AuthorizationStatus.Accepted, T0, parent);
            update(1, Full, entry("A", untilT0));

            assertThat(list.find(IdTag.of("A"), T0.minusMillis(1))).contains(untilT0);
            assertThat(list.find(IdTag.of("A"), T0))
                    .contains(new IdTagInfo(AuthorizationStatus.Expired, T0, parent));
            assertThat(list.find(IdTag.of("A"))).as("the list keeps what the Central System sent").contains(untilT0);
        }

        @Test
        void asOfAnInstantTurnConcurrentTxExpiredButLeaveRefusalsAsTheyAre() {
            update(1, Full,
                    entry("C", new IdTagInfo(AuthorizationStatus.ConcurrentTx, T0, null)),
                    entry("B", new IdTagInfo(AuthorizationStatus.Blocked, T0, null)),
                    entry("I", new IdTagInfo(AuthorizationStatus.Invalid, T0, null)));

            assertThat(list.find(IdTag.of("C"), T0)).map(IdTagInfo::status).contains(AuthorizationStatus.Expired);
            assertThat(list.find(IdTag.of("B"), T0)).map(IdTagInfo::status).contains(AuthorizationStatus.Blocked);
            assertThat(list.find(IdTag.of("I"), T0)).map(IdTagInfo::status).contains(AuthorizationStatus.Invalid);
        }

        @Test
        void entriesAreASnapshotThatCannotBeChanged() {
            installAB();
            List<AuthorizationData> snapshot = list.entries();

            update(4, Full);

            assertThat(snapshot).hasSize(2);
            assertThatThrownBy(() -> snapshot.add(entry("C", ACCEPTED)))
                    .isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Test
    void authorizationDataWithoutIdTagInfoIsARemoval() {
        assertThat(AuthorizationData.removal(IdTag.of("A")).isRemoval()).isTrue();
        assertThat(entry("A", ACCEPTED).isRemoval()).isFalse();
        assertThatThrownBy(() -> new AuthorizationData(null, ACCEPTED))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("idTag"));
        assertThatThrownBy(() -> AuthorizationData.of(IdTag.of("A"), null))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("idTagInfo"));
    }
}
