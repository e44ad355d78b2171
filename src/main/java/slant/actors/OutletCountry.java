package slant.actors;

import java.util.Locale;
import java.util.Map;

/**
 * The country an outlet publishes for, from its web domain's country code ("derstandard.at" → Österreich,
 * "tagesschau.de" → Deutschland, "nzz.ch" → Schweiz): the country whose offices an unqualified title such as
 * "der Bundespräsident" or "die Außenministerin" names in its articles ({@code domestic-titles.tsv}). Outlets named
 * otherwise ("example-news", "zeit") have no known country, and titles resolve as before.
 */
public final class OutletCountry {

  /** Country-code top-level domains of German-language outlets → catalogue country ids. */
  private static final Map<String, String> BY_DOMAIN = Map.of("de", "Q183", "at", "Q40", "ch", "Q39");

  private OutletCountry() {}

  /** The catalogue id of the outlet's country, or null when its name carries no known country code. */
  public static String of(String outlet) {
    if (outlet == null) {
      return null;
    }
    String o = outlet.strip().toLowerCase(Locale.ROOT);
    int dot = o.lastIndexOf('.');
    if (dot < 0 || dot == o.length() - 1) {
      return null;
    }
    String tld = o.substring(dot + 1);
    int slash = tld.indexOf('/');
    return BY_DOMAIN.get(slash < 0 ? tld : tld.substring(0, slash));
  }
}
