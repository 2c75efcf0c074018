package io.ocppsim.domain.smartcharging;

import static io.ocppsim.domain.smartcharging.ChargingProfilePurpose.ChargePointMaxProfile;
import static io.ocppsim.domain.smartcharging.ChargingProfilePurpose.TxDefaultProfile;
import static io.ocppsim.domain.smartcharging.ChargingProfilePurpose.TxProfile;

import io.ocppsim.domain.common.Checks;
import io.ocppsim.domain.common.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;

/**
 * The charging profiles installed on one charge point and what they allow (OCPP 1.6 smart
 * charging: SetChargingProfile, ClearChargingProfile, GetCompositeSchedule and the limit in force).
 *
 * <h2>Which limit is in force</h2>
 * On a connector, at an instant:
 * <ol>
 *   <li>Within each purpose, the profile with the highest stack level that <em>applies</em> wins.
 *       A profile applies when the instant lies in its validity window [validFrom, validTo), its
 *       schedule has started and has not run past its duration. A profile that does not apply
 *       leaves the field to the next lower stack level.</li>
 *   <li>TxProfile and TxDefaultProfile apply only while a transaction runs on the connector, i.e.
 *       from {@code transactionStart} on (OCPP would keep a TxDefaultProfile for the <em>next</em>
 *       transaction; outside a transaction there is nothing to limit, so it is simply not applied).
 *       A TxProfile on the connector overrides every TxDefaultProfile. TxDefaultProfiles on the
 *       connector and on connector 0 compete by stack level; at equal stack level the one on the
 *       connector itself wins.</li>
 *   <li>The result is the minimum of that and the ChargePointMaxProfile (installed on connector 0).</li>
 * </ol>
 *
 * <h2>Where a schedule counts from</h2>
 * <ul>
 *   <li>Recurring: from {@code startSchedule}, restarting every day or week; before
 *       {@code startSchedule} it does not apply. A duration longer than the cycle is cut by the
 *       next restart.</li>
 *   <li>Absolute with a {@code startSchedule}: from it.</li>
 *   <li>Relative, and Absolute without {@code startSchedule} (OCPP: "if absent the schedule will be
 *       relative to start of charging"): from {@code transactionStart}. A ChargePointMaxProfile has
 *       no transaction of its own, so such a ChargePointMaxProfile holds its first period for as
 *       long as it is valid, and its duration is ignored.</li>
 * </ul>
 *
 * <h2>Units</h2>
 * Amperes convert to watts as limit x voltage x phases, with the phases the caller names (those in
 * use), or the period's {@code numberPhases} when it allows fewer.
 *
 * <p>TxProfiles are bound to the transaction that ran when they were set; the owner calls
 * {@link #transactionEnded} when it ends, which removes them. Not thread-safe: the application
 * serializes the operations on one charge point.
 */
public final class ChargingProfiles {

    private static final Comparator<InstalledProfile> HIGHEST_STACK_FIRST = Comparator
            .comparingInt((InstalledProfile installed) -> installed.profile().stackLevel()).reversed()
            .thenComparing(Comparator.comparingInt(InstalledProfile::connectorId).reversed());

    private final int connectorCount;
    private final int maxStackLevel;
    private final int maxProfilesInstalled;
    private final int maxPeriods;
    private final Set<ChargingRateUnit> allowedUnits;
    private final List<InstalledProfile> profiles = new ArrayList<>();

    /**
     * Limits from the configuration: ChargeProfileMaxStackLevel, MaxChargingProfilesInstalled,
     * ChargingScheduleMaxPeriods, allowed units (ChargingScheduleAllowedChargingRateUnit).
     *
     * @param connectorCount the connectors 1..connectorCount exist (connector 0 is the charge point)
     */
    public ChargingProfiles(int connectorCount, int maxStackLevel, int maxProfilesInstalled, int maxPeriods,
            Set<ChargingRateUnit> allowedUnits) {
        this.connectorCount = atLeast("connectorCount", connectorCount, 1);
        this.maxStackLevel = atLeast("ChargeProfileMaxStackLevel", maxStackLevel, 0);
        this.maxProfilesInstalled = atLeast("MaxChargingProfilesInstalled", maxProfilesInstalled, 1);
        this.maxPeriods = atLeast("ChargingScheduleMaxPeriods", maxPeriods, 1);
        Checks.required("ChargingScheduleAllowedChargingRateUnit", allowedUnits);
        if (allowedUnits.isEmpty()) {
            throw new InvalidValueException("ChargingScheduleAllowedChargingRateUnit", "must name at least one unit");
        }
        this.allowedUnits = EnumSet.copyOf(allowedUnits);
    }

    /**
     * SetChargingProfile on connectorId (0 = the whole charge point).
     *
     * <p>Rejected (with a reason, nothing changed) when: the connector does not exist; a
     * ChargePointMaxProfile is meant for a connector other than 0; a TxProfile is meant for
     * connector 0, or no transaction runs on the connector ({@code runningTransactionId} null), or
     * it names a transactionId other than the running one; the stack level exceeds
     * ChargeProfileMaxStackLevel; the schedule has more periods than ChargingScheduleMaxPeriods;
     * its unit is not allowed; installing it would exceed MaxChargingProfilesInstalled.
     *
     * <p>Otherwise installs it, replacing any installed profile with the same id (on any connector)
     * and any with the same purpose, stack level and connector. A TxProfile is stored bound to the
     * running transaction (its transactionId is set to the running one).
     */
    public SetResult set(int connectorId, ChargingProfile profile, Integer runningTransactionId) {
        Checks.required("chargingProfile", profile);
        if (connectorId < 0 || connectorId > connectorCount) {
            return SetResult.rejected("connector " + connectorId + " does not exist (0.." + connectorCount + ")");
        }
        ChargingProfile toInstall = profile;
        if (profile.purpose() == ChargePointMaxProfile && connectorId != 0) {
            return SetResult.rejected("a ChargePointMaxProfile belongs on connector 0, not on " + connectorId);
        }
        if (profile.purpose() == TxProfile) {
            if (connectorId == 0) {
                return SetResult.rejected("a TxProfile needs a connector, not connector 0");
            }
            if (runningTransactionId == null) {
                return SetResult.rejected("a TxProfile needs a transaction, none runs on connector " + connectorId);
            }
            if (profile.transactionId() != null && !profile.transactionId().equals(runningTransactionId)) {
                return SetResult.rejected("transaction " + profile.transactionId() + " does not run on connector "
                        + connectorId + " (transaction " + runningTransactionId + " does)");
            }
            toInstall = profile.withTransactionId(runningTransactionId);
        }
        if (profile.stackLevel() > maxStackLevel) {
            return SetResult.rejected("stackLevel " + profile.stackLevel() + " exceeds ChargeProfileMaxStackLevel "
                    + maxStackLevel);
        }
        int periodCount = profile.schedule().periods().size();
        if (periodCount > maxPeriods) {
            return SetResult.rejected(periodCount + " periods exceed ChargingScheduleMaxPeriods " + maxPeriods);
        }
        if (!allowedUnits.contains(profile.schedule().unit())) {
            return SetResult.rejected("chargingRateUnit " + profile.schedule().unit()
                    + " is not in ChargingScheduleAllowedChargingRateUnit " + allowedUnits);
        }
        List<InstalledProfile> kept = profiles.stream()
                .filter(installed -> !replacedBy(installed, connectorId, profile))
                .toList();
        if (kept.size() + 1 > maxProfilesInstalled) {
            return SetResult.rejected("MaxChargingProfilesInstalled " + maxProfilesInstalled + " reached");
        }
        profiles.clear();
        profiles.addAll(kept);
        profiles.add(new InstalledProfile(connectorId, toInstall));
        return SetResult.accepted();
    }

    /**
     * ClearChargingProfile: with an id, removes that profile (the other criteria are ignored, as
     * OCPP says); otherwise removes every profile matching all the given criteria (null = any;
     * connectorId 0 matches the profiles installed on connector 0). True when something was removed
     * (Accepted), false (Unknown) otherwise.
     */
    public boolean clear(Integer id, Integer connectorId, ChargingProfilePurpose purpose, Integer stackLevel) {
        if (id != null) {
            return profiles.removeIf(installed -> installed.profile().id() == id);
        }
        return profiles.removeIf(installed -> (connectorId == null || installed.connectorId() == connectorId)
                && (purpose == null || installed.profile().purpose() == purpose)
                && (stackLevel == null || installed.profile().stackLevel() == stackLevel));
    }

    /** The transaction on the connector ended: its TxProfiles go. */
    public void transactionEnded(int connectorId) {
        checkConnector(connectorId);
        profiles.removeIf(installed -> installed.connectorId() == connectorId
                && installed.profile().purpose() == TxProfile);
    }

    /** The installed profiles, in the order they were installed. */
    public List<InstalledProfile> installed() {
        return List.copyOf(profiles);
    }

    /**
     * The limit in force on a connector at {@code at}, in watts, or empty when no profile limits
     * it. Connector 0 answers the ChargePointMaxProfile alone.
     *
     * @param transactionStart when the running transaction started, null when none runs
     * @param voltage          volts per phase, for converting amperes
     * @param phases           the phases used when a period does not name its numberPhases (1..3)
     * @throws InvalidValueException when the connector does not exist, or voltage or phases are out of range
     */
    public OptionalDouble limitWatts(int connectorId, Instant at, Instant transactionStart, double voltage,
            int phases) {
        checkConnector(connectorId);
        Checks.required("at", at);
        checkElectrics(voltage, phases);
        return effective(connectorId, at, transactionStart, voltage, phases)
                .map(limit -> OptionalDouble.of(limit.watts()))
                .orElse(OptionalDouble.empty());
    }

    /**
     * GetCompositeSchedule: the merged schedule for connectorId (0 = the charge point:
     * ChargePointMaxProfile only) from {@code start} for {@code duration}, in {@code unit} (null: W),
     * converting with voltage and phases. Empty when no profile applies anywhere in the window.
     *
     * <p>Works to the whole second: the window starts at {@code start} truncated to the second and
     * lasts {@code duration} rounded down to the second. The effective limit is evaluated at every
     * instant where it may change (starts of transaction, validity windows, periods, recurrences and
     * ends of schedules inside the window); a period starts at each change, and neighbours with the
     * same limit and numberPhases are merged. Limits are rounded to 0.1 (the wire's resolution); in
     * amperes, a limit counts per phase (the winning period's numberPhases or {@code phases}). Each
     * period carries the numberPhases of the schedule period it comes from.
     *
     * <p>OCPP's schedule cannot say "unlimited", so the composite covers the first uninterrupted
     * stretch of the window during which a profile limits the connector: when the window begins
     * unlimited, {@code scheduleStart} is where the first limit begins; when the limits stop before
     * the window ends, the duration ends there.
     *
     * @throws InvalidValueException when the connector does not exist, the duration is shorter than
     *                               a second, or voltage or phases are out of range
     */
    public Optional<CompositeSchedule> composite(int connectorId, Instant start, Duration duration,
            ChargingRateUnit unit, Instant transactionStart, double voltage, int phases) {
        checkConnector(connectorId);
        Checks.required("start", start);
        Checks.required("duration", duration);
        if (duration.getSeconds() < 1 || duration.getSeconds() > Integer.MAX_VALUE) {
            throw new InvalidValueException("duration", "must be 1 to " + Integer.MAX_VALUE + " seconds, was "
                    + duration);
        }
        checkElectrics(voltage, phases);
        ChargingRateUnit outUnit = unit == null ? ChargingRateUnit.W : unit;
        Instant from = start.truncatedTo(ChronoUnit.SECONDS);
        Instant end = from.plus(duration.truncatedTo(ChronoUnit.SECONDS));

        List<Segment> segments = new ArrayList<>();
        for (Instant boundary : boundaries(connectorId, from, end, transactionStart)) {
            int offset = (int) Duration.between(from, boundary).getSeconds();
            Optional<Limit> limit = effective(connectorId, boundary, transactionStart, voltage, phases);
            if (!segments.isEmpty() && segments.get(segments.size() - 1).offset() == offset) {
                segments.remove(segments.size() - 1);
            }
            segments.add(new Segment(offset, limit));
        }

        int first = 0;
        while (first < segments.size() && segments.get(first).limit().isEmpty()) {
            first++;
        }
        if (first == segments.size()) {
            return Optional.empty();
        }
        int origin = segments.get(first).offset();
        int stop = (int) Duration.between(from, end).getSeconds();
        List<ChargingSchedulePeriod> periods = new ArrayList<>();
        for (int i = first; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            if (segment.limit().isEmpty()) {
                stop = segment.offset();
                break;
            }
            Limit limit = segment.limit().get();
            double value = outUnit == ChargingRateUnit.W ? limit.watts() : limit.watts() / (voltage * limit.phases());
            ChargingSchedulePeriod period = new ChargingSchedulePeriod(segment.offset() - origin,
                    Math.round(value * 10) / 10.0, limit.numberPhases());
            ChargingSchedulePeriod previous = periods.isEmpty() ? null : periods.get(periods.size() - 1);
            if (previous == null || previous.limit() != period.limit()
                    || !Objects.equals(previous.numberPhases(), period.numberPhases())) {
                periods.add(period);
            }
        }
        return Optional.of(new CompositeSchedule(connectorId, from.plusSeconds(origin), stop - origin, outUnit,
                periods));
    }

    /** A limit in force: its watts, the phases it counts with, and the numberPhases its period named. */
    private record Limit(double watts, int phases, Integer numberPhases) {
    }

    /** From {@code offset} seconds into the window, this limit (or none) holds. */
    private record Segment(int offset, Optional<Limit> limit) {
    }

    private Optional<Limit> effective(int connectorId, Instant at, Instant transactionStart, double voltage,
            int phases) {
        Optional<Limit> chargePoint = winner(candidates(0, ChargePointMaxProfile), at, transactionStart, voltage,
                phases);
        if (connectorId == 0 || transactionStart == null || at.isBefore(transactionStart)) {
            return chargePoint;
        }
        Optional<Limit> transaction = winner(candidates(connectorId, TxProfile), at, transactionStart, voltage,
                phases);
        if (transaction.isEmpty()) {
            transaction = winner(txDefaults(connectorId), at, transactionStart, voltage, phases);
        }
        if (transaction.isEmpty()) {
            return chargePoint;
        }
        if (chargePoint.isEmpty() || transaction.get().watts() <= chargePoint.get().watts()) {
            return transaction;
        }
        return chargePoint;
    }

    /** The limit of the first profile in {@code ranked} (highest priority first) that applies at {@code at}. */
    private static Optional<Limit> winner(List<InstalledProfile> ranked, Instant at, Instant transactionStart,
            double voltage, int phases) {
        for (InstalledProfile installed : ranked) {
            ChargingProfile profile = installed.profile();
            Optional<ChargingSchedulePeriod> period = periodAt(profile, at, transactionStart);
            if (period.isPresent()) {
                // a period's numberPhases may allow more phases than the EV uses: power flows on the fewer
                int used = period.get().numberPhases() == null ? phases
                        : Math.min(period.get().numberPhases(), phases);
                double limit = period.get().limit();
                double watts = profile.schedule().unit() == ChargingRateUnit.W ? limit : limit * voltage * used;
                return Optional.of(new Limit(watts, used, period.get().numberPhases()));
            }
        }
        return Optional.empty();
    }

    /** The period of {@code profile} in force at {@code at}, or empty when the profile does not apply then. */
    private static Optional<ChargingSchedulePeriod> periodAt(ChargingProfile profile, Instant at,
            Instant transactionStart) {
        if (!profile.isValidAt(at)) {
            return Optional.empty();
        }
        ChargingSchedule schedule = profile.schedule();
        Instant origin;
        if (profile.kind() == ChargingProfileKind.Recurring) {
            if (at.isBefore(schedule.startSchedule())) {
                return Optional.empty();
            }
            long cycle = profile.recurrencyKind().cycle().getSeconds();
            long cycles = Math.floorDiv(Duration.between(schedule.startSchedule(), at).getSeconds(), cycle);
            origin = schedule.startSchedule().plusSeconds(cycles * cycle);
        } else if (profile.kind() == ChargingProfileKind.Absolute && schedule.startSchedule() != null) {
            origin = schedule.startSchedule();
        } else if (profile.purpose() == ChargePointMaxProfile) {
            return Optional.of(schedule.periods().get(0));
        } else if (transactionStart == null) {
            return Optional.empty();
        } else {
            origin = transactionStart;
        }
        Duration elapsed = Duration.between(origin, at);
        if (elapsed.isNegative()) {
            return Optional.empty();
        }
        long offset = elapsed.getSeconds();
        if (schedule.durationSeconds() != null && offset >= schedule.durationSeconds()) {
            return Optional.empty();
        }
        return Optional.of(schedule.periodAt(offset));
    }

    /** The instants in [from, end) where the limit on the connector may change, {@code from} first. */
    private TreeSet<Instant> boundaries(int connectorId, Instant from, Instant end, Instant transactionStart) {
        List<InstalledProfile> relevant = new ArrayList<>(candidates(0, ChargePointMaxProfile));
        if (connectorId != 0 && transactionStart != null) {
            relevant.addAll(candidates(connectorId, TxProfile));
            relevant.addAll(txDefaults(connectorId));
        }
        TreeSet<Instant> instants = new TreeSet<>();
        instants.add(from);
        if (transactionStart != null && connectorId != 0) {
            instants.add(transactionStart);
        }
        for (InstalledProfile installed : relevant) {
            ChargingProfile profile = installed.profile();
            ChargingSchedule schedule = profile.schedule();
            if (profile.validFrom() != null) {
                instants.add(profile.validFrom());
            }
            if (profile.validTo() != null) {
                instants.add(profile.validTo());
            }
            if (profile.kind() == ChargingProfileKind.Recurring) {
                long cycle = profile.recurrencyKind().cycle().getSeconds();
                long firstCycle = Math.max(0,
                        Math.floorDiv(Duration.between(schedule.startSchedule(), from).getSeconds(), cycle));
                for (Instant origin = schedule.startSchedule().plusSeconds(firstCycle * cycle); origin.isBefore(end);
                        origin = origin.plusSeconds(cycle)) {
                    addScheduleInstants(instants, schedule, origin);
                }
            } else if (profile.kind() == ChargingProfileKind.Absolute && schedule.startSchedule() != null) {
                addScheduleInstants(instants, schedule, schedule.startSchedule());
            } else if (profile.purpose() != ChargePointMaxProfile && transactionStart != null) {
                addScheduleInstants(instants, schedule, transactionStart);
            }
        }
        return new TreeSet<>(instants.subSet(from, true, end, false));
    }

    private static void addScheduleInstants(Set<Instant> instants, ChargingSchedule schedule, Instant origin) {
        for (ChargingSchedulePeriod period : schedule.periods()) {
            instants.add(origin.plusSeconds(period.startPeriod()));
        }
        if (schedule.durationSeconds() != null) {
            instants.add(origin.plusSeconds(schedule.durationSeconds()));
        }
    }

    /** The profiles with this purpose installed on exactly this connector, highest stack level first. */
    private List<InstalledProfile> candidates(int connectorId, ChargingProfilePurpose purpose) {
        return profiles.stream()
                .filter(installed -> installed.connectorId() == connectorId && installed.profile().purpose() == purpose)
                .sorted(HIGHEST_STACK_FIRST)
                .toList();
    }

    /** The TxDefaultProfiles on the connector and on connector 0; highest stack level first, the connector's first. */
    private List<InstalledProfile> txDefaults(int connectorId) {
        return profiles.stream()
                .filter(installed -> installed.connectorId() == connectorId || installed.connectorId() == 0)
                .filter(installed -> installed.profile().purpose() == TxDefaultProfile)
                .sorted(HIGHEST_STACK_FIRST)
                .toList();
    }

    private static boolean replacedBy(InstalledProfile installed, int connectorId, ChargingProfile incoming) {
        ChargingProfile existing = installed.profile();
        return existing.id() == incoming.id()
                || (installed.connectorId() == connectorId && existing.purpose() == incoming.purpose()
                        && existing.stackLevel() == incoming.stackLevel());
    }

    private void checkConnector(int connectorId) {
        if (connectorId < 0 || connectorId > connectorCount) {
            throw new InvalidValueException("connectorId",
                    "must be between 0 and " + connectorCount + ", was " + connectorId);
        }
    }

    private static void checkElectrics(double voltage, int phases) {
        if (!Double.isFinite(voltage) || voltage <= 0) {
            throw new InvalidValueException("voltage", "must be a finite number > 0, was " + voltage);
        }
        if (phases < 1 || phases > 3) {
            throw new InvalidValueException("phases", "must be 1, 2 or 3, was " + phases);
        }
    }

    private static int atLeast(String field, int value, int minimum) {
        if (value < minimum) {
            throw new InvalidValueException(field, "must be >= " + minimum + ", was " + value);
        }
        return value;
    }
}
