package vn.thuduc.coordbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thuduc.coordbot.advice.AdviceService;
import vn.thuduc.coordbot.advice.Ticket;
import vn.thuduc.coordbot.lang.Lang;
import vn.thuduc.coordbot.identity.Identity;

/**
 * A database made by the previous version (schema 4: people as bare numbers, web sessions as negative
 * hashes) opened by this one: every language choice, ticket, pending question and explanation is
 * still there, now under (channel, id).
 */
class IdentityMigrationTest {
  private static final long TELEGRAM_USER = 5001;
  private static final long WEB_SESSION = -8_000_000_000_000_000_123L;

  @TempDir
  Path dir;

  @Test
  void everythingThePreviousVersionKeptAboutPeopleIsKeptUnderChannelAndId() {
    try (Database old = Database.open(dir, 4)) {
      assertThat(old.schemaVersion()).isEqualTo(4);
      old.withConnection(c -> {
        for (String sql : List.of(
            "INSERT INTO user_pref (user_id, lang, updated_at) VALUES (5001, 'en', '2026-11-01T00:00:00Z')",
            "INSERT INTO advice_ticket (source_key, user_id, chat_id, lang, question, state, opened_at)"
                + " VALUES ('u1', 5001, 5001, 'vi', 'nợ lương', 'OPEN', '2026-11-01T00:00:00Z')",
            "INSERT INTO advice_ticket (source_key, user_id, chat_id, lang, question, state, opened_at)"
                + " VALUES ('web1', -8000000000000000123, 0, 'vi', 'bị sa thải', 'OPEN', '2026-11-02T00:00:00Z')",
            "INSERT INTO advice_ticket (source_key, user_id, chat_id, lang, question, state, opened_at, purged)"
                + " VALUES ('u0', NULL, NULL, 'vi', NULL, 'CLOSED', '2026-10-01T00:00:00Z', 1)",
            "INSERT INTO advice_pending (user_id, chat_id, lang, at) VALUES (5001, 5001, 'vi', '2099-01-01T00:00:00Z')",
            "INSERT INTO advice_explained (user_id, at) VALUES (5001, '2026-11-01T00:00:00Z')",
            "INSERT INTO advice_explained (user_id, at) VALUES (-8000000000000000123, '2026-11-02T00:00:00Z')",
            "INSERT INTO subscription (chat_id, zone_id, lang, at) VALUES (5001, '*', 'vi', '2026-11-01T00:00:00Z')")) {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.executeUpdate();
          }
        }
        return null;
      });
    }
    try (Database db = Database.open(dir)) {
      Clock clock = Clock.systemUTC();
      RuntimeStore runtime = new RuntimeStore(db, clock);
      AdviceService advice = new AdviceService(db, clock, Duration.ofHours(4), Duration.ofDays(90));
      Identity telegram = Identity.telegram(TELEGRAM_USER);

      assertThat(runtime.userLang(telegram)).contains("en");
      assertThat(runtime.userLang(Identity.zalo("5001"))).isEmpty();
      assertThat(advice.ofUser(telegram)).extracting(Ticket::question).containsExactly("nợ lương");
      assertThat(advice.ofUser(telegram).get(0).chatId()).isEqualTo(TELEGRAM_USER);
      assertThat(advice.awaitsQuestion(telegram)).isTrue();
      assertThat(advice.explained(telegram)).isTrue();
      assertThat(advice.all()).hasSize(3).filteredOn(Ticket::purged).hasSize(1);

      // the web ticket waits under the session's old number until that session comes back
      Identity legacy = Identity.web("legacy:" + WEB_SESSION);
      Identity session = Identity.web("a".repeat(64));
      assertThat(advice.ofUser(legacy)).singleElement().satisfies(t -> assertThat(t.onWeb()).isTrue());
      assertThat(advice.claim(legacy, session)).isEqualTo(1);
      assertThat(advice.ofUser(session)).extracting(Ticket::question).containsExactly("bị sa thải");
      assertThat(advice.explained(session)).isTrue();
      assertThat(advice.ofUser(legacy)).isEmpty();
      String channel = db.withConnection(c -> {
        try (PreparedStatement ps = c.prepareStatement("SELECT channel FROM subscription WHERE chat_id = 5001");
            var rs = ps.executeQuery()) {
          return rs.next() ? rs.getString(1) : null;
        }
      });
      assertThat(channel).isEqualTo("telegram");
    }
  }
}
