package slant.testing;

import java.util.ArrayList;
import java.util.List;
import slant.model.AnnotatedDoc;
import slant.model.Dependency;
import slant.model.EntitySpan;
import slant.model.Sentence;
import slant.model.Token;

/**
 * Hand-built {@link AnnotatedDoc}s for scorer and resolver tests: one sentence from "word/UPOS/head/rel" items
 * (head is a 1-based token number, 0 for the root; "-" for no parse), with optional NER tags "word/UPOS/head/rel/NER".
 */
public final class Docs {

  private Docs() {}

  /** E.g. {@code sentence("Putin/PROPN/2/nsubj empfing/VERB/0/root Kim/PROPN/2/obj")}. */
  public static AnnotatedDoc doc(String language, String... sentences) {
    StringBuilder text = new StringBuilder();
    List<Sentence> out = new ArrayList<>();
    for (int si = 0; si < sentences.length; si++) {
      if (si > 0) {
        text.append(' ');
      }
      String[] items = sentences[si].trim().split("\\s+");
      List<Token> tokens = new ArrayList<>();
      List<Dependency> deps = new ArrayList<>();
      List<EntitySpan> ents = new ArrayList<>();
      boolean parsed = true;
      int sentBegin = text.length();
      for (int i = 0; i < items.length; i++) {
        String[] f = items[i].split("/");
        String word = f[0].replace('_', ' ');
        // "~" before a word glues it to the one before, as the tokenizer splits "Crans-Montana" into three tokens
        boolean glued = word.length() > 1 && word.startsWith("~");
        word = glued ? word.substring(1) : word;
        if (i > 0 && !glued && !word.matches("[,.?!:]")) {
          text.append(' ');
        }
        int begin = text.length();
        text.append(word);
        String ner = f.length > 4 ? f[4] : "O";
        tokens.add(new Token(i, word, begin, text.length(), f[1], ner));
        if (f.length < 4 || f[2].equals("-")) {
          parsed = false;
        } else {
          int head = Integer.parseInt(f[2]) - 1;
          deps.add(new Dependency(head < 0 ? Dependency.ROOT : head, i, f[3]));
        }
      }
      // contiguous equal NER tags form one entity span
      int i = 0;
      while (i < tokens.size()) {
        String tag = tokens.get(i).ner();
        if (tag.equals("O")) {
          i++;
          continue;
        }
        int j = i;
        while (j < tokens.size() && tokens.get(j).ner().equals(tag)) {
          j++;
        }
        ents.add(new EntitySpan(i, j, tag, text.substring(tokens.get(i).begin(), tokens.get(j - 1).end())));
        i = j;
      }
      out.add(new Sentence(si, sentBegin, text.length(), tokens, ents, parsed ? deps : List.of(), parsed));
    }
    return new AnnotatedDoc(text.toString(), language, out);
  }
}
