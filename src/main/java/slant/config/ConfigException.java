package slant.config;

/** A configuration problem: the run must not start. Its message is one line meant for the person running the job. */
public final class ConfigException extends RuntimeException {
  public ConfigException(String message) {
    super(message);
  }

  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
