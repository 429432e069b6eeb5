package vn.thuduc.coordbot.answer.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.thuduc.coordbot.data.DataException;
import vn.thuduc.coordbot.data.Dataset;
import vn.thuduc.coordbot.data.DatasetLoader;

/** Every phrase of {@code query/topics.tsv} and of the dataset's people and points is matched as what it is. */
class TopicLexiconTest {
  private static final Dataset DATASET = load();
  private static final TopicLexicon LEX = new TopicLexicon(DATASET);

  private static Dataset load() {
    try {
      return new DatasetLoader().load(Path.of("config", "data")).dataset();
    } catch (DataException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  static Stream<TopicLexicon.Entry> phrases() {
    return TopicLexicon.phrases().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("phrases")
  void eachPhraseOfTheFileIsMatchedAsItsCue(TopicLexicon.Entry e) {
    assertThat(e.words()).isNotEmpty();
    assertThat(LEX.match(e.words()))
        .contains(new TopicLexicon.Hit(e.cue(), e.arg(), 0, e.words().size()));
  }

  @Test
  void peopleAreFoundByTheirFullNameTheirLastTwoWordsAndAnHonorific() {
    for (String name : new String[] {"nguyen phuoc hung", "phuoc hung", "ong hung", "dong chi hung", "mr hung"}) {
      assertThat(LEX.match(java.util.List.of(name.split(" ")))).as(name)
          .contains(new TopicLexicon.Hit(TopicLexicon.Cue.PERSON, "nguyen-phuoc-hung", 0, name.split(" ").length));
    }
  }

  @Test
  void theKeywordsOfTheSpeechPointsComeFromTheDataset() {
    assertThat(LEX.match(java.util.List.of("viec", "lam")))
        .contains(new TopicLexicon.Hit(TopicLexicon.Cue.POINT, "speech-business-jobs", 0, 2));
    assertThat(LEX.match(java.util.List.of("dinh", "cong")))
        .contains(new TopicLexicon.Hit(TopicLexicon.Cue.POINT, "speech-strikes", 0, 2));
  }

  @Test
  void everyWordOfTheLexiconIsKnownToTheTaggerSoItIsNeverCorrectedIntoAZoneName() {
    assertThat(LEX.words()).contains("giai", "doan", "luat", "su", "hung");
  }
}
