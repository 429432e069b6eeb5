package vn.thuduc.coordbot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thuduc.coordbot.answer.Answer;
import vn.thuduc.coordbot.app.Coordbot;
import vn.thuduc.coordbot.cli.Launch;
import vn.thuduc.coordbot.identity.Identity;
import vn.thuduc.coordbot.lang.Lang;
import vn.thuduc.coordbot.questions.Asker;

/** The commands every chat channel shares, driven without any channel: what they answer and where. */
class ChatCommandsTest {
  @TempDir Path tmp;

  /** A channel that writes down what it was asked to draw. */
  private static final class Drawn implements Replies<RuntimeException> {
    final List<String> texts = new ArrayList<>();
    final List<Answer> answers = new ArrayList<>();

    @Override
    public void text(Turn turn, String text) {
      texts.add(text);
    }

    @Override
    public void answer(Turn turn, Answer answer, String asked) {
      answers.add(answer);
    }
  }

  @Test
  void followUpsBuildOnThePersonsOwnConversationTopicsAnswerAndLangIsKeptForThatPerson() throws Exception {
    Launch launch = new Launch(Map.of("COORDBOT_INDEX_DIR", tmp.resolve("index").toString(),
        "COORDBOT_DATA_DIR", "config/data"), Path.of("config", "coordbot.properties"), Clock.systemUTC(),
        new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(), new ByteArrayOutputStream());
    try (Coordbot app = launch.open()) {
      Map<Identity, Lang> chosen = new HashMap<>();
      Drawn drawn = new Drawn();
      ChatCommands<RuntimeException> commands = new ChatCommands<>(new ChatCommands.Parts(app.questions(),
          Asker::of, who -> "test:" + who.id(), chosen::put), drawn);
      Identity ann = Identity.zalo("ann");
      Identity bob = Identity.zalo("bob");

      commands.handle(new Turn(ann, Lang.VI, "1"), "KCX Linh Trung 2 có bao nhiêu lao động?");
      commands.handle(new Turn(bob, Lang.VI, "2"), "KCN Cát Lái có bao nhiêu lao động?");
      commands.handle(new Turn(ann, Lang.VI, "3"), "còn số doanh nghiệp?");
      assertThat(drawn.answers.get(2).text()).as("ann's follow-up is about ann's zone").contains("Linh Trung 2");

      commands.handle(new Turn(ann, Lang.VI, "4"), "/zones");
      assertThat(drawn.answers.get(3).text()).contains("KCX Linh Trung");

      commands.handle(new Turn(bob, Lang.VI, "5"), "/lang en");
      assertThat(chosen).containsExactly(Map.entry(bob, Lang.EN));
      assertThat(drawn.texts).last().asString().contains("English");

      commands.handle(new Turn(ann, Lang.VI, "6"), "/new");
      commands.handle(new Turn(ann, Lang.VI, "7"), "/nosuchthing");
      assertThat(drawn.texts).last().asString().contains("/nosuchthing");
    }
  }
}
