package slant.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import slant.config.NlpConfig;
import slant.config.RunConfig;

class ArticleValidatorTest {

  private static RawRecord record(String id, String outlet, String published, String text, String lang) {
    return new RawRecord(id, outlet, published, "Titel", text, "https://x.example/a?utm_source=t", lang, List.of(),
        "f.jsonl", 1L, null, null, null);
  }

  private final ArticleValidator all = new ArticleValidator(RunConfig.defaults(), NlpConfig.defaults(), "de");

  @Test
  void dayIsCountedInTheConfiguredZone() {
    // 23:30 UTC on 17 June is already 18 June in Berlin
    ArticleValidator.Outcome o = all.validate(record("a", "o", "2024-06-17T23:30:00Z", "Text.", "de"));
    assertEquals("2024-06-18", o.article().date());
    assertEquals("2024-06-17T23:30:00Z", o.article().publishedAt());
  }

  @Test
  void eachProblemHasItsReason() {
    assertEquals(Reasons.MISSING_DATE, all.validate(record("a", "o", null, "T", "de")).rejectReason());
    assertEquals(Reasons.UNPARSEABLE_DATE, all.validate(record("a", "o", "gestern", "T", "de")).rejectReason());
    assertEquals(Reasons.MISSING_OUTLET, all.validate(record("a", " ", "2024-06-18", "T", "de")).rejectReason());
    assertEquals(Reasons.MISSING_TEXT, all.validate(record("a", "o", "2024-06-18", " \n ", "de")).rejectReason());
    assertEquals(Reasons.UNSUPPORTED_LANGUAGE, all.validate(record("a", "o", "2024-06-18", "T", "fr")).rejectReason());
    assertEquals(Reasons.TOO_LONG,
        all.validate(record("a", "o", "2024-06-18", "x".repeat(100_001), "de")).rejectReason());
    assertEquals(Reasons.MALFORMED_RECORD, all.validate(
        RawRecord.unreadable("f", 3L, Reasons.MALFORMED_RECORD, "bad", "{")).rejectReason());
  }

  @Test
  void datesOutsideTheRunAreNeitherAcceptedNorRejected() {
    ArticleValidator oneDay = new ArticleValidator(RunConfig.defaults().withDates("2024-06-18", null, null),
        NlpConfig.defaults(), "de");
    ArticleValidator.Outcome o = oneDay.validate(record("a", "o", "2024-06-19T10:00:00+02:00", "T", "de"));
    assertTrue(o.outOfRange());
    assertNull(o.article());
    assertNull(o.rejectReason());
    assertNotNull(oneDay.validate(record("a", "o", "2024-06-18T10:00:00+02:00", "T", "de")).article());
  }

  @Test
  void acceptsNewsPleaseAndPlainDates() {
    assertNotNull(all.validate(record("a", "o", "2024-06-18 09:30:00", "T", "de")).article());
    assertEquals("2024-06-18", all.validate(record("a", "o", "2024-06-18", "T", "de")).article().date());
    assertEquals("en", all.validate(record("a", "o", "2024-06-18", "T", "en-US")).article().language());
  }

  @Test
  void missingIdBecomesAStableIdFromTheNormalisedUrl() {
    RawRecord a = record(null, "o", "2024-06-18", "T", "de");
    RawRecord b = new RawRecord(null, "o", "2024-06-18", "Other", "Other text", "http://www.X.example/a/#top",
        "de", List.of(), "g.jsonl", 9L, null, null, null);
    String idA = all.validate(a).article().id();
    assertTrue(idA.startsWith("u-"));
    assertEquals(idA, all.validate(b).article().id());
    RawRecord noUrl = new RawRecord(null, "o", "2024-06-18", "T", "Body", null, "de", List.of(), "f", 1L, null, null,
        null);
    assertTrue(all.validate(noUrl).article().id().startsWith("h-"));
  }
}
