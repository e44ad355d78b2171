package slant.model;

/** The three-way polarity researchers report. */
public enum Polarity {
  NEGATIVE,
  NEUTRAL,
  POSITIVE;

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** −1, 0 or +1: a mention's vote in the net tone ({@code (positive − negative) / all}). */
  public int sign() {
    return ordinal() - 1;
  }

  /** Polarity of a score in [-1, 1] given the half-width of the neutral band. */
  public static Polarity of(double sentiment, double neutralBand) {
    if (sentiment > neutralBand) {
      return POSITIVE;
    }
    if (sentiment < -neutralBand) {
      return NEGATIVE;
    }
    return NEUTRAL;
  }

  public static Polarity parse(String s) {
    return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
  }
}
