package slant.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import slant.lang.Rules;
import slant.model.AnnotatedDoc;
import slant.model.Mention;
import slant.model.MentionKind;
import slant.testing.Docs;

/** The bundled team catalogue (data/actors.yaml) loads, validates and resolves dated roles. */
class CatalogueTest {

  static final Catalogue BUNDLED = Catalogue.load(null, List.of());

  private final ActorResolver resolver = new ActorResolver(BUNDLED, Rules.bundled(), true, true);

  private String roleHolder(AnnotatedDoc doc, String date) {
    List<Mention> m = resolver.resolve(doc, LocalDate.parse(date));
    assertEquals(1, m.size(), "one mention on " + date + ": " + m);
    assertEquals(MentionKind.ROLE, m.get(0).kind());
    return m.get(0).actorId();
  }

  @Test
  void bundledCatalogueLoads() {
    assertTrue(BUNDLED.size() > 600, "size " + BUNDLED.size());
    assertNotNull(BUNDLED.get("slant:friedrich-merz"));
    assertNotNull(BUNDLED.get("Q22686"));
    for (ActorEntry e : BUNDLED.entries()) {
      if (e.country() != null) {
        assertNotNull(BUNDLED.get(e.country()), e.id() + " has unknown country " + e.country());
      }
    }
  }

  @Test
  void aSurnameOfSeveralWordsIsOneMention() {
    // "Van der Bellen" alone: the whole surname, not a person "Van" that NER tagged on its own
    AnnotatedDoc doc = Docs.doc("de", "Van/PROPN/-/-/PERSON der/DET Bellen/PROPN/-/-/PERSON sagte/VERB");
    List<Mention> m = resolver.resolve(doc, LocalDate.parse("2022-10-10"));
    assertEquals(1, m.size(), m.toString());
    assertEquals("slant:alexander-van-der-bellen", m.get(0).actorId());
    assertEquals("Van der Bellen", m.get(0).surface());
  }

  @Test
  void bundesKanzlerResolvesByArticleDate() {
    AnnotatedDoc doc = Docs.doc("de", "Der/DET Bundeskanzler/NOUN drohte/VERB");
    assertEquals("slant:friedrich-merz", roleHolder(doc, "2025-06-01"));
    assertEquals("Q61053", roleHolder(doc, "2024-06-01"));
  }

  @Test
  void usPresidentResolvesByArticleDate() {
    AnnotatedDoc doc = Docs.doc("de", "Der/DET US-Präsident/NOUN drohte/VERB");
    assertEquals("Q22686", roleHolder(doc, "2025-03-01"));
    assertEquals("Q6279", roleHolder(doc, "2024-06-01"));
  }

  /** Successors added with the 2025 update: the title resolves to whoever held it on the article's date. */
  @Test
  void partyAndGovernmentSuccessorsResolveByDate() {
    AnnotatedDoc gs = Docs.doc("de", "Der/DET SPD-Generalsekretär/NOUN warnte/VERB");
    assertEquals("slant:kevin-kuehnert", roleHolder(gs, "2023-06-01"));
    assertEquals("slant:matthias-miersch", roleHolder(gs, "2025-01-15"));
    assertEquals("slant:tim-kluessendorf", roleHolder(gs, "2025-09-01"));
    AnnotatedDoc csu = Docs.doc("de", "Der/DET CSU-Landesgruppenchef/NOUN warnte/VERB");
    assertEquals("slant:alexander-dobrindt", roleHolder(csu, "2024-06-01"));
    assertEquals("slant:alexander-hoffmann", roleHolder(csu, "2025-09-01"));
    AnnotatedDoc pm = Docs.doc("de", "Der/DET südkoreanische/ADJ Regierungschef/NOUN warnte/VERB");
    assertEquals("slant:kim-min-seok", roleHolder(pm, "2025-09-01"));
  }

  /** A researcher's catalogue with an error: one line naming the file and the line. */
  @Test
  void aMalformedCatalogueIsCitedByFileAndLine(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    String ok = "version: 1\nactors:\n  - id: x1\n    type: person\n    names: {de: Erika Grünwald}\n";
    java.nio.file.Path f = dir.resolve("extra.yaml");
    java.nio.file.Files.writeString(f, ok + "    roles:\n      - {titles: {de: [Ministerin]}, from: 2024-13-01}\n");
    assertEquals(f + ":7: a role date is not YYYY-MM-DD: '2024-13-01'", org.junit.jupiter.api.Assertions
        .assertThrows(slant.config.ConfigException.class, () -> Catalogue.load(null, List.of(f.toString())))
        .getMessage());
    java.nio.file.Files.writeString(f, ok + "    nams: {de: Grünwald}\n");
    assertEquals(f + ":6: unknown key 'nams'", org.junit.jupiter.api.Assertions
        .assertThrows(slant.config.ConfigException.class, () -> Catalogue.load(null, List.of(f.toString())))
        .getMessage());
    java.nio.file.Files.writeString(f, ok.replace("names: {de: Erika Grünwald}", "names: {de: Erika Grünwald")
        + "    aliases: {de: [Grünwald]}\n");
    assertEquals(f + ":6: while parsing a flow mapping; expected ',' or '}', but got :",
        org.junit.jupiter.api.Assertions.assertThrows(slant.config.ConfigException.class,
            () -> Catalogue.load(null, List.of(f.toString()))).getMessage());
  }

  /** A surname must be a word of the person's names: a typo would otherwise link nothing, silently. */
  @Test
  void aSurnameNotAmongTheNamesIsRefused(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    String person = "version: 1\nactors:\n  - id: x1\n    type: person\n"
        + "    names: {de: Xi Jinping, en: Xi Jinping}\n";
    java.nio.file.Path f = dir.resolve("extra.yaml");
    java.nio.file.Files.writeString(f, person + "    surname: Xi\n");
    assertEquals("Xi", Catalogue.load(null, List.of(f.toString())).get("x1").surname());
    java.nio.file.Files.writeString(f, person + "    surname: Xie\n");
    assertEquals(f + ": actor x1 has surname 'Xie': a surname is given for persons only, and must be a word of one of "
        + "their names", org.junit.jupiter.api.Assertions.assertThrows(slant.config.ConfigException.class,
            () -> Catalogue.load(null, List.of(f.toString()))).getMessage());
  }
}
