package io.ocppsim.domain.authorization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocppsim.domain.authorization.OfflineDecision.Reason;
import io.ocppsim.domain.common.InvalidValueException;
import io.ocppsim.domain.transaction.AuthorizationStatus;
import io.ocppsim.domain.transaction.IdTag;
import io.ocppsim.domain.transaction.IdTagInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class LocalAuthorizerTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final IdTag PARENT = IdTag.of("fleet");
    private static final IdTagInfo LIST_OK = new IdTagInfo(AuthorizationStatus.Accepted, T0.plusSeconds(3600), PARENT);
    private static final IdTagInfo LIST_BLOCKED = IdTagInfo.of(AuthorizationStatus.Blocked);
    private static final IdTagInfo CACHE_OK = new IdTagInfo(AuthorizationStatus.Accepted, null, PARENT);
    private static final IdTagInfo CACHE_BLOCKED = IdTagInfo.of(AuthorizationStatus.Blocked);
    private static final IdTagInfo ACCEPTED = IdTagInfo.of(AuthorizationStatus.Accepted);
    private static final IdTagInfo INVALID = IdTagInfo.of(AuthorizationStatus.Invalid);

    /** The idTags of the fixture, each in one situation, and what each store says about it. */
    private static final Map<String, IdTagInfo> STORED = Map.of(
            "LISTOK", LIST_OK, "LISTBLOCKED", LIST_BLOCKED, "CACHEOK", CACHE_OK, "CACHEBLOCKED", CACHE_BLOCKED);
    private static final List<String> SITUATIONS = List.of("LISTOK", "LISTBLOCKED", "CACHEOK", "CACHEBLOCKED",
            "NOBODY");

    private final LocalAuthorizationList list = new LocalAuthorizationList();
    private final AuthorizationCache cache = new AuthorizationCache(10);
    private final LocalAuthorizer authorizer = new LocalAuthorizer(list, cache);

    LocalAuthorizerTest() {
        install(AuthorizationData.of(IdTag.of("ListOk"), LIST_OK),
                AuthorizationData.of(IdTag.of("ListBlocked"), LIST_BLOCKED));
        cache.remember(IdTag.of("CacheOk"), CACHE_OK, T0);
        cache.remember(IdTag.of("CacheBlocked"), CACHE_BLOCKED, T0);
    }

    private void install(AuthorizationData... entries) {
        assertThat(list.update(list.version() + 1, UpdateType.Full, List.of(entries), 10, 10))
                .isEqualTo(UpdateStatus.Accepted);
    }

    private static IdTag tag(String value) {
        return IdTag.of(value);
    }

    @Nested
    class PreAuthorize {

        /**
         * What preAuthorize answers for each situation: "-" ask the Central System, "LIST+" authorized by the
         * list, "LIST-" refused by the list, "CACHE+" authorized by the cache.
         */
        @ParameterizedTest(name = "LocalPreAuthorize={0} list={1} cache={2}")
        @CsvSource({
            // preAuth, list,  cache, LISTOK, LISTBLOCKED, CACHEOK, CACHEBLOCKED, NOBODY
            "false,     false, false, -,      -,           -,       -,            -",
            "false,     false, true,  -,      -,           -,       -,            -",
            "false,     true,  false, -,      -,           -,       -,            -",
            "false,     true,  true,  -,      -,           -,       -,            -",
            "true,      false, false, -,      -,           -,       -,            -",
            "true,      false, true,  -,      -,           CACHE+,  -,            -",
            "true,      true,  false, LIST+,  LIST-,       -,       -,            -",
            "true,      true,  true,  LIST+,  LIST-,       CACHE+,  -,            -",
        })
        void forEveryFlagCombination(boolean localPreAuthorize, boolean listEnabled, boolean cacheEnabled,
                String listOk, String listBlocked, String cacheOk, String cacheBlocked, String nobody) {
            List<String> expected = List.of(listOk, listBlocked, cacheOk, cacheBlocked, nobody);
            for (int i = 0; i < SITUATIONS.size(); i++) {
                String situation = SITUATIONS.get(i);
                Optional<LocalAuthorization> answer = authorizer.preAuthorize(tag(situation.toLowerCase()), T0,
                        localPreAuthorize, listEnabled, cacheEnabled);
                assertThat(describe(answer)).as(situation).isEqualTo(expected.get(i));
                answer.ifPresent(a -> assertThat(a.idTagInfo()).as(situation).isEqualTo(STORED.get(situation)));
            }
        }

        private static String describe(Optional<LocalAuthorization> answer) {
            return answer.map(a -> (a.source() == AuthorizationSource.LOCAL_LIST ? "LIST" : "CACHE")
                    + (a.authorized() ? "+" : "-")).orElse("-");
        }

        @Test
        void theListWinsOverTheCacheBothWays() {
            cache.remember(tag("ListBlocked"), ACCEPTED, T0);
            cache.remember(tag("ListOk"), CACHE_BLOCKED, T0);

            assertThat(authorizer.preAuthorize(tag("listblocked"), T0, true, true, true))
                    .contains(new LocalAuthorization(LIST_BLOCKED, AuthorizationSource.LOCAL_LIST));
            assertThat(authorizer.preAuthorize(tag("listok"), T0, true, true, true))
                    .contains(new LocalAuthorization(LIST_OK, AuthorizationSource.LOCAL_LIST));
        }

        @Test
        void aDisabledListLeavesTheDecisionToTheCache() {
            cache.remember(tag("ListBlocked"), ACCEPTED, T0);

            assertThat(authorizer.preAuthorize(tag("listblocked"), T0, true, false, true))
                    .contains(new LocalAuthorization(ACCEPTED, AuthorizationSource.CACHE));
        }

        @Test
        void aListEntryPastItsExpiryDateIsRefusedAsExpired() {
            Instant later = T0.plusSeconds(3600);

            Optional<LocalAuthorization> answer = authorizer.preAuthorize(tag("ListOk"), later, true, true, true);

            assertThat(answer).contains(new LocalAuthorization(
                    new IdTagInfo(AuthorizationStatus.Expired, later, PARENT), AuthorizationSource.LOCAL_LIST));
            assertThat(answer.get().authorized()).isFalse();
        }

        @Test
        void aCacheEntryPastItsExpiryDateIsLeftToTheCentralSystem() {
            cache.remember(tag("short"), new IdTagInfo(AuthorizationStatus.Accepted, T0.plusSeconds(5), null), T0);

            assertThat(authorizer.preAuthorize(tag("short"), T0.plusSeconds(4), true, true, true)).isPresent();
            assertThat(authorizer.preAuthorize(tag("short"), T0.plusSeconds(5), true, true, true)).isEmpty();
        }

        @Test
        void concurrentTxIsValidOnTheListButNotInTheCache() {
            IdTagInfo concurrent = IdTagInfo.of(AuthorizationStatus.ConcurrentTx);
            install(AuthorizationData.of(tag("on-list"), concurrent));
            cache.remember(tag("in-cache"), concurrent, T0);

            assertThat(authorizer.preAuthorize(tag("on-list"), T0, true, true, true))
                    .map(LocalAuthorization::authorized).contains(true);
            assertThat(authorizer.preAuthorize(tag("in-cache"), T0, true, true, true)).isEmpty();
        }
    }

    @Nested
    class AuthorizeOffline {

        /** Abbreviations of the reasons, to keep the table readable. */
        private static final Map<String, Reason> REASONS = Map.of(
                "LA", Reason.LOCAL_LIST_ACCEPTED, "CA", Reason.CACHE_ACCEPTED,
                "LR", Reason.LOCAL_LIST_REJECTED, "CR", Reason.CACHE_REJECTED,
                "UA", Reason.UNKNOWN_ID_ALLOWED, "UR", Reason.UNKNOWN_ID_REJECTED,
                "LD", Reason.LOCAL_AUTHORIZE_OFFLINE_DISABLED);

        @ParameterizedTest(name = "LocalAuthorizeOffline={0} list={1} cache={2} AllowOfflineTxForUnknownId={3}")
        @CsvSource({
            // offline, list,  cache, unknown, LISTOK, LISTBLOCKED, CACHEOK, CACHEBLOCKED, NOBODY
            "false,     false, false, false,   UR,     UR,          UR,      UR,           UR",
            "false,     false, false, true,    UA,     UA,          UA,      UA,           UA",
            "false,     false, true,  false,   UR,     UR,          LD,      CR,           UR",
            "false,     false, true,  true,    UA,     UA,          UA,      CR,           UA",
            "false,     true,  false, false,   LD,     LR,          UR,      UR,           UR",
            "false,     true,  false, true,    UA,     LR,          UA,      UA,           UA",
            "false,     true,  true,  false,   LD,     LR,          LD,      CR,           UR",
            "false,     true,  true,  true,    UA,     LR,          UA,      CR,           UA",
            "true,      false, false, false,   UR,     UR,          UR,      UR,           UR",
            "true,      false, false, true,    UA,     UA,          UA,      UA,           UA",
            "true,      false, true,  false,   UR,     UR,          CA,      CR,           UR",
            "true,      false, true,  true,    UA,     UA,          CA,      CR,           UA",
            "true,      true,  false, false,   LA,     LR,          UR,      UR,           UR",
            "true,      true,  false, true,    LA,     LR,          UA,      UA,           UA",
            "true,      true,  true,  false,   LA,     LR,          CA,      CR,           UR",
            "true,      true,  true,  true,    LA,     LR,          CA,      CR,           UA",
        })
        void forEveryFlagCombination(boolean localAuthorizeOffline, boolean listEnabled, boolean cacheEnabled,
                boolean allowUnknown, String listOk, String listBlocked, String cacheOk, String cacheBlocked,
                String nobody) {
            List<String> expected = List.of(listOk, listBlocked, cacheOk, cacheBlocked, nobody);
            for (int i = 0; i < SITUATIONS.size(); i++) {
                String situation = SITUATIONS.get(i);
                Reason reason = REASONS.get(expected.get(i));
                OfflineDecision decision = authorizer.authorizeOffline(tag(situation.toLowerCase()), T0,
                        localAuthorizeOffline, listEnabled, cacheEnabled, allowUnknown);
                assertThat(decision).as(situation).isEqualTo(new OfflineDecision(reason.allows(),
                        expectedInfo(reason, situation), reason));
            }
        }

        private static IdTagInfo expectedInfo(Reason reason, String situation) {
            return switch (reason) {
                case LOCAL_LIST_ACCEPTED, CACHE_ACCEPTED, LOCAL_LIST_REJECTED, CACHE_REJECTED -> STORED.get(situation);
                case UNKNOWN_ID_ALLOWED -> ACCEPTED;
                case UNKNOWN_ID_REJECTED, LOCAL_AUTHORIZE_OFFLINE_DISABLED -> INVALID;
            };
        }

        @Test
        void theListWinsOverTheCacheBothWays() {
            cache.remember(tag("ListBlocked"), ACCEPTED, T0);
            cache.remember(tag("ListOk"), CACHE_BLOCKED, T0);

            assertThat(authorizer.authorizeOffline(tag("LISTBLOCKED"), T0, true, true, true, true))
                    .isEqualTo(OfflineDecision.of(LIST_BLOCKED, Reason.LOCAL_LIST_REJECTED));
            assertThat(authorizer.authorizeOffline(tag("LISTOK"), T0, true, true, true, false))
                    .isEqualTo(OfflineDecision.of(LIST_OK, Reason.LOCAL_LIST_ACCEPTED));
        }

        @Test
        void anIdTagExpiredByThePassageOfTimeIsRefusedEvenWhenUnknownIdTagsAreAllowed() {
            Instant later = T0.plusSeconds(3600);
            cache.remember(tag("short"), new IdTagInfo(AuthorizationStatus.Accepted, T0.plusSeconds(5), null), T0);

            OfflineDecision onList = authorizer.authorizeOffline(tag("ListOk"), later, true, true, true, true);
            OfflineDecision inCache = authorizer.authorizeOffline(tag("short"), later, true, true, true, true);

            assertThat(onList).isEqualTo(OfflineDecision.of(
                    new IdTagInfo(AuthorizationStatus.Expired, later, PARENT), Reason.LOCAL_LIST_REJECTED));
            assertThat(inCache).isEqualTo(OfflineDecision.of(
                    new IdTagInfo(AuthorizationStatus.Expired, T0.plusSeconds(5), null), Reason.CACHE_REJECTED));
        }

        @ParameterizedTest
        @EnumSource(value = AuthorizationStatus.class, names = {"Blocked", "Invalid", "Expired"})
        void everyRefusalOnTheListIsRefusedWithItsStatus(AuthorizationStatus status) {
            IdTagInfo info = IdTagInfo.of(status);
            install(AuthorizationData.of(tag("card"), info));

            OfflineDecision decision = authorizer.authorizeOffline(tag("CARD"), T0, true, true, true, true);

            assertThat(decision.allowed()).isFalse();
            assertThat(decision.info()).isEqualTo(info);
            assertThat(decision.reason()).isEqualTo(Reason.LOCAL_LIST_REJECTED);
        }

        @Test
        void concurrentTxIsValidOnTheListButNotInTheCache() {
            IdTagInfo concurrent = IdTagInfo.of(AuthorizationStatus.ConcurrentTx);
            install(AuthorizationData.of(tag("on-list"), concurrent));
            cache.remember(tag("in-cache"), concurrent, T0);

            assertThat(authorizer.authorizeOffline(tag("on-list"), T0, true, true, true, false))
                    .isEqualTo(OfflineDecision.of(concurrent, Reason.LOCAL_LIST_ACCEPTED));
            assertThat(authorizer.authorizeOffline(tag("in-cache"), T0, true, true, true, true))
                    .isEqualTo(OfflineDecision.of(concurrent, Reason.CACHE_REJECTED));
        }
    }

    @Nested
    class Learn {

        @Test
        void remembersAnAnswerInTheEnabledCache() {
            authorizer.learn(tag("new"), CACHE_BLOCKED, T0, true, true);

            assertThat(cache.find(tag("NEW"), T0)).contains(CACHE_BLOCKED);
        }

        @Test
        void replacesWhatTheCacheKnew() {
            authorizer.learn(tag("CacheOk"), CACHE_BLOCKED, T0, true, true);

            assertThat(authorizer.authorizeOffline(tag("cacheok"), T0, true, true, true, true))
                    .isEqualTo(OfflineDecision.of(CACHE_BLOCKED, Reason.CACHE_REJECTED));
        }

        @Test
        void remembersNothingWhileTheCacheIsDisabled() {
            authorizer.learn(tag("new"), ACCEPTED, T0, false, false);

            assertThat(cache.find(tag("new"), T0)).isEmpty();
        }

        @Test
        void neverCachesAnIdTagOnTheEnabledList() {
            authorizer.learn(tag("LISTBLOCKED"), ACCEPTED, T0, true, true);

            assertThat(cache.find(tag("ListBlocked"), T0)).isEmpty();
        }

        @Test
        void cachesAnIdTagOnTheListWhileTheListIsDisabled() {
            authorizer.learn(tag("LISTBLOCKED"), ACCEPTED, T0, true, false);

            assertThat(cache.find(tag("ListBlocked"), T0)).contains(ACCEPTED);
        }
    }

    @Test
    void aLocalAuthorizationAndAnOfflineDecisionCheckThemselves() {
        assertThatThrownBy(() -> new LocalAuthorization(null, AuthorizationSource.CACHE))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new LocalAuthorization(ACCEPTED, null)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new OfflineDecision(true, INVALID, Reason.UNKNOWN_ID_REJECTED))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("allowed"));
        assertThatThrownBy(() -> new OfflineDecision(false, null, Reason.UNKNOWN_ID_REJECTED))
                .isInstanceOf(InvalidValueException.class);
        assertThat(OfflineDecision.of(ACCEPTED, Reason.UNKNOWN_ID_ALLOWED).allowed()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(AuthorizationStatus.class)
    void onlyAcceptedIsValidInTheCacheAndAlsoConcurrentTxOnTheList(AuthorizationStatus status) {
        assertThat(AuthorizationSource.CACHE.treatsAsValid(status)).isEqualTo(status == AuthorizationStatus.Accepted);
        assertThat(AuthorizationSource.LOCAL_LIST.treatsAsValid(status))
                .isEqualTo(status == AuthorizationStatus.Accepted || status == AuthorizationStatus.ConcurrentTx);
    }
}
