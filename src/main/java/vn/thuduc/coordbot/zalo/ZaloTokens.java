package vn.thuduc.coordbot.zalo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thuduc.coordbot.config.ZaloSettings;
import vn.thuduc.coordbot.credentials.TokenVault;
import vn.thuduc.coordbot.metrics.Metrics;

/**
 * The OA's access token: refreshed before it expires, one refresh at a time; Zalo's refresh token is
 * single-use, so the new pair is stored in SQLite ({@link TokenVault}) before the access token is
 * used. When Zalo refuses the refresh token ({@code invalid_grant}) the operator is alerted (an
 * ERROR log line once, {@code coordbot_zalo_token_refused}, {@code /healthz} degraded) and no more
 * refreshes are tried until a new {@code ZALO_REFRESH_TOKEN} is set: no loop of refused calls.
 */
public final class ZaloTokens {
  private static final Logger LOG = LoggerFactory.getLogger(ZaloTokens.class);
  /** Refreshed when it has less than this left. */
  static final Duration MARGIN = Duration.ofMinutes(10);

  private final TokenVault vault;
  private final ZaloApi api;
  private final ZaloSettings settings;
  private final Clock clock;
  private final Metrics metrics;
  private volatile boolean refused;

  public ZaloTokens(TokenVault vault, ZaloApi api, ZaloSettings settings, Clock clock, Metrics metrics) {
    this.vault = vault;
    this.api = api;
    this.settings = settings;
    this.clock = clock;
    this.metrics = metrics;
  }

  /** An access token with time left, refreshed first when it has little. */
  public String access() throws ZaloException {
    TokenVault.Tokens t = vault.current();
    if (t.accessToken().isPresent() && !due(t)) {
      return t.accessToken().get();
    }
    return refresh(Optional.empty());
  }

  /**
   * Zalo rejected {@code rejected} as expired or invalid: a new one, refreshed unless another sender
   * refreshed it meanwhile.
   */
  public String refreshAfter(String rejected) throws ZaloException {
    return refresh(Optional.of(rejected));
  }

  /** Refreshes when the token has less than {@link #MARGIN} left (the timer calls it). */
  public void refreshIfDue() {
    try {
      if (!refused && due(vault.current())) {
        refresh(Optional.empty());
      }
    } catch (ZaloException e) {
      LOG.warn("zalo: the access token could not be refreshed yet ({}); trying again later", e.code());
    }
  }

  /** False while Zalo refuses the refresh token (an operator must set a new one). */
  public boolean healthy() {
    return !refused;
  }

  private boolean due(TokenVault.Tokens t) {
    return t.expiresAt().map(at -> !at.isAfter(clock.instant().plus(MARGIN))).orElse(true);
  }

  private synchronized String refresh(Optional<String> rejected) throws ZaloException {
    if (refused) {
      throw new ZaloException(ZaloException.Kind.INVALID_GRANT, "invalid_grant",
          "the refresh token was refused; set a new " + ZaloSettings.ENV_REFRESH_TOKEN);
    }
    TokenVault.Tokens t = vault.current();
    // another sender refreshed while this one waited for the lock
    if (t.accessToken().isPresent() && !due(t) && !rejected.equals(t.accessToken())) {
      return t.accessToken().get();
    }
    ZaloApi.Refreshed r;
    try {
      r = api.refresh(settings.appId(), settings.appSecret(), t.refreshToken());
    } catch (ZaloException e) {
      metrics.zaloError(e.code());
      if (e.kind() == ZaloException.Kind.INVALID_GRANT) {
        refused = true;
        metrics.zaloTokenRefused(true);
        LOG.error("zalo: Zalo refused the refresh token ({}): no Zalo message can be sent until an operator sets a"
            + " new {} and restarts", e.getMessage(), ZaloSettings.ENV_REFRESH_TOKEN);
      }
      throw e;
    }
    Instant expires = clock.instant().plusSeconds(r.expiresInSeconds());
    vault.store(new TokenVault.Tokens(Optional.of(r.accessToken()), r.refreshToken(), Optional.of(expires)));
    LOG.info("zalo: access token refreshed, valid until {}", expires);
    return r.accessToken();
  }
}
