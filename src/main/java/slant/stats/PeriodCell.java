package slant.stats;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** Pure helpers for one outlet × actor × period cell of the period tables. */
public final class PeriodCell {

  private PeriodCell() {}

  /** Granularity of a period table. */
  public enum Granularity {
    DAY, WEEK, MONTH;

    /** The period's first day. */
    public LocalDate start(LocalDate d) {
      return switch (this) {
        case DAY -> d;
        case WEEK -> d.minusDays(d.getDayOfWeek().getValue() - 1L);
        case MONTH -> d.withDayOfMonth(1);
      };
    }

    /** The period's last day. */
    public LocalDate end(LocalDate start) {
      return switch (this) {
        case DAY -> start;
        case WEEK -> start.plusDays(6);
        case MONTH -> start.plusMonths(1).minusDays(1);
      };
    }

    /** "2024-06-18", "2024-W25" (ISO week-based year), "2024-06". */
    public String label(LocalDate start) {
      return switch (this) {
        case DAY -> start.toString();
        case WEEK -> String.format("%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
            start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        case MONTH -> start.toString().substring(0, 7);
      };
    }
  }

  /** The statistics of a cell from its article-level values. */
  public record Stats(double mean, double median, double ciLow, double ciHigh) {}

  public static Stats stats(double[] articleValues, int samples, long seed) {
    Bootstrap.Interval ci = Bootstrap.meanCi(articleValues, samples, seed);
    return new Stats(ci.estimate(), Bootstrap.median(articleValues), ci.low(), ci.high());
  }
}
