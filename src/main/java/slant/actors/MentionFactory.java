package slant.actors;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import slant.model.AnnotatedDoc;
import slant.model.Mention;
import slant.model.MentionKind;
import slant.model.Sentence;

/**
 * Builds the mention of a catalogue actor over a token span: name in the document's language, type, surface text,
 * head token ({@link TitleLabels#headOf}) and title labels (none for countries and demonyms). Shared by the steps
 * that link catalogue actors.
 */
final class MentionFactory implements Serializable {

  private final Catalogue catalogue;
  private final TitleLabels titles;

  MentionFactory(Catalogue catalogue, TitleLabels titles) {
    this.catalogue = catalogue;
    this.titles = titles;
  }

  /** The mention of {@code actorId} over tokens [start, end) of {@code s}. */
  Mention mention(AnnotatedDoc doc, Sentence s, String actorId, int start, int end, MentionKind kind, String lang) {
    ActorEntry e = catalogue.get(actorId);
    boolean possessor = "de".equals(lang)
        && slant.lang.GermanGenitive.isGenitiveOfName(s.token(end - 1).word(), e.name(lang));
    int head = TitleLabels.headOf(s, start, end, possessor);
    List<String> labels = e.type().equals("country") || kind == MentionKind.DEMONYM
        ? List.of() : titles.labels(s, start, end);
    return new Mention(actorId, e.name(lang), e.type(), surface(doc, s, start, end), s.index(), start, end, head,
        s.token(start).begin(), s.token(end - 1).end(), kind, labels);
  }

  /** The catalogue type of an actor ("person", "country", "organisation", "group"). */
  String type(String actorId) {
    return catalogue.get(actorId).type();
  }

  /** The document text of tokens [start, end). */
  static String surface(AnnotatedDoc doc, Sentence s, int start, int end) {
    return doc.text().substring(s.token(start).begin(), s.token(end - 1).end());
  }

  /** The mention with other labels, duplicates dropped (first occurrence kept). */
  static Mention withLabels(Mention m, List<String> labels) {
    List<String> dedup = new ArrayList<>(new LinkedHashSet<>(labels));
    return new Mention(m.actorId(), m.actorName(), m.actorType(), m.surface(), m.sentence(), m.startToken(),
        m.endToken(), m.headToken(), m.begin(), m.end(), m.kind(), dedup);
  }
}
