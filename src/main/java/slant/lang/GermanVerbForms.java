package slant.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Regular (weak) inflected forms of a German verb infinitive, for lexicon matching: present and past finite forms,
 * the zu-infinitive, and the past participle, with separable particles placed as German places them
 * ("anbiedern" → anbiedert, anbiederte, anzubiedern, angebiedert). Strong verbs' irregular stems are not generated
 * (their present forms and the infinitive-like plural still match). A particle separated from its verb in a main
 * clause ("bahnt sich … an") is rejoined by the scorer from the dependency edge {@code compound:prt}.
 */
public final class GermanVerbForms {

  /** Separable particles, longest first so "zurück" wins over "zu". Public for the lexicons; read-only. */
  public static final List<String> PARTICLES = List.of("herunter", "hinunter", "schlecht", "zurück", "zusammen",
      "weiter", "heraus", "herein", "hervor", "klein", "schön",
      "vorbei", "voran", "entgegen", "gegenüber", "nieder", "fest", "frei", "hoch", "statt", "teil", "fort", "weg",
      "nach", "hinzu", "herab", "heran", "auf", "aus", "ein", "mit", "vor", "bei", "los", "ab", "an", "zu", "um",
      "durch", "über", "hin", "her");

  private static final List<String> INSEPARABLE = List.of("be", "ge", "er", "ver", "zer", "ent", "emp", "miss");

  private GermanVerbForms() {}

  /**
   * The finite forms a separable verb takes in a main clause, without its particle ("mitteilen" → teilte, teilt):
   * only for callers that check that the particle stands later in the sentence. Empty for other verbs.
   */
  public static List<String> separatedForms(String infinitive) {
    List<String> out = new ArrayList<>();
    String particle = null;
    for (String f : forms(infinitive)) {
      if (particle == null) {
        particle = particleOf(infinitive);
        if (particle.isEmpty()) {
          return out;
        }
      }
      if (f.startsWith(particle) && !f.startsWith(particle + "ge") && !f.startsWith(particle + "zu")) {
        out.add(f.substring(particle.length()));
      }
    }
    return out;
  }

  /**
   * The finite forms of the third person a verb takes as a main clause's verb, without a separable particle (which
   * stands at the clause's end there): present singular and plural, past singular and plural, regular (weak) forms
   * ("einschränken" → schränkt, schränken, schränkte, schränkten; "erwägen" → erwägt, erwägen, …). A strong verb's
   * irregular forms are not among them. Empty when the word is no infinitive.
   */
  public static List<String> mainClauseForms(String infinitive) {
    String inf = infinitive.toLowerCase(Locale.ROOT).strip();
    Parts p = Parts.of(inf);
    if (p == null) {
      return List.of();
    }
    String base = p.base();
    String plural = inf.substring(p.particle().length());
    return List.of(base + p.e() + "t", plural, base + p.e() + "te", base + p.e() + "ten");
  }

  /** The separable particle a lower-case infinitive opens with ("ein" for "einschränken"), or "" if none. */
  public static String separableParticle(String infinitive) {
    Parts p = Parts.of(infinitive.toLowerCase(Locale.ROOT).strip());
    return p == null ? "" : p.particle();
  }

  private static String particleOf(String infinitive) {
    String inf = infinitive.toLowerCase(Locale.ROOT).strip();
    for (String p : PARTICLES) {
      if (inf.startsWith(p) && inf.length() > p.length() + 4) {
        return p;
      }
    }
    return "";
  }

  /**
   * A lower-case infinitive split for inflection: its separable particle ("" if none), the stem after it, and the
   * linking "e" the stem takes before -t ("rettet", "öffnet"). Null when the word is no infinitive.
   */
  private record Parts(String particle, String base, String e) {

    static Parts of(String inf) {
      String stem;
      if (inf.endsWith("eln") || inf.endsWith("ern")) {
        stem = inf.substring(0, inf.length() - 1);
      } else if (inf.endsWith("en")) {
        stem = inf.substring(0, inf.length() - 2);
      } else if (inf.endsWith("n")) {
        stem = inf.substring(0, inf.length() - 1);
      } else {
        return null;
      }
      String particle = "";
      for (String p : PARTICLES) {
        if (stem.startsWith(p) && stem.length() > p.length() + 2) {
          particle = p;
          break;
        }
      }
      String base = stem.substring(particle.length());
      String e = base.endsWith("t") || base.endsWith("d") || base.matches(".*[^aeioulr]n") ? "e" : "";
      return new Parts(particle, base, e);
    }
  }

  /**
   * Whether {@code word} is the regular (weak) past participle of {@code infinitive}, bare or with an adjective ending
   * ("angeklagt", "angeklagte", "beschuldigten"). Unlike {@link #isPastParticiple}, which presumes that the word is
   * already known to be a form of the verb, it never takes another verb's participle ("geltenden") for one.
   */
  public static boolean isRegularPastParticiple(String word, String infinitive) {
    String participle = regularParticiple(infinitive.toLowerCase(Locale.ROOT).strip());
    if (participle == null) {
      return false;
    }
    String w = word.toLowerCase(Locale.ROOT);
    return w.equals(participle) || w.startsWith(participle)
        && GermanAdjectives.ENDINGS.contains(w.substring(participle.length()));
  }

  /**
   * The regular (weak) past participle of a lower-case infinitive, particle included ("abgewählt", "entführt",
   * "getötet", "kritisiert"); null when the word is no infinitive.
   */
  static String regularParticiple(String inf) {
    Parts p = Parts.of(inf);
    if (p == null) {
      return null;
    }
    String base = p.base();
    boolean inseparablePrefix = INSEPARABLE.stream().anyMatch(x -> base.startsWith(x) && base.length() > x.length() + 2);
    boolean ieren = inf.endsWith("ieren");
    return p.particle() + (inseparablePrefix || ieren ? "" : "ge") + base + p.e() + "t";
  }

  /**
   * Whether {@code word} is the past participle of {@code infinitive} with an adjective ending, as it stands before a
   * noun ("die entführte Journalistin", "des getöteten Soldaten", "die abgewählten Abgeordneten", "die getroffenen
   * Häuser"): the regular participle, or for a strong verb a participle in -en with ge- (after a particle) or an
   * inseparable prefix. A present participle ("die drohende Gefahr") is not one.
   */
  public static boolean isAttributivePastParticiple(String word, String infinitive) {
    String w = word.toLowerCase(Locale.ROOT);
    String rest = null;
    for (String ending : GermanAdjectives.ENDINGS) {
      if (w.endsWith(ending) && w.length() > ending.length() + 3) {
        rest = w.substring(0, w.length() - ending.length());
        break;
      }
    }
    if (rest == null || rest.endsWith("end")) {
      return false;
    }
    return isPastParticiple(rest, infinitive);
  }

  /**
   * Whether {@code word} is the bare past participle of {@code infinitive} ("getötet", "erschossen", "festgenommen"):
   * the regular participle, or for a strong verb a form in -en with ge- (after a particle) or an inseparable prefix,
   * other than the infinitive. The preterite plural of a strong verb with an inseparable prefix has the same form
   * ("sie erschossen"): the caller tells them apart by the clause.
   */
  public static boolean isPastParticiple(String word, String infinitive) {
    String rest = word.toLowerCase(Locale.ROOT);
    String inf = infinitive.toLowerCase(Locale.ROOT).strip();
    String regular = regularParticiple(inf);
    if (rest.equals(regular)) {
      return true;
    }
    if (regular != null && rest.startsWith(regular)) {
      return false; // the regular participle with an adjective ending ("getöteten")
    }
    Parts parts = Parts.of(inf);
    String particle = parts == null ? "" : parts.particle();
    String base = rest.startsWith(particle) ? rest.substring(particle.length()) : null;
    String verbBase = inf.substring(particle.length());
    if (base == null || !base.endsWith("en") || base.length() < 5) {
      return false;
    }
    boolean ge = base.startsWith("ge") && !verbBase.startsWith("ge");
    boolean inseparable = INSEPARABLE.stream().anyMatch(p -> base.startsWith(p) && verbBase.startsWith(p));
    return (ge || inseparable) && !base.equals(verbBase);
  }

  /**
   * The regular inflected forms of {@code infinitive} (lower case), for the lexicons that match verbs by their
   * forms; a new list each call.
   */
  public static List<String> forms(String infinitive) {
    String inf = infinitive.toLowerCase(Locale.ROOT).strip();
    List<String> out = new ArrayList<>();
    Parts parts = Parts.of(inf);
    if (parts == null) {
      return out;
    }
    String particle = parts.particle();
    String base = parts.base();
    String e = parts.e();
    for (String ending : List.of("e", "st", "t", "te", "test", "ten", "tet", "end", "ende", "enden", "ender")) {
      String ending2 = ending.startsWith("t") ? e + ending : ending;
      // only with the particle: without it "sagte" would be a form of "absagen"; a particle separated in a main
      // clause ("sagte … ab") is rejoined by the scorer before lookup
      out.add(particle + base + ending2);
    }
    out.add(particle + base + "e" + e);
    String participle = regularParticiple(inf);
    out.add(participle);
    for (String adj : GermanAdjectives.ENDINGS) {
      out.add(participle + adj);
    }
    if (!particle.isEmpty()) {
      out.add(particle + "zu" + base + (inf.endsWith("n") && !inf.endsWith("en") ? "n" : "en"));
    }
    return out;
  }
}
