package slant.input;

/** Reject reasons, as written to {@code rejects.reason}. docs/tables.md explains each. */
public final class Reasons {
  private Reasons() {}

  public static final String MALFORMED_RECORD = "malformed_record";
  public static final String INVALID_UTF8 = "invalid_utf8";
  public static final String BINARY_CONTENT = "binary_content";
  public static final String MISSING_TEXT = "missing_text";
  public static final String MISSING_OUTLET = "missing_outlet";
  public static final String MISSING_DATE = "missing_date";
  public static final String UNPARSEABLE_DATE = "unparseable_date";
  public static final String TOO_LONG = "too_long";
  public static final String UNSUPPORTED_LANGUAGE = "unsupported_language";
  /** No language given and the detector cannot tell one (too short, junk, or no clear winner). */
  public static final String UNDETECTED_LANGUAGE = "undetected_language";
  public static final String DUPLICATE_ID = "duplicate_id";
  public static final String ANALYSIS_ERROR = "analysis_error";
}
