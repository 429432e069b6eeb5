package vn.thuduc.coordbot.answer.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.thuduc.coordbot.data.Dataset;
import vn.thuduc.coordbot.data.DataException;
import vn.thuduc.coordbot.data.DatasetLoader;
import vn.thuduc.coordbot.text.Abbreviations;
import vn.thuduc.coordbot.text.Fold;
import vn.thuduc.coordbot.text.LexiconFile;
import vn.thuduc.coordbot.text.Stopwords;

/** Every entry of the lexicon's files, read alone, means what its line says. */
class LexiconFilesTest {
  private static final Tagger TAGGER = new Tagger(new Lexicon(dataset(), Set.of()));

  private static Dataset dataset() {
    try {
      return new DatasetLoader().load(Path.of("config", "data")).dataset();
    } catch (DataException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  static Stream<Arguments> phrases() {
    List<Arguments> out = new ArrayList<>();
    for (LexiconFile.Line l : LexiconFile.lines(Lexicon.PHRASES_FILE)) {
      String[] parts = l.text().split("\t");
      for (String p : parts[2].split("\\|")) {
        out.add(Arguments.of(l.file() + ":" + l.number() + " " + p, Tag.Kind.valueOf(parts[0]), parts[1], p));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("phrases")
  void eachPhraseAloneIsTaggedAsItsLineSays(String where, Tag.Kind kind, String arg, String phrase) {
    Tagger.Tagged t = TAGGER.tag(phrase);
    List<Tag> tags = t.tags();
    // a phrase may be read as a longer one of the same meaning, never as another meaning or as words the data lacks
    assertThat(tags).as(where + " -> " + t.words() + " " + tags).isNotEmpty();
    boolean covered = tags.stream().anyMatch(x -> x.from() == 0 && x.to() == t.words().size());
    if (kind == Tag.Kind.FILLER || !covered) {
      assertThat(tags).as(where + " -> " + tags).noneMatch(x -> x.is(Tag.Kind.UNKNOWN_ZONE));
      return;
    }
    Tag whole = tags.stream().filter(x -> x.from() == 0 && x.to() == t.words().size()).findFirst().orElseThrow();
    assertThat(whole.kind()).as(where + " -> " + tags).isIn(kind, equivalent(kind));
    if (whole.kind() == kind && !arg.equals("-") && kind != Tag.Kind.NUMBER) {
      assertThat(whole.arg()).as(where).isEqualTo(arg);
    }
  }

  /** Tags the tagger turns one kind into by its rules (superlatives, a kind after "how many"). */
  private static Tag.Kind equivalent(Tag.Kind k) {
    return switch (k) {
      case KIND -> Tag.Kind.ZONE;
      case MAX, MIN -> Tag.Kind.FILLER;
      default -> k;
    };
  }

  static Stream<Arguments> places() {
    return LexiconFile.lines(Lexicon.PLACES_FILE).stream()
        .map(l -> Arguments.of(l.file() + ":" + l.number(), l.text()));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("places")
  void eachPlaceTheDataLacksIsNotFound(String where, String place) {
    Tagger.Tagged t = TAGGER.tag("KCN " + place + " có bao nhiêu lao động");
    assertThat(t.tags()).as(where + " " + t.tags()).anyMatch(x -> x.is(Tag.Kind.UNKNOWN_ZONE));
    assertThat(t.tags()).as(where).noneMatch(x -> x.is(Tag.Kind.ZONE));
  }

  static Stream<Arguments> shorthand() {
    return LexiconFile.lines(Abbreviations.FILE).stream()
        .map(l -> Arguments.of(l.file() + ":" + l.number(), l.text().split("\t")[0], l.text().split("\t")[1]));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("shorthand")
  void eachShorthandStandsForItsWords(String where, String abbr, String words) {
    assertThat(Abbreviations.expand(abbr)).as(where).isEqualTo(Fold.words(words));
  }

  static Stream<Arguments> stopwords() {
    return LexiconFile.lines(Stopwords.FILE).stream()
        .flatMap(l -> Stream.of(l.text().trim().split(" +")).map(w -> Arguments.of(l.file() + ":" + l.number(), w)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("stopwords")
  void eachStopWordIsAFoldedWordThatMakesNoQuestionUnanswerable(String where, String w) {
    assertThat(Stopwords.contains(w)).as(where).isTrue();
    assertThat(Fold.words(w)).as(where).containsExactly(w);
  }
}
