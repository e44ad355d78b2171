package slant.testing;

import java.util.ArrayList;
import java.util.List;
import slant.model.AnnotatedDoc;
import slant.model.Dependency;
import slant.model.Mention;
import slant.model.MentionKind;
import slant.model.Sentence;
import slant.model.Token;

/** Hand-built documents for the frame and voice tests: "word/POS/head/rel" per token, heads 0-based (-1 root). */
public final class FrameTestDocs {

  private FrameTestDocs() {}

  /** One parsed sentence from specs like "Putin/PROPN/1/nsubj". Tokens are joined by single spaces. */
  public static Sentence sentence(int index, int offset, String... specs) {
    List<Token> tokens = new ArrayList<>();
    List<Dependency> deps = new ArrayList<>();
    int pos = offset;
    boolean parsed = true;
    for (int i = 0; i < specs.length; i++) {
      String[] f = specs[i].split("/");
      String word = f[0];
      tokens.add(new Token(i, word, pos, pos + word.length(), f[1], f.length > 4 ? f[4] : "O"));
      if (f.length > 3) {
        deps.add(new Dependency(Integer.parseInt(f[2]), i, f[3]));
      } else {
        parsed = false;
      }
      pos += word.length() + 1;
    }
    return new Sentence(index, offset, pos - 1, tokens, List.of(), parsed ? deps : List.of(), parsed);
  }

  public static AnnotatedDoc doc(String language, Sentence... sentences) {
    StringBuilder text = new StringBuilder();
    for (Sentence s : sentences) {
      while (text.length() < s.begin()) {
        text.append(' ');
      }
      for (Token t : s.tokens()) {
        while (text.length() < t.begin()) {
          text.append(' ');
        }
        text.append(t.word());
      }
    }
    return new AnnotatedDoc(text.toString(), language, List.of(sentences));
  }

  public static Mention mention(Sentence s, String actorId, String name, int start, int end, int head,
      MentionKind kind) {
    StringBuilder surface = new StringBuilder();
    for (int i = start; i < end; i++) {
      surface.append(i > start ? " " : "").append(s.token(i).word());
    }
    return new Mention(actorId, name, "person", surface.toString(), s.index(), start, end, head,
        s.token(start).begin(), s.token(end - 1).end(), kind, List.of());
  }

  /** Offset for the next sentence after {@code s}. */
  public static int next(Sentence s) {
    return s.end() + 1;
  }
}
