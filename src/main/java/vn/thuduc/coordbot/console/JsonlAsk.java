package vn.thuduc.coordbot.console;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import vn.thuduc.coordbot.answer.Answer;
import vn.thuduc.coordbot.answer.Question;
import vn.thuduc.coordbot.questions.AskFields;
import vn.thuduc.coordbot.questions.Asked;
import vn.thuduc.coordbot.questions.Asker;
import vn.thuduc.coordbot.questions.Questions;

/**
 * {@code ask --jsonl}: one question a line in, one JSON object a line out, with the fields
 * question, answered, answer, intent, sources, millis (the in-process answering time), query and
 * conversation. A line that is a JSON object {@code {"question": ..., "conversation": ...}} is
 * answered inside that conversation; any other line is a question standing alone. Lines end at LF or
 * CRLF only: a bare CR is part of the question. A line that cannot be a question (broken JSON, bytes
 * that are not UTF-8) gets one line with {@code error} saying why, and the next lines are answered.
 */
public final class JsonlAsk {
  private static final Asker ASKER = Asker.anonymous("jsonl");
  /**
   * What a byte sequence that is not UTF-8 decodes to: U+FFFF, a noncharacter that text does not carry,
   * so a line with one is told apart from a line that holds U+FFFD itself.
   */
  private static final String NOT_UTF8 = "\uFFFF";

  /**
   * jackson-core's streaming reader and writer: the lines are flat, and Jackson's object mapping
   * cost a one-question {@code ask} more than answering it. Strict as {@code StrictJson}: a key twice
   * is an error, and so is anything after the object.
   */
  private static final JsonFactory JSON = JsonFactory.builder()
      .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private final Questions questions;

  public JsonlAsk(Questions questions) {
    this.questions = questions;
  }

  /** Answers every line of {@code in} (UTF-8 bytes); returns the number of lines answered. */
  public int run(InputStream in, PrintWriter out) throws IOException {
    return run(in, out, () -> { });
  }

  /** As {@link #run(InputStream, PrintWriter)}, running {@code firstWritten} once the first answer is out. */
  public int run(InputStream in, PrintWriter out, Runnable firstWritten) throws IOException {
    return run(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)
        .replaceWith(NOT_UTF8)), out, firstWritten);
  }

  /** Answers every line of {@code in}, running {@code firstWritten} once the first answer is out. */
  private int run(Reader in, PrintWriter out, Runnable firstWritten) throws IOException {
    int n = 0;
    LfLines lines = new LfLines(in);
    for (String line; (line = lines.next()) != null; ) {
      // a byte order mark (Windows editors write one) starts the stream, not the first question
      out.println(answerLine(n == 0 && line.startsWith("\uFEFF") ? line.substring(1) : line));
      out.flush();
      if (n++ == 0) {
        firstWritten.run();
      }
    }
    return n;
  }

  String answerLine(String line) {
    if (line.indexOf(NOT_UTF8.charAt(0)) >= 0) {
      return error(line.replace(NOT_UTF8.charAt(0), '\uFFFD'), "not valid UTF-8");
    }
    String question = line;
    Optional<String> conversation = Optional.empty();
    if (line.strip().startsWith("{")) {
      Request r;
      try {
        r = request(line.strip());
      } catch (BadLine e) {
        return error(line, e.getMessage());
      }
      question = r.question();
      conversation = r.conversation();
    }
    Question q = Question.of(question);
    // not Optional.map(lambda): every ask passes here, and a lambda is a class made at its first use
    Asked asked = questions.ask(ASKER, conversation.isPresent() ? q.inConversation("jsonl:" + conversation.get()) : q);
    Answer a = asked.answer();
    double millis = asked.millis();
    return line(question, a.answered(), a.text(), a.intent(), a.sources(), millis,
        a.query(), conversation, Optional.empty());
  }

  /**
   * Reads and writes a line once, so that jackson-core is loaded and set up: {@code ask} calls it on a
   * thread of its own while the main thread opens the bot (the dataset's store reads with it too).
   */
  public static void warmUp() {
    try {
      request("{\"question\": \"\"}");
    } catch (BadLine e) {
      throw new IllegalStateException("a question object is a good line", e);
    }
    line("", true, "", "", List.of(""), 0.5, Optional.of(""), Optional.of(""), Optional.empty());
  }

  /** One output line: the contract's fields in order, and {@code error} for a bad input line. */
  private static String line(String question, boolean answered, String answer, String intent, List<String> sources,
      double millis, Optional<String> query, Optional<String> conversation, Optional<String> error) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(w)) {
      g.writeStartObject();
      AskFields.write(g, question, answered, answer, intent, sources, millis, query.orElse(null),
          conversation.orElse(null));
      if (error.isPresent()) {
        g.writeStringField("error", error.get());
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("a line of strings always writes", e);
    }
    return w.toString();
  }

  /** A JSON line's question and conversation. */
  private record Request(String question, Optional<String> conversation) {}

  /** Why a line that starts as JSON is not a question object. */
  private static final class BadLine extends Exception {
    private static final long serialVersionUID = 1L;

    BadLine(String why) {
      super(why, null, false, false);
    }
  }

  /**
   * A line that starts with {@code {} is JSON: one object, nothing after it, {@code question} a
   * string and {@code conversation} a string or null. Anything else is a bad line, not a question.
   */
  private static Request request(String line) throws BadLine {
    JsonToken question = null;
    String questionText = null;
    JsonToken conversation = null;
    String conversationText = null;
    try (JsonParser p = JSON.createParser(line)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new BadLine("not a JSON object");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (name.equals("question")) {
          question = value;
          questionText = value == JsonToken.VALUE_STRING ? p.getText() : null;
        } else if (name.equals("conversation")) {
          conversation = value;
          conversationText = value == JsonToken.VALUE_STRING ? p.getText() : null;
        }
        p.skipChildren();
      }
      if (p.nextToken() != null) {
        throw new BadLine("not valid JSON (a value after the object)");
      }
    } catch (JsonProcessingException e) {
      throw new BadLine("not valid JSON (" + e.getOriginalMessage() + ")");
    } catch (IOException e) {
      throw new UncheckedIOException("reading a string cannot fail", e);
    }
    if (question != JsonToken.VALUE_STRING) {
      throw new BadLine("\"question\" must be a string");
    }

    if (conversation != null && conversation != JsonToken.VALUE_NULL && conversation != JsonToken.VALUE_STRING) {
      throw new BadLine("\"conversation\" must be a string or null");
    }
    return new Request(questionText, conversationText == null || conversationText.isBlank() ? Optional.empty()
        : Optional.of(conversationText));
  }

  /** The answer line for a bad input line: the usual fields, not answered, and {@code error} saying why. */
  private static String error(String line, String why) {
    return line(line, false, "bad input line: " + why, "error", List.of(), 0.0, Optional.empty(), Optional.empty(),
        Optional.of(why));
  }

  /** Splits a stream at LF (a CR right before it is dropped); a bare CR stays in the line. */
  static final class LfLines {
    private final Reader in;
    private final char[] buf = new char[8192];
    private int pos;
    private int len;

    LfLines(Reader in) {
      this.in = in;
    }

    String next() throws IOException {
      StringBuilder sb = null;
      while (true) {
        if (pos == len) {
          len = in.read(buf, 0, buf.length);
          pos = 0;
          if (len <= 0) {
            len = 0;
            return sb == null || sb.length() == 0 ? null : sb.toString();
          }
        }
        if (sb == null) {
          sb = new StringBuilder();
        }
        int start = pos;
        while (pos < len && buf[pos] != '\n') {
          pos++;
        }
        sb.append(buf, start, pos - start);
        if (pos < len) {
          pos++;
          int l = sb.length();
          if (l > 0 && sb.charAt(l - 1) == '\r') {
            sb.setLength(l - 1);
          }
          return sb.toString();
        }
      }
    }
  }
}
