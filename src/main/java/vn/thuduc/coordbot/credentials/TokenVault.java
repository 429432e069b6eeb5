package vn.thuduc.coordbot.credentials;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import vn.thuduc.coordbot.identity.Channel;
import vn.thuduc.coordbot.store.Database;
import vn.thuduc.coordbot.store.Sql;

/**
 * A channel's token pair in SQLite. The pair descends from a seed (the refresh token the operator
 * set): while the seed is the same, the newest stored pair is the one to use, since the seed itself
 * was spent by the first refresh; a different seed means the operator gave a new one, and it wins.
 */
public final class TokenVault {
  private static final String GET = "SELECT seed, access_token, refresh_token, expires_at FROM channel_token"
      + " WHERE channel = ?";
  private static final String PUT = "INSERT INTO channel_token (channel, seed, access_token, refresh_token,"
      + " expires_at, updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (channel) DO UPDATE SET"
      + " seed = excluded.seed, access_token = excluded.access_token, refresh_token = excluded.refresh_token,"
      + " expires_at = excluded.expires_at, updated_at = excluded.updated_at";

  /** A token pair; {@code accessToken} and {@code expiresAt} are empty before the first refresh. */
  public record Tokens(Optional<String> accessToken, String refreshToken, Optional<Instant> expiresAt) {
    @Override
    public String toString() {
      return "Tokens{expiresAt=" + expiresAt.map(Instant::toString).orElse("-") + "}";
    }
  }

  private final Database db;
  private final Channel channel;
  private final Clock clock;
  private final String seed;

  /** {@code seedToken}: the refresh token the operator configured. */
  public TokenVault(Database db, Channel channel, Clock clock, String seedToken) {
    this.db = db;
    this.channel = channel;
    this.clock = clock;
    this.seed = digest(seedToken);
    if (load().isEmpty()) {
      store(new Tokens(Optional.empty(), seedToken, Optional.empty()));
    }
  }

  /** The pair to use: the newest stored one of this seed. */
  public Tokens current() {
    return load().orElseThrow(() -> new IllegalStateException("the token pair was written at start-up"));
  }

  /** Writes a new pair (committed before it returns: a single-use refresh token is never lost). */
  public void store(Tokens t) {
    db.withConnection(c -> Sql.update(c, PUT, channel.code(), seed, t.accessToken().orElse(null), t.refreshToken(),
        t.expiresAt().map(Instant::toString).orElse(null), clock.instant().toString()));
  }

  private Optional<Tokens> load() {
    List<Object[]> rows = db.withConnection(c -> Sql.query(c, GET, rs -> new Object[] {rs.getString(1),
        rs.getString(2), rs.getString(3), rs.getString(4)}, channel.code()));
    if (rows.isEmpty() || !seed.equals(rows.get(0)[0])) {
      return Optional.empty();
    }
    Object[] r = rows.get(0);
    return Optional.of(new Tokens(Optional.ofNullable((String) r[1]), (String) r[2],
        Optional.ofNullable((String) r[3]).map(Instant::parse)));
  }

  private static String digest(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
