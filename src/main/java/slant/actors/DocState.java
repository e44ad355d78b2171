package slant.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import slant.lang.WordNormalizer;
import slant.model.AnnotatedDoc;
import slant.model.Mention;

/**
 * What the steps of {@link ActorResolver} share across the sentences of one document. One per
 * {@link ActorResolver#resolve} call; its collections are filled as the sentences are resolved in order, so a step
 * sees only what the sentences before (and the steps before it in this sentence) found.
 *
 * @param lang the index language ({@link ActorIndex#lang})
 * @param resolved the finished mentions of the sentences before, in text order
 * @param fullNamesSeen catalogue persons named with a multi-word name so far (a surname or first name alone may then
 *     refer to them)
 * @param discoveredSurnames surname key → {@code auto:} id of a discovered person named in full so far
 * @param homeCountry the catalogue id of the outlet's country ({@link OutletCountry}), or null: an unqualified
 *     national office title ("Bundespräsident") names only that country's holder
 * @param discoveredNames {@code auto:} id → display name (the first full form)
 * @param discoveredOrganisations name key → {@code auto:} id of a discovered organisation named in one word ("UCLA")
 * @param genders gender evidence for pronoun resolution
 * @param foreignReportHolders holders of a national office whose unqualified title ("der Verteidigungsminister")
 *     names no one of theirs in this document: a report on another country that never names them
 *     ({@link ActorResolver#foreignReportHolders})
 * @param reportCountries in a report on other countries that never names the outlet's own, those countries
 *     ({@link ActorResolver#reportCountries}): their unqualified national titles and institutions count as the
 *     outlet's own would
 * @param stormNames name keys the document gives a weather system ("Hurrikan Melissa": melissa), so that the name
 *     alone later is no person either ({@link EntityDiscovery})
 */
record DocState(AnnotatedDoc doc, LocalDate date, String homeCountry, String lang, WordNormalizer norm,
    List<Mention> resolved, Set<String> fullNamesSeen, Map<String, String> discoveredSurnames,
    Map<String, String> discoveredNames, Map<String, String> discoveredOrganisations,
    PronounResolver.DocGenders genders, Set<String> foreignReportHolders, Set<String> reportCountries,
    Set<String> stormNames) {

  static DocState start(AnnotatedDoc doc, LocalDate date) {
    return start(doc, date, null);
  }

  /** @param homeCountry the catalogue id of the outlet's country, or null when unknown */
  static DocState start(AnnotatedDoc doc, LocalDate date, String homeCountry) {
    String lang = ActorIndex.lang(doc.language());
    return new DocState(doc, date, homeCountry, lang, WordNormalizer.forLanguage(lang), new ArrayList<>(),
        new HashSet<>(), new LinkedHashMap<>(), new HashMap<>(), new HashMap<>(), new PronounResolver.DocGenders(lang),
        new HashSet<>(), new HashSet<>(), new HashSet<>());
  }

  /**
   * A second pass over the document that knows, from the first, the discovered persons named in full anywhere in
   * it: their surnames link also before the full name ("Trump beruft Heimatschutzministerin Noem ab" … "Kristi
   * Noem"), as headlines and ledes name people by surname first; likewise the one-word organisations, which NER
   * tags in one sentence and not in another ("verklagt Trump nun die renommierte UCLA" … "Los Angeles (UCLA)").
   */
  static DocState startKnowing(AnnotatedDoc doc, LocalDate date, DocState first) {
    DocState d = start(doc, date, first.homeCountry());
    d.foreignReportHolders().addAll(first.foreignReportHolders());
    d.reportCountries().addAll(first.reportCountries());
    d.discoveredSurnames().putAll(first.discoveredSurnames());
    d.discoveredNames().putAll(first.discoveredNames());
    d.discoveredOrganisations().putAll(first.discoveredOrganisations());
    d.stormNames().addAll(first.stormNames());
    return d;
  }

  /** Whether the discovery sweep found anything a second pass links earlier in the document. */
  boolean knowsNames() {
    return !discoveredSurnames.isEmpty() || !discoveredOrganisations.isEmpty() || !stormNames.isEmpty();
  }
}
