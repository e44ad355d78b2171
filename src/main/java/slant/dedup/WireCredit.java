package slant.dedup;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a news agency's credit in an article: a dateline ("Berlin (dpa) - ", "Paris (AFP) – "), a credit in
 * parentheses ("(dpa)", "(dpa/AFP)"), or a closing line ("mit Material der dpa", "Quelle: Reuters", "dpa/AFP").
 * Agencies: dpa, AFP, Reuters, AP, epd, KNA (German news' usual wire services). The first agency named is the
 * article's {@code wire_agency}.
 */
public final class WireCredit {

  private WireCredit() {}

  static final String AGENCY = "(dpa|afp|reuters|ap|epd|kna)";

  private static final List<Pattern> PATTERNS = List.of(
      // dateline: "Berlin (dpa) - ", "Stansstad (dpa/AFP) – "
      Pattern.compile("^\\s*[\\p{Lu}][\\p{L}. /'-]{0,40}\\(\\s*" + AGENCY + "(?:\\s*/\\s*\\w+)?\\s*\\)\\s*[-–—]",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
      // "(mit Material der dpa)", "mit Material von dpa und AFP"
      Pattern.compile("mit Material (?:der|von|aus)?\\s*(?:Nachrichtenagentur(?:en)?\\s*)?" + AGENCY + "\\b",
          Pattern.CASE_INSENSITIVE),
      // "Quelle: dpa", "Quellen: AFP, dpa"
      Pattern.compile("Quellen?:\\s*" + AGENCY + "\\b", Pattern.CASE_INSENSITIVE),
      // "(dpa)", "(AFP/dpa)" as a credit
      Pattern.compile("\\(\\s*" + AGENCY + "(?:\\s*/\\s*\\w+)*\\s*\\)", Pattern.CASE_INSENSITIVE),
      // a closing credit line "dpa/AFP" or "AFP/dpa/rtr"
      Pattern.compile("(?m)^\\s*" + AGENCY + "\\s*/\\s*\\w+(?:\\s*/\\s*\\w+)*\\s*$", Pattern.CASE_INSENSITIVE));

  /** The credited agency in canonical spelling (dpa, AFP, Reuters, AP, epd, KNA), or null. */
  public static String agency(String title, String text) {
    String body = text == null ? "" : text;
    for (Pattern p : PATTERNS) {
      Matcher m = p.matcher(body);
      if (m.find()) {
        return canonical(m.group(1));
      }
    }
    return null;
  }

  static String canonical(String a) {
    return switch (a.toLowerCase(Locale.ROOT)) {
      case "dpa" -> "dpa";
      case "afp" -> "AFP";
      case "reuters" -> "Reuters";
      case "ap" -> "AP";
      case "epd" -> "epd";
      default -> "KNA";
    };
  }
}
