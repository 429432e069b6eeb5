package vn.thuduc.coordbot.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The bot's whole configuration: {@code config/coordbot.properties} overridden by environment
 * variables, validated once at start-up. The token is never part of {@link #toString()}.
 *
 * <p>This class is long because it is one table of settings: each is a key, an accessor and a range
 * check.
 */
public final class Settings {
  public static final String ENV_TOKEN = "TELEGRAM_BOT_TOKEN";
  public static final String ENV_API_URL = "TELEGRAM_API_URL";
  public static final String ENV_ADMIN_IDS = "COORDBOT_ADMIN_IDS";
  public static final String ENV_INDEX_DIR = "COORDBOT_INDEX_DIR";
  public static final String ENV_DATA_DIR = "COORDBOT_DATA_DIR";
  public static final String ENV_ADVISER_CHAT_ID = "COORDBOT_ADVISER_CHAT_ID";
  public static final String ENV_WEB_PORT = "COORDBOT_WEB_PORT";
  public static final String ENV_WEB_BIND = "COORDBOT_WEB_BIND";

  private final Optional<String> token;
  private final URI apiUrl;
  private final Set<Long> adminIds;
  private final Path indexDir;
  private final Path dataDir;
  private final int telegramWorkers;
  private final int unansweredShown;
  private final int conversationTtlMinutes;
  private final int conversationMax;
  private final int sendPerSecond;
  private final int chatPerMinute;
  private final int groupPerMinute;
  private final int chatBurst;
  private final int floodBurst;
  private final int floodPerMinute;
  private final int deliveryWindow;
  private final Optional<Long> adviserChatId;
  private final int adviceExpectedHours;
  private final int adviceRemindHours;
  private final int adviceRetentionDays;
  private final int webPort;
  private final String webBind;
  private final int webThreads;
  private final Optional<ZaloSettings> zalo;
  private final String zaloProblem;
  private final WebSettings web;

  private Settings(Properties p, Map<String, String> env) {
    String t = firstNonBlank(env.get(ENV_TOKEN), p.getProperty("telegram.token"));
    this.token = Optional.ofNullable(t);
    String url = firstNonBlank(env.get(ENV_API_URL), p.getProperty("telegram.api.url"), "https://api.telegram.org");
    this.apiUrl = parseUrl(url, env.containsKey(ENV_API_URL) ? ENV_API_URL : "telegram.api.url");
    String ids = java.util.Objects.requireNonNullElse(firstNonBlank(env.get(ENV_ADMIN_IDS), p.getProperty("admin.ids")), "");
    this.adminIds = parseIds(ids, env.containsKey(ENV_ADMIN_IDS) ? ENV_ADMIN_IDS : "admin.ids");
    this.indexDir = Path.of(firstNonBlank(env.get(ENV_INDEX_DIR), p.getProperty("index.dir"), "index"));
    this.dataDir = Path.of(firstNonBlank(env.get(ENV_DATA_DIR), p.getProperty("data.dir"), "config/data"));
    this.telegramWorkers = parseInt(p, "telegram.workers", 4, 1, 64);
    this.unansweredShown = parseInt(p, "admin.unanswered.shown", 20, 1, 200);
    this.conversationTtlMinutes = parseInt(p, "conversation.ttl.minutes", 15, 1, 7 * 24 * 60);
    this.conversationMax = parseInt(p, "conversation.max", 50_000, 1, 10_000_000);
    this.sendPerSecond = parseInt(p, "telegram.rate.global.per.second", 30, 1, 1000);
    this.chatPerMinute = parseInt(p, "telegram.rate.chat.per.minute", 60, 1, 6000);
    this.groupPerMinute = parseInt(p, "telegram.rate.group.per.minute", 20, 1, 6000);
    this.chatBurst = parseInt(p, "telegram.rate.chat.burst", 3, 1, 100);
    this.floodBurst = parseInt(p, "telegram.flood.burst", 10, 1, 10_000);
    this.floodPerMinute = parseInt(p, "telegram.flood.per.minute", 20, 1, 60_000);
    this.deliveryWindow = parseInt(p, "telegram.delivery.window", 16, 1, 100);
    this.adviserChatId = parseChatId(firstNonBlank(env.get(ENV_ADVISER_CHAT_ID), p.getProperty("advice.chat.id")),
        env.containsKey(ENV_ADVISER_CHAT_ID) ? ENV_ADVISER_CHAT_ID : "advice.chat.id");
    this.adviceExpectedHours = parseInt(p, "advice.expected.hours", 24, 1, 24 * 30);
    this.adviceRemindHours = parseInt(p, "advice.remind.hours", 4, 1, 24 * 30);
    this.adviceRetentionDays = parseInt(p, "advice.retention.days", 90, 1, 3650);
    String port = firstNonBlank(env.get(ENV_WEB_PORT), p.getProperty("web.port"), "8080");
    this.webPort = parsePort(port, env.get(ENV_WEB_PORT) != null && !env.get(ENV_WEB_PORT).isBlank()
        ? ENV_WEB_PORT : "web.port");
    this.webBind = firstNonBlank(env.get(ENV_WEB_BIND), p.getProperty("web.bind"), "127.0.0.1");
    this.webThreads = parseInt(p, "web.threads", 16, 4, 512);
    this.web = WebSettings.from(p);
    // Zalo's settings stop only the commands that serve Zalo: `ask` and `reload` run with them half set
    Optional<ZaloSettings> z;
    String problem = null;
    try {
      z = ZaloSettings.from(env, p);
    } catch (ConfigException e) {
      z = Optional.empty();
      problem = e.getMessage();
    }
    this.zalo = z;
    this.zaloProblem = problem;
  }

  /**
   * The Zalo OA's settings, empty when {@code ZALO_APP_ID} is not set.
   *
   * @throws ConfigException naming the missing or malformed setting when Zalo is set up halfway
   */
  public Optional<ZaloSettings> zalo() {
    if (zaloProblem != null) {
      throw new ConfigException(zaloProblem);
    }
    return zalo;
  }

  /** Reads {@code propertiesFile} when it exists (a missing file means all defaults), then env. */
  public static Settings load(Path propertiesFile, Map<String, String> env) {
    Properties p = new Properties();
    if (propertiesFile != null && Files.isRegularFile(propertiesFile)) {
      try (Reader r = Files.newBufferedReader(propertiesFile, StandardCharsets.UTF_8)) {
        p.load(r);
      } catch (IOException e) {
        throw new ConfigException(propertiesFile + ": cannot read: " + e.getMessage());
      }
    } else {
      try (InputStream in = Settings.class.getResourceAsStream("/coordbot-defaults.properties")) {
        if (in != null) {
          p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        throw new ConfigException("built-in defaults: cannot read: " + e.getMessage());
      }
    }
    return new Settings(p, env);
  }

  /** Settings for tests and tools: defaults plus the given overrides (environment variable names). */
  public static Settings of(Map<String, String> env) {
    return new Settings(new Properties(), env);
  }

  /** Settings for tests: the given properties (as in the file) and environment overrides. */
  public static Settings of(Map<String, String> env, Map<String, String> properties) {
    Properties p = new Properties();
    p.putAll(properties);
    return new Settings(p, env);
  }

  public Optional<String> token() {
    return token;
  }

  public URI apiUrl() {
    return apiUrl;
  }

  public Set<Long> adminIds() {
    return adminIds;
  }

  public boolean isAdmin(long userId) {
    return adminIds.contains(userId);
  }

  public Path indexDir() {
    return indexDir;
  }

  public Path dataDir() {
    return dataDir;
  }

  public int telegramWorkers() {
    return telegramWorkers;
  }

  public int unansweredShown() {
    return unansweredShown;
  }

  /** How long a conversation's frame is kept after its last question (follow-ups build on it). */
  public java.time.Duration conversationTtl() {
    return java.time.Duration.ofMinutes(conversationTtlMinutes);
  }

  /** How many conversations are remembered at most; the least recently used is dropped first. */
  public int conversationMax() {
    return conversationMax;
  }

  /** Messages (and photos, edits) the bot sends per second in all, at most. */
  public int sendPerSecond() {
    return sendPerSecond;
  }

  /** Messages the bot sends to one private chat per minute, at most, after the burst. */
  public int chatPerMinute() {
    return chatPerMinute;
  }

  /** Messages the bot sends to one group per minute, at most, after the burst. */
  public int groupPerMinute() {
    return groupPerMinute;
  }

  /** Messages the bot may send to one chat at once before the per-chat rate applies. */
  public int chatBurst() {
    return chatBurst;
  }

  /** Messages one user may send in quick succession before flood control slows them. */
  public int floodBurst() {
    return floodBurst;
  }

  /** Messages per minute a user is answered once over the burst. */
  public int floodPerMinute() {
    return floodPerMinute;
  }

  /** Updates that may be between their first send and their processed record at once (the SIGKILL bound). */
  public int deliveryWindow() {
    return deliveryWindow;
  }

  /** The advisers' Telegram group; empty: no hand-off to a person. */
  public Optional<Long> adviserChatId() {
    return adviserChatId;
  }

  /** How long an adviser's answer usually takes, as workers are told. */
  public int adviceExpectedHours() {
    return adviceExpectedHours;
  }

  /** Hours without an answer after which a ticket is reminded (once) in the advisers' group. */
  public int adviceRemindHours() {
    return adviceRemindHours;
  }

  /** Days after closing after which a ticket's texts are deleted. */
  public int adviceRetentionDays() {
    return adviceRetentionDays;
  }

  /** The TCP port of the web channel (0: any free port, for tests). */
  public int webPort() {
    return webPort;
  }

  /** The address the web channel listens on (127.0.0.1 unless behind a reverse proxy). */
  public String webBind() {
    return webBind;
  }

  /** The web channel's limits for clients on the open internet. */
  public WebSettings web() {
    return web;
  }

  /** The web server's most threads (Jetty's pool: acceptor, selectors and request handlers). */
  public int webThreads() {
    return webThreads;
  }

  @Override
  public String toString() {
    return "Settings{token=" + (token.isPresent() ? "***" : "(none)") + ", apiUrl=" + apiUrl
        + ", adminIds=" + adminIds + ", indexDir=" + indexDir + ", dataDir=" + dataDir
        + ", telegramWorkers=" + telegramWorkers + ", sendPerSecond=" + sendPerSecond + ", chatPerMinute="
        + chatPerMinute + ", groupPerMinute=" + groupPerMinute + ", chatBurst=" + chatBurst + ", floodBurst="
        + floodBurst + ", floodPerMinute=" + floodPerMinute + ", deliveryWindow=" + deliveryWindow
        + ", adviserChatId=" + adviserChatId.map(String::valueOf).orElse("(none)") + ", webPort=" + webPort
        + ", webBind=" + webBind + ", zalo=" + (zaloProblem != null ? "(invalid)" : zalo.map(String::valueOf)
        .orElse("(off)")) + "}";
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.trim();
      }
    }
    return null;
  }

  private static URI parseUrl(String url, String key) {
    try {
      URI u = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
      if (u.getScheme() == null || u.getHost() == null
          || !(u.getScheme().equals("http") || u.getScheme().equals("https"))) {
        throw new ConfigException(key + ": not an http(s) URL: " + url);
      }
      return u;
    } catch (IllegalArgumentException e) {
      throw new ConfigException(key + ": not a URL: " + url);
    }
  }

  private static Set<Long> parseIds(String ids, String key) {
    Set<Long> out = new LinkedHashSet<>();
    for (String part : ids.split(",")) {
      String s = part.trim();
      if (s.isEmpty()) {
        continue;
      }
      try {
        out.add(Long.parseLong(s));
      } catch (NumberFormatException e) {
        throw new ConfigException(key + ": not a numeric Telegram user id: '" + s + "'");
      }
    }
    return Set.copyOf(out);
  }

  private static Optional<Long> parseChatId(String value, String key) {
    if (value == null) {
      return Optional.empty();
    }
    try {
      long id = Long.parseLong(value);
      if (id == 0) {
        throw new ConfigException(key + ": 0 is not a Telegram chat id");
      }
      return Optional.of(id);
    } catch (NumberFormatException e) {
      throw new ConfigException(key + ": not a numeric Telegram chat id: '" + value + "' (a group's id looks like"
          + " -1001234567890)");
    }
  }

  private static int parsePort(String v, String key) {
    try {
      int i = Integer.parseInt(v.trim());
      if (i < 0 || i > 65_535) {
        throw new ConfigException(key + ": " + i + " is not a TCP port (0..65535)");
      }
      return i;
    } catch (NumberFormatException e) {
      throw new ConfigException(key + ": not a port number: '" + v + "'");
    }
  }

  static int parseInt(Properties p, String key, int def, int min, int max) {
    String v = p.getProperty(key);
    if (v == null || v.isBlank()) {
      return def;
    }
    try {
      int i = Integer.parseInt(v.trim());
      if (i < min || i > max) {
        throw new ConfigException(key + ": " + i + " is outside " + min + ".." + max);
      }
      return i;
    } catch (NumberFormatException e) {
      throw new ConfigException(key + ": not a whole number: '" + v + "'");
    }
  }
}
