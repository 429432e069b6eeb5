package vn.thuduc.coordbot.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thuduc.coordbot.answer.Answer;
import vn.thuduc.coordbot.answer.AnswerEngine;
import vn.thuduc.coordbot.lang.Lang;
import vn.thuduc.coordbot.answer.Question;
import vn.thuduc.coordbot.answer.Topic;
import vn.thuduc.coordbot.answer.ZoneLabel;
import vn.thuduc.coordbot.store.Database;
import vn.thuduc.coordbot.store.RuntimeStore;

/** Every channel's questions go through one place: timed, counted, heard by the metrics, logged. */
class QuestionsTest {
  @TempDir
  Path dir;
  Database db;
  RuntimeStore runtime;
  Questions questions;

  @BeforeEach
  void open() {
    db = Database.open(dir);
    runtime = new RuntimeStore(db, Clock.systemUTC());
    questions = new Questions(new Echo(), runtime);
  }

  @AfterEach
  void close() {
    questions.close();
    db.close();
  }

  @Test
  void aQuestionIsAnsweredLoggedWithItsChannelAndHashedUserAndGetsItsLogId() throws Exception {
    Asked asked = questions.ask(new Asker("telegram", 4242), Question.of("KCX Linh Trung có bao nhiêu lao động?"));

    assertThat(asked.answer().text()).isEqualTo("echo: KCX Linh Trung có bao nhiêu lao động?");
    long id = asked.logId();
    assertThat(id).isPositive();
    List<String> row = row(id);
    assertThat(row).containsExactly("telegram", runtime.userHash(4242), "KCX Linh Trung có bao nhiêu lao động?",
        "echo", "1");
    assertThat(row.get(1)).doesNotContain("4242");
  }

  @Test
  void questionsAndSearchesAreCountedPerChannelAndHeardTopicsAreLoggedButNotCounted() {
    List<String> heard = new CopyOnWriteArrayList<>();
    questions.listen((channel, intent, answered, nanos) -> heard.add(channel + ":" + intent + ":" + answered));

    questions.ask(new Asker("web", 1), Question.of("hello"));
    questions.ask(new Asker("web", 1), Question.of("unknown thing"));
    questions.search(new Asker("telegram", 2), "/search luật", "luật", Lang.VI);
    Asked topic = questions.topic(new Asker("telegram", 2), "/stats", Topic.STATS, Lang.VI);

    assertThat(heard).containsExactly("web:echo:true", "web:echo:false", "telegram:search:true");
    assertThat(questions.count("web", true)).isEqualTo(1);
    assertThat(questions.count("web", false)).isEqualTo(1);
    assertThat(questions.count("telegram", true)).isEqualTo(1);
    assertThat(questions.count("console", true)).isZero();
    assertThat(row(topic.logId())).startsWith("telegram", runtime.userHash(2), "/stats");
  }

  @Test
  void everyQuestionQueuedBeforeCloseIsWrittenWithItsOwnIdInOrder() throws Exception {
    List<Asked> all = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      all.add(questions.ask(Asker.anonymous("jsonl"), Question.of("question " + i)));
    }
    questions.close();

    assertThat(count()).isEqualTo(500);
    long previous = 0;
    for (int i = 0; i < all.size(); i++) {
      long id = all.get(i).logId();
      assertThat(id).isGreaterThan(previous);
      assertThat(row(id).get(2)).isEqualTo("question " + i);
      previous = id;
    }
    assertThat(questions.dropped()).isZero();
  }

  @Test
  void whenTheLogCannotBeWrittenTheAnswerStillComesAndItsIdIsZero() {
    db.close();
    Asked asked = questions.ask(Asker.anonymous("cli"), Question.of("hello"));

    assertThat(asked.answer().text()).isEqualTo("echo: hello");
    assertThat(asked.logId()).isZero();
  }

  @Test
  void aQuestionAskedAfterCloseIsAnsweredAndCountedAsDropped() {
    questions.close();
    Asked asked = questions.ask(Asker.anonymous("cli"), Question.of("hello"));

    assertThat(asked.answer().answered()).isTrue();
    assertThat(asked.logId()).isZero();
    assertThat(questions.dropped()).isEqualTo(1);
  }

  private List<String> row(long id) {
    return db.withConnection(c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT channel, user_hash, question, intent, answered FROM question_log WHERE id = ?")) {
        ps.setLong(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          List<String> out = new ArrayList<>();
          if (rs.next()) {
            for (int i = 1; i <= 5; i++) {
              out.add(rs.getString(i));
            }
          }
          return out;
        }
      }
    });
  }

  private long count() {
    return db.withConnection(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM question_log");
          ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : -1L;
      }
    });
  }

  /** Answers "echo: text"; anything containing "unknown" is not answered. */
  private static final class Echo implements AnswerEngine {
    @Override
    public Answer answer(Question q) {
      return Answer.of("echo: " + q.text(), !q.text().contains("unknown"), "echo", List.of(), Lang.VI);
    }

    @Override
    public Answer topic(Topic topic, Lang lang) {
      return Answer.of("topic " + topic, true, "topic", List.of(), lang);
    }

    @Override
    public Answer zoneCard(String zoneId, Lang lang) {
      return Answer.of("zone " + zoneId, true, "zone", List.of(), lang);
    }

    @Override
    public Answer search(String text, Lang lang) {
      return Answer.of("found " + text, true, "search", List.of(), lang);
    }

    @Override
    public List<ZoneLabel> zones(Lang lang) {
      return List.of();
    }

    @Override
    public Lang detectLanguage(String text) {
      return Lang.VI;
    }

    @Override
    public long datasetVersion() {
      return 1;
    }

    @Override
    public int documents() {
      return 0;
    }
  }
}
