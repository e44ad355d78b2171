package slant.config;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * Which publication dates a run covers, and in which time zone dates are counted.
 *
 * <p>{@code date} alone selects one day; {@code from}/{@code to} (inclusive) a range; none of them: every date in the
 * input. Dates are publication days in {@code timeZone} (a German outlet's day is Europe/Berlin's, not UTC's).
 *
 * <p>{@code lookbackDays} (default 0) extends a selection with a first day backwards by that many days, so that a
 * nightly {@code --date D} also re-analyses D−N … D−1: articles published on those days that arrived after their
 * night are picked up, and their day, week and month aggregates recomputed. It has no effect without a first day.
 *
 * <p>{@code maxErrorShare} (default {@value #DEFAULT_MAX_ERROR_SHARE}) is the largest share of analysed articles whose
 * analysis may throw ({@code analysis_error} rejects) before the run fails without writing anything: a few broken
 * articles are data, many are a bug or a broken setup.
 */
public record RunConfig(String date, String from, String to, String timeZone, Integer lookbackDays,
    Double maxErrorShare) implements Serializable {

  /** The largest lookback: a window beyond a few weeks is a backfill, to be run explicitly. */
  public static final int MAX_LOOKBACK_DAYS = 62;

  /** The default of {@code run.max_error_share}. */
  public static final double DEFAULT_MAX_ERROR_SHARE = 0.05;

  public RunConfig(String date, String from, String to, String timeZone) {
    this(date, from, to, timeZone, null, null);
  }

  public RunConfig {
    maxErrorShare = maxErrorShare == null ? DEFAULT_MAX_ERROR_SHARE : maxErrorShare;
    if (!(maxErrorShare >= 0 && maxErrorShare <= 1)) {
      throw new ConfigException("run.max_error_share must be between 0 and 1, got " + maxErrorShare);
    }
    lookbackDays = lookbackDays == null ? 0 : lookbackDays;
    if (lookbackDays < 0 || lookbackDays > MAX_LOOKBACK_DAYS) {
      throw new ConfigException("run.lookback_days must be between 0 and " + MAX_LOOKBACK_DAYS + ", got "
          + lookbackDays);
    }
    timeZone = timeZone == null ? "Europe/Berlin" : timeZone;
    try {
      ZoneId.of(timeZone);
    } catch (DateTimeException e) {
      throw new ConfigException("run.time_zone is not a time zone: '" + timeZone + "'");
    }
    if (date != null && (from != null || to != null)) {
      throw new ConfigException("give either run.date or run.from/run.to, not both");
    }
    LocalDate f = parse("run.from", from);
    LocalDate t = parse("run.to", to);
    parse("run.date", date);
    if (f != null && t != null && t.isBefore(f)) {
      throw new ConfigException("run.to (" + to + ") is before run.from (" + from + ")");
    }
  }

  private static LocalDate parse(String key, String value) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new ConfigException(key + " must be a date YYYY-MM-DD, got '" + value + "'");
    }
  }

  public static RunConfig defaults() {
    return new RunConfig(null, null, null, null);
  }

  /** First selected date (the lookback included), or null for "no lower bound". */
  public LocalDate firstDate() {
    LocalDate first = date != null ? LocalDate.parse(date) : from == null ? null : LocalDate.parse(from);
    return first == null ? null : first.minusDays(lookbackDays);
  }

  /** Last selected date, or null for "no upper bound". */
  public LocalDate lastDate() {
    return date != null ? LocalDate.parse(date) : to == null ? null : LocalDate.parse(to);
  }

  public ZoneId zone() {
    return ZoneId.of(timeZone);
  }

  public boolean selects(LocalDate d) {
    LocalDate first = firstDate();
    LocalDate last = lastDate();
    return (first == null || !d.isBefore(first)) && (last == null || !d.isAfter(last));
  }

  public RunConfig withDates(String date, String from, String to) {
    return new RunConfig(date, from, to, timeZone, lookbackDays, maxErrorShare);
  }

  public RunConfig withLookbackDays(int days) {
    return new RunConfig(date, from, to, timeZone, days, maxErrorShare);
  }

  public RunConfig withMaxErrorShare(double share) {
    return new RunConfig(date, from, to, timeZone, lookbackDays, share);
  }
}
