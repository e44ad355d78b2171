package slant.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import slant.stats.PeriodCell.Granularity;

/**
 * Which periods a run recomputes and which stored days it reads for them ({@link Aggregates#touchedPeriods},
 * {@link Aggregates#otherDays}): a nightly run reads the rest of its week and month from the tables, a backfill of
 * whole months reads nothing.
 */
class AggregatePeriodsTest {

  static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  @Test
  void aNightTouchesItsDayWeekAndMonth() {
    Map<Granularity, TreeSet<LocalDate>> starts = Aggregates.touchedPeriods(Set.of(d("2024-06-18")));
    assertEquals(List.of(d("2024-06-18")), List.copyOf(starts.get(Granularity.DAY)));
    assertEquals(List.of(d("2024-06-17")), List.copyOf(starts.get(Granularity.WEEK)), "Monday of the ISO week");
    assertEquals(List.of(d("2024-06-01")), List.copyOf(starts.get(Granularity.MONTH)));
  }

  @Test
  void aNightReadsTheOtherDaysOfItsWeekAndMonth() {
    Set<LocalDate> night = Set.of(d("2024-06-18"));
    TreeSet<LocalDate> other = Aggregates.otherDays(Aggregates.touchedPeriods(night), night);
    assertEquals(29, other.size(), "June has 30 days; its week lies inside it");
    assertEquals(d("2024-06-01"), other.first());
    assertEquals(d("2024-06-30"), other.last());
  }

  @Test
  void aWeekAcrossMonthsReachesIntoTheNextMonth() {
    Set<LocalDate> night = Set.of(d("2024-05-31")); // a Friday: its week ends on Sunday 2 June
    TreeSet<LocalDate> other = Aggregates.otherDays(Aggregates.touchedPeriods(night), night);
    assertEquals(d("2024-05-01"), other.first());
    assertEquals(d("2024-06-02"), other.last());
    assertEquals(30 + 2, other.size());
  }

  @Test
  void aBackfillOfWholeMonthsReadsNoStoredDay() {
    Set<LocalDate> days = new TreeSet<>();
    // 1 April (a Monday) to 30 June 2024 (a Sunday): every touched week and month lies inside
    for (LocalDate x = d("2024-04-01"); !x.isAfter(d("2024-06-30")); x = x.plusDays(1)) {
      days.add(x);
    }
    assertEquals(Set.of(), Aggregates.otherDays(Aggregates.touchedPeriods(days), days));
  }
}
