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
 */
public record RunConfig(String date, String from, String to, String timeZone) implements Serializable {

  public RunConfig {
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

  /** First selected date, or null for "no lower bound". */
  public LocalDate firstDate() {
    return date != null ? LocalDate.parse(date) : from == null ? null : LocalDate.parse(from);
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
    return new RunConfig(date, from, to, timeZone);
  }
}
