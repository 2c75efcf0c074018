package io.ocppsim.domain.smartcharging;

import static io.ocppsim.domain.smartcharging.ChargingProfilePurpose.ChargePointMaxProfile;
import static io.ocppsim.domain.smartcharging.ChargingProfilePurpose.TxDefaultProfile;
import static io.ocppsim.domain.smartcharging.ChargingProfilePurpose.TxProfile;
import static io.ocppsim.domain.smartcharging.TestProfiles.period;
import static io.ocppsim.domain.smartcharging.TestProfiles.profile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocppsim.domain.common.InvalidValueException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** SetChargingProfile, ClearChargingProfile and the end of a transaction. */
class ChargingProfilesInstallTest {

    private static final int MAX_STACK = 3;
    private static final int MAX_INSTALLED = 4;
    private static final int MAX_PERIODS = 3;

    private final ChargingProfiles profiles = new ChargingProfiles(2, MAX_STACK, MAX_INSTALLED, MAX_PERIODS,
            EnumSet.of(ChargingRateUnit.A));

    private static ChargingProfile txDefault(int id, int stack) {
        return profile(id, TxDefaultProfile).stack(stack).unit(ChargingRateUnit.A).limit(16).build();
    }

    private static ChargingProfile txProfile(int id, Integer transactionId) {
        return profile(id, TxProfile).transaction(transactionId).unit(ChargingRateUnit.A).limit(10).build();
    }

    private static ChargingProfile chargePointMax(int id, int stack) {
        return profile(id, ChargePointMaxProfile).stack(stack).unit(ChargingRateUnit.A).limit(32).build();
    }

    private List<Integer> installedIds() {
        return profiles.installed().stream().map(installed -> installed.profile().id()).toList();
    }

    @Nested
    class Rejections {

        private void assertRejected(SetResult result, String reasonFragment) {
            assertThat(result.status()).isEqualTo(SetStatus.Rejected);
            assertThat(result.reason()).contains(reasonFragment);
            assertThat(profiles.installed()).isEmpty();
        }

        @Test
        void aConnectorThatDoesNotExist() {
            assertRejected(profiles.set(3, txDefault(1, 0), null), "connector 3 does not exist (0..2)");
            assertRejected(profiles.set(-1, txDefault(1, 0), null), "connector -1 does not exist");
        }

        @Test
        void aChargePointMaxProfileOnAConnector() {
            assertRejected(profiles.set(1, chargePointMax(1, 0), null), "ChargePointMaxProfile belongs on connector 0");
        }

        @Test
        void aTxProfileOnConnectorZero() {
            assertRejected(profiles.set(0, txProfile(1, null), 7), "TxProfile needs a connector, not connector 0");
        }

        @Test
        void aTxProfileWithoutARunningTransaction() {
            assertRejected(profiles.set(1, txProfile(1, null), null), "none runs on connector 1");
        }

        @Test
        void aTxProfileForAnotherTransaction() {
            assertRejected(profiles.set(1, txProfile(1, 8), 7),
                    "transaction 8 does not run on connector 1 (transaction 7 does)");
        }

        @Test
        void aStackLevelAboveTheMaximum() {
            assertRejected(profiles.set(0, txDefault(1, MAX_STACK + 1), null),
                    "stackLevel 4 exceeds ChargeProfileMaxStackLevel 3");
        }

        @Test
        void moreThanTheMaximumPeriods() {
            ChargingProfile tooLong = profile(1, TxDefaultProfile).unit(ChargingRateUnit.A)
                    .periods(period(0, 10), period(60, 11), period(120, 12), period(180, 13)).build();
            assertRejected(profiles.set(0, tooLong, null), "4 periods exceed ChargingScheduleMaxPeriods 3");
        }

        @Test
        void aUnitThatIsNotAllowed() {
            ChargingProfile inWatts = profile(1, TxDefaultProfile).unit(ChargingRateUnit.W).limit(7000).build();
            assertRejected(profiles.set(0, inWatts, null),
                    "chargingRateUnit W is not in ChargingScheduleAllowedChargingRateUnit [A]");
        }

        @Test
        void onceTheMaximumIsInstalledANewProfileDoesNotFit() {
            for (int stack = 0; stack < MAX_INSTALLED; stack++) {
                assertThat(profiles.set(0, txDefault(10 + stack, stack), null).isAccepted()).isTrue();
            }
            SetResult result = profiles.set(1, txDefault(99, 0), null);
            assertThat(result.status()).isEqualTo(SetStatus.Rejected);
            assertThat(result.reason()).contains("MaxChargingProfilesInstalled 4 reached");
            assertThat(installedIds()).containsExactly(10, 11, 12, 13);
        }

        @Test
        void aFullStoreStillAcceptsAProfileThatReplacesOne() {
            for (int stack = 0; stack < MAX_INSTALLED; stack++) {
                profiles.set(0, txDefault(10 + stack, stack), null);
            }
            assertThat(profiles.set(0, txDefault(99, 2), null).isAccepted()).isTrue();
            assertThat(installedIds()).containsExactly(10, 11, 13, 99);
        }
    }

    @Test
    void aTxProfileIsBoundToTheRunningTransaction() {
        assertThat(profiles.set(1, txProfile(1, null), 7)).isEqualTo(SetResult.accepted());
        assertThat(profiles.set(2, txProfile(2, 9), 9).isAccepted()).isTrue();
        assertThat(profiles.installed()).extracting(installed -> installed.profile().transactionId())
                .containsExactly(7, 9);
        assertThat(profiles.installed()).extracting(InstalledProfile::connectorId).containsExactly(1, 2);
    }

    @Test
    void aProfileWithTheSameIdReplacesTheInstalledOneWhereverItIs() {
        profiles.set(1, txDefault(1, 0), null);
        profiles.set(0, txDefault(2, 0), null);
        profiles.set(2, txDefault(1, 3), null);
        assertThat(profiles.installed()).containsExactly(new InstalledProfile(0, txDefault(2, 0)),
                new InstalledProfile(2, txDefault(1, 3)));
    }

    @Test
    void aProfileWithTheSamePurposeStackLevelAndConnectorReplacesTheInstalledOne() {
        profiles.set(1, txDefault(1, 2), null);
        profiles.set(2, txDefault(2, 2), null);
        profiles.set(1, txDefault(3, 1), null);
        profiles.set(0, chargePointMax(4, 2), null);
        profiles.set(1, txDefault(5, 2), null);
        assertThat(installedIds()).containsExactly(2, 3, 4, 5);
    }

    @Nested
    class Clearing {

        @Test
        void byIdIgnoresTheOtherCriteria() {
            profiles.set(1, txDefault(1, 0), null);
            profiles.set(2, txDefault(2, 0), null);
            assertThat(profiles.clear(1, 2, ChargePointMaxProfile, 3)).isTrue();
            assertThat(installedIds()).containsExactly(2);
        }

        @Test
        void byAnUnknownIdIsUnknownEvenWhenOtherCriteriaWouldMatch() {
            profiles.set(1, txDefault(1, 0), null);
            assertThat(profiles.clear(5, 1, TxDefaultProfile, 0)).isFalse();
            assertThat(installedIds()).containsExactly(1);
        }

        @Test
        void byCriteriaRemovesEveryProfileMatchingAllOfThem() {
            profiles.set(0, chargePointMax(1, 0), null);
            profiles.set(0, txDefault(2, 1), null);
            profiles.set(1, txDefault(3, 1), null);
            profiles.set(1, txProfile(4, null), 7);

            assertThat(profiles.clear(null, 1, TxDefaultProfile, 1)).isTrue();
            assertThat(installedIds()).containsExactly(1, 2, 4);

            assertThat(profiles.clear(null, null, null, 1)).isTrue();
            assertThat(installedIds()).containsExactly(1, 4);

            assertThat(profiles.clear(null, 0, null, null)).isTrue();
            assertThat(installedIds()).containsExactly(4);
        }

        @Test
        void withoutCriteriaRemovesEverything() {
            profiles.set(0, chargePointMax(1, 0), null);
            profiles.set(1, txProfile(4, null), 7);
            assertThat(profiles.clear(null, null, null, null)).isTrue();
            assertThat(profiles.installed()).isEmpty();
        }

        @Test
        void whenNothingMatchesItIsUnknown() {
            profiles.set(0, chargePointMax(1, 0), null);
            assertThat(profiles.clear(null, 1, null, null)).isFalse();
            assertThat(profiles.clear(null, 0, TxDefaultProfile, null)).isFalse();
            assertThat(profiles.clear(null, null, ChargePointMaxProfile, 1)).isFalse();
            assertThat(new ChargingProfiles(1, 1, 1, 1, Set.of(ChargingRateUnit.W)).clear(null, null, null, null))
                    .isFalse();
            assertThat(installedIds()).containsExactly(1);
        }
    }

    @Test
    void whenATransactionEndsItsTxProfilesGoAndTheRestStays() {
        profiles.set(0, txDefault(1, 0), null);
        profiles.set(1, txDefault(2, 1), null);
        profiles.set(1, txProfile(3, null), 7);
        profiles.set(2, txProfile(4, null), 8);

        profiles.transactionEnded(1);

        assertThat(installedIds()).containsExactly(1, 2, 4);
        assertThatThrownBy(() -> profiles.transactionEnded(3)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("connectorId");
    }

    @Test
    void theInstalledListIsASnapshot() {
        profiles.set(0, txDefault(1, 0), null);
        List<InstalledProfile> snapshot = profiles.installed();
        profiles.clear(1, null, null, null);
        assertThat(snapshot).hasSize(1);
        assertThatThrownBy(() -> snapshot.clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
