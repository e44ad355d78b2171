package slant.config;

import java.io.Serializable;
import java.util.List;

/**
 * The actor catalogue.
 *
 * @param catalogue the team's catalogue; null means the copy bundled in the jar
 * @param extraCatalogues researchers' own catalogue files in the same format; their entries are added (an id that
 *     exists already replaces the bundled entry)
 * @param discover whether NER entities outside the catalogue become {@code auto:} actors
 * @param anaphora whether "das Land" / "der Staat" resolve to the one country acting just before (kind anaphor)
 * @param pronouns whether German third-person pronouns (er, sie, sein…, ihr…, dessen, deren) and, since 2026-12-06,
 *     English he/she and their forms link to the one compatible actor just mentioned (kind pronoun); on by default
 *     (measured link precision: German 0.96-0.98, English 0.92 held out; docs/validation-actors.md)
 */
public record ActorsConfig(String catalogue, List<String> extraCatalogues, Boolean discover, Boolean anaphora,
    Boolean pronouns) implements Serializable {

  public ActorsConfig {
    extraCatalogues = extraCatalogues == null ? List.of() : List.copyOf(extraCatalogues);
    discover = discover == null ? Boolean.TRUE : discover;
    anaphora = anaphora == null ? Boolean.TRUE : anaphora;
    pronouns = pronouns == null ? Boolean.TRUE : pronouns;
  }

  public static ActorsConfig defaults() {
    return new ActorsConfig(null, null, null, null, null);
  }

  public ActorsConfig withExtra(List<String> extra) {
    return new ActorsConfig(catalogue, extra, discover, anaphora, pronouns);
  }
}
