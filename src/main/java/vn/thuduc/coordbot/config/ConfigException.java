package vn.thuduc.coordbot.config;

/** A setting is missing or malformed; the message names the setting. */
public final class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConfigException(String message) {
    super(message);
  }
}
