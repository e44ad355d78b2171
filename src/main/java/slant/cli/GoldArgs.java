package slant.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import slant.config.ConfigException;

/** Argument checks shared by the commands that read a gold set ({@code eval}, {@code train-sentiment}). */
final class GoldArgs {

  private GoldArgs() {}

  /** Fails with one clear line when the gold set's format or file is missing. */
  static void require(String command, String format, Path file) {
    if (format == null) {
      throw new ConfigException(command + " needs --format gerntsa|newsmtsc");
    }
    if (file == null) {
      throw new ConfigException(command + " needs the gold FILE");
    }
  }

  /**
   * The date for resolving role descriptions: {@code date} when given, else a day inside the set's collection
   * period (GerNTSA 2022-01-01, NewsMTSC 2018-01-01).
   */
  static LocalDate day(String format, String date) {
    if (date == null) {
      return LocalDate.parse(format.equals("gerntsa") ? "2022-01-01" : "2018-01-01");
    }
    try {
      return LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      throw new ConfigException("--date must be YYYY-MM-DD, got '" + date + "'");
    }
  }

  /** The value of {@code --limit}: a positive whole number, else one clear line. */
  static int limit(String s) {
    try {
      int n = Integer.parseInt(s.strip());
      if (n < 1) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new ConfigException("--limit must be a positive whole number, got '" + s + "'");
    }
  }
}
