package slant.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import slant.model.Mention;
import slant.model.MentionKind;
import slant.model.Sentence;
import slant.testing.Docs;

class StatementMediaTest {

  private static final StatementMedia MEDIA = new StatementMedia(Steps.RULES);

  /** The surfaces of the mentions left after the step, the sentence's tokens named {@code names} being mentions. */
  private static String left(String items, String... names) {
    SentenceStep mentions = st -> {
      Sentence s = st.sentence();
      for (int t = 0; t < s.size(); t++) {
        if (List.of(names).contains(s.token(t).word())) {
          st.take(new Mention("auto:" + s.token(t).word().toLowerCase(), s.token(t).word(), "organisation",
              s.token(t).word(), s.index(), t, t + 1, t, s.token(t).begin(), s.token(t).end(),
              MentionKind.DISCOVERED, List.of()));
        }
      }
    };
    DocState d = Steps.state(Docs.doc("de", items), "2025-06-01", mentions, MEDIA);
    return String.join(" ", d.resolved().stream().map(Mention::surface).toList());
  }

  /**
   * Until 2026-12-07 the medium of a statement was an actor of the article: "sagte er der APA", "im
   * ARD-Sommerinterview", "schrieb Trump auf der Plattform X", "sagte Merz im ZDF"; the team's annotators list it in
   * few of the articles that name it so. The same medium acting, or as a genitive, stays.
   */
  @Test
  void aStatementsMediumIsNoActor() {
    assertEquals("", left("Das/PRON sei/AUX gut/ADJ ,/PUNCT sagte/VERB er/PRON der/DET APA/PROPN ./PUNCT", "APA"));
    assertEquals("", left("sagte/VERB Binder/PROPN der/DET Nachrichtenagentur/NOUN Reuters/PROPN ,/PUNCT",
        "Reuters"), "a medium's noun between");
    assertEquals("", left("Im/ADP ARD/PROPN ~-/PUNCT ~Sommerinterview/NOUN sagte/VERB sie/PRON", "ARD"));
    assertEquals("", left("schrieb/VERB Trump/PROPN auf/ADP der/DET Plattform/NOUN X/PROPN ./PUNCT", "X"));
    assertEquals("", left("Gegenüber/ADP der/DET Nachrichtenagentur/NOUN dpa/PROPN sagte/VERB sie/PRON", "dpa"));
    assertEquals("ARD", left("Die/DET ARD/PROPN kündigte/VERB eine/DET Reform/NOUN an/ADP", "ARD"), "acting");
    assertEquals("APA", left("Der/DET Chef/NOUN der/DET APA/PROPN trat/VERB zurück/ADP ./PUNCT", "APA"),
        "a genitive");
    assertEquals("APA", left("Der/DET Chef/NOUN der/DET APA/PROPN ./PUNCT", "APA"),
        "a genitive at the clause's end");
    assertEquals("Siemens", left("sagte/VERB er/PRON zur/ADP Siemens/PROPN ./PUNCT", "Siemens"),
        "no medium");
  }

  /**
   * Until 2026-12-07 a medium's own reporters, studios and programmes made it an actor of the article ("sagte
   * ARD-Korrespondentin Valerie Krall", "das ARD-Hauptstadtstudio bestätigte"): in tagesschau's news the ARD was an
   * actor of 105 of 4,152 articles, mostly so.
   */
  @Test
  void aMediumsOwnReportersAndProgrammesAreNoActor() {
    assertEquals("", left("sagte/VERB ARD/PROPN ~-/PUNCT ~Korrespondentin/NOUN Valerie/PROPN Krall/PROPN", "ARD"));
    assertEquals("", left("Das/DET ARD/PROPN ~-/PUNCT ~Hauptstadtstudio/NOUN bestätigte/VERB", "ARD"));
    assertEquals("", left("nach/ADP Informationen/NOUN des/DET ARD/PROPN ~-/PUNCT ~Hauptstadtstudios/NOUN", "ARD"));
    assertEquals("ARD", left("Klöckner/PROPN fordert/VERB mehr/DET Selbstreflexion/NOUN von/ADP ARD/PROPN", "ARD"),
        "the broadcaster as the news");
  }
}
