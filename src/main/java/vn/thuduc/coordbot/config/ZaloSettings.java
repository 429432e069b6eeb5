package vn.thuduc.coordbot.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The Zalo Official Account's settings: on when {@code ZALO_APP_ID} is set, and then its three secrets
 * are required. {@link #toString()} never shows a secret.
 *
 * @param oaSecret the OA secret key that signs webhook events
 * @param appSecret the app's secret key, sent when the access token is refreshed
 * @param refreshToken the first refresh token (later ones come from Zalo and are kept in SQLite)
 * @param workers threads answering Zalo users (each user's events in order, users side by side)
 * @param tries the most attempts of one Zalo API call that fails in a way worth retrying
 */
public record ZaloSettings(String appId, String oaSecret, String appSecret, String refreshToken, URI apiUrl,
    URI oauthUrl, int workers, int tries) {
  public static final String ENV_APP_ID = "ZALO_APP_ID";
  public static final String ENV_OA_SECRET = "ZALO_OA_SECRET";
  public static final String ENV_APP_SECRET = "ZALO_APP_SECRET";
  public static final String ENV_REFRESH_TOKEN = "ZALO_REFRESH_TOKEN";
  public static final String ENV_API_URL = "ZALO_API_URL";
  public static final String ENV_OAUTH_URL = "ZALO_OAUTH_URL";

  /** Zalo's settings from the environment (and tuning from the properties); empty when Zalo is off. */
  static Optional<ZaloSettings> from(Map<String, String> env, Properties p) {
    String appId = blankToNull(env.get(ENV_APP_ID));
    if (appId == null) {
      return Optional.empty();
    }
    String oaSecret = required(env, ENV_OA_SECRET);
    String appSecret = required(env, ENV_APP_SECRET);
    String refresh = required(env, ENV_REFRESH_TOKEN);
    URI api = url(env, ENV_API_URL, "https://openapi.zalo.me");
    URI oauth = url(env, ENV_OAUTH_URL, "https://oauth.zaloapp.com");
    return Optional.of(new ZaloSettings(appId, oaSecret, appSecret, refresh, api, oauth,
        number(p, "zalo.workers", 32, 1, 512), number(p, "zalo.tries", 3, 1, 10)));
  }

  private static String required(Map<String, String> env, String name) {
    String v = blankToNull(env.get(name));
    if (v == null) {
      throw new ConfigException(name + " is not set (it is required when " + ENV_APP_ID + " is set)");
    }
    return v;
  }

  private static URI url(Map<String, String> env, String name, String def) {
    String v = blankToNull(env.get(name));
    String s = v == null ? def : v;
    try {
      URI u = new URI(s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
      if (u.getScheme() == null || !(u.getScheme().equals("http") || u.getScheme().equals("https"))
          || u.getHost() == null) {
        throw new ConfigException(name + " must be an http(s) URL");
      }
      return u;
    } catch (URISyntaxException e) {
      throw new ConfigException(name + " is not a URL");
    }
  }

  private static int number(Properties p, String key, int def, int min, int max) {
    String v = blankToNull(p.getProperty(key));
    if (v == null) {
      return def;
    }
    try {
      int n = Integer.parseInt(v);
      if (n < min || n > max) {
        throw new ConfigException(key + " must be between " + min + " and " + max);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new ConfigException(key + " must be a whole number");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  @Override
  public String toString() {
    return "ZaloSettings{appId=" + appId + ", oaSecret=***, appSecret=***, refreshToken=***, apiUrl=" + apiUrl
        + ", oauthUrl=" + oauthUrl + ", workers=" + workers + ", tries=" + tries + "}";
  }
}
