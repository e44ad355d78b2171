package slant.input;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import slant.config.InputConfig;
import slant.config.NlpConfig;
import slant.config.RunConfig;
import slant.model.Article;

/**
 * Turns a {@link RawRecord} into an {@link Article}, a reject, or "outside the run's dates". Pure and total: every
 * record gets exactly one of the three outcomes.
 *
 * <p>Language: a stated language is trusted (unless {@code nlp.verify_language} and the detector confidently
 * disagrees); a missing one is detected ({@code input.default_language: detect}, the default) or taken from
 * {@code input.default_language}. The detector is not a field: {@link LanguageDetection} keeps one per JVM, so the
 * validator stays small and Serializable.
 */
public final class ArticleValidator implements java.io.Serializable {

  /** Exactly one of {@code article} and {@code rejectReason} is set, unless {@code outOfRange}. */
  public record Outcome(Article article, String rejectReason, String detail, boolean outOfRange) {
    static Outcome reject(String reason, String detail) {
      return new Outcome(null, reason, detail, false);
    }
  }

  private static final DateTimeFormatter SPACE_LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]");

  private final RunConfig run;
  private final NlpConfig nlp;
  private final String defaultLanguage;

  /**
   * @param defaultLanguage {@code input.default_language}: {@code detect} or the code assumed for records without one
   */
  public ArticleValidator(RunConfig run, NlpConfig nlp, String defaultLanguage) {
    this.run = run;
    this.nlp = nlp;
    this.defaultLanguage = defaultLanguage == null ? InputConfig.DETECT : defaultLanguage;
  }

  public Outcome validate(RawRecord r) {
    if (r.unreadable() != null) {
      return Outcome.reject(r.unreadable(), r.detail());
    }
    if (r.publishedAt() == null || r.publishedAt().isBlank()) {
      return Outcome.reject(Reasons.MISSING_DATE, "no published_at");
    }
    Instant published;
    try {
      published = parseInstant(r.publishedAt().strip(), run.zone());
    } catch (DateTimeParseException e) {
      return Outcome.reject(Reasons.UNPARSEABLE_DATE, "published_at '" + r.publishedAt() + "' is not a date");
    }
    LocalDate day = published.atZone(run.zone()).toLocalDate();
    if (!run.selects(day)) {
      return new Outcome(null, null, null, true);
    }
    if (r.outlet() == null || r.outlet().isBlank()) {
      return Outcome.reject(Reasons.MISSING_OUTLET, "no outlet");
    }
    if (r.text() == null) {
      return Outcome.reject(Reasons.MISSING_TEXT, "no text");
    }
    if (r.text().isBlank()) {
      return Outcome.reject(Reasons.MISSING_TEXT, "text is empty or whitespace");
    }
    int chars = r.text().length() + (r.title() == null ? 0 : r.title().length());
    if (chars > nlp.maxChars()) {
      return Outcome.reject(Reasons.TOO_LONG, chars + " characters > nlp.max_chars " + nlp.maxChars());
    }
    String title = r.title() == null ? "" : r.title();
    String stated = normaliseLanguage(r.language());
    if (stated == null && !InputConfig.DETECT.equals(defaultLanguage)) {
      stated = defaultLanguage;
    }
    String language = stated;
    String how = "stated";
    if (stated == null) {
      LanguageDetection.Guess g = LanguageDetection.detect(nlp, title + "\n\n" + r.text());
      if (!g.confident(nlp.detectMinMargin())) {
        return Outcome.reject(Reasons.UNDETECTED_LANGUAGE, "no language given and none detected: best guess "
            + g + " < nlp.detect_min_margin " + nlp.detectMinMargin());
      }
      language = g.language();
      how = "detected " + g;
    } else if (nlp.verifyLanguage()) {
      LanguageDetection.Guess g = LanguageDetection.detect(nlp, title + "\n\n" + r.text());
      if (g.confident(nlp.verifyMinMargin()) && !g.language().equals(stated)) {
        language = g.language();
        how = "stated '" + stated + "', detected " + g;
      }
    }
    if (!nlp.languages().contains(language)) {
      return Outcome.reject(Reasons.UNSUPPORTED_LANGUAGE, "language '" + language + "' (" + how
          + ") is not in nlp.languages " + nlp.languages());
    }
    String id = r.id() != null && !r.id().isBlank() ? r.id().strip() : stableId(r);
    return new Outcome(new Article(id, r.outlet().strip(), published.toString(), day.toString(),
        r.title() == null ? null : r.title().strip(), r.text(), r.url(), language, r.authors()), null, null, false);
  }

  /** "de", "DE", "de-AT", "de_DE" → "de"; blank → null. */
  static String normaliseLanguage(String language) {
    if (language == null || language.isBlank()) {
      return null;
    }
    String l = language.strip().toLowerCase(Locale.ROOT);
    if (l.length() > 2 && (l.charAt(2) == '-' || l.charAt(2) == '_')) {
      l = l.substring(0, 2);
    }
    return l;
  }

  /**
   * Accepts ISO instants and offset date-times, local date-times (in {@code zone}; also "yyyy-MM-dd HH:mm:ss" as
   * news-please writes them), and plain dates (midnight in {@code zone}).
   */
  public static Instant parseInstant(String s, ZoneId zone) {
    try {
      return OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    try {
      return ZonedDateTime.parse(s).toInstant();
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    try {
      return LocalDateTime.parse(s).atZone(zone).toInstant();
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    try {
      return LocalDateTime.parse(s, SPACE_LOCAL).atZone(zone).toInstant();
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    return LocalDate.parse(s).atStartOfDay(zone).toInstant();
  }

  /** "u-" + hash of the normalised URL, else "h-" + hash of outlet, title and text. */
  public static String stableId(RawRecord r) {
    if (r.url() != null && !r.url().isBlank()) {
      return "u-" + sha256(normalizeUrl(r.url())).substring(0, 20);
    }
    return "h-" + sha256(r.outlet() + "\u0000" + r.title() + "\u0000" + r.text()).substring(0, 20);
  }

  /** Lowercase scheme and host, no fragment, no tracking parameters (utm_*), no trailing slash, http = https. */
  public static String normalizeUrl(String url) {
    String u = url.strip();
    int hash = u.indexOf('#');
    if (hash >= 0) {
      u = u.substring(0, hash);
    }
    u = u.replaceFirst("^(?i)https?://", "");
    u = u.replaceFirst("^(?i)www\\.", "");
    int slash = u.indexOf('/');
    String host = (slash < 0 ? u : u.substring(0, slash)).toLowerCase(Locale.ROOT);
    String rest = slash < 0 ? "" : u.substring(slash);
    int q = rest.indexOf('?');
    if (q >= 0) {
      String path = rest.substring(0, q);
      List<String> kept = java.util.Arrays.stream(rest.substring(q + 1).split("&"))
          .filter(p -> !p.isEmpty() && !p.toLowerCase(Locale.ROOT).startsWith("utm_")).sorted().toList();
      rest = kept.isEmpty() ? path : path + "?" + String.join("&", kept);
    }
    while (rest.endsWith("/")) {
      rest = rest.substring(0, rest.length() - 1);
    }
    return host + rest;
  }

  static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
