package slant.model;

/** How a mention was recognised; analysts filter on it (e.g. exclude {@link #DEMONYM}). */
public enum MentionKind {
  /** The canonical name or a listed alias. */
  NAME,
  /** A surname or partial name linked to a full name (in the catalogue or earlier in the article). */
  PARTIAL_NAME,
  /** A seat-of-power name acting for a government ("der Kreml", "Pjöngjang" as agent). */
  METONYM,
  /** A role description resolved to its holder on the article date ("der Kremlchef"). */
  ROLE,
  /** A name inside a hyphenated compound ("Ukraine-Krieg", "Putin-Regime"). */
  COMPOUND,
  /** A demonym adjective linked to its country ("russische Truppen"). */
  DEMONYM,
  /** A definite description referring back to an actor ("das Land" → Russland). */
  ANAPHOR,
  /**
   * A third-person pronoun linked to the one actor it can stand for ("er", "seine", "dessen", "he" → Putin); only
   * with {@code actors.pronouns}. Like {@link #ANAPHOR} an inferred reference: filter it out where only explicit ones
   * count.
   */
  PRONOUN,
  /** A named entity not in the catalogue (actor id {@code auto:…}). */
  DISCOVERED;

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
