package vn.thuduc.coordbot.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.util.Optional;
import vn.thuduc.coordbot.answer.Answer;
import vn.thuduc.coordbot.answer.Question;
import vn.thuduc.coordbot.questions.Asked;
import vn.thuduc.coordbot.questions.Asker;
import vn.thuduc.coordbot.questions.Questions;
import vn.thuduc.coordbot.text.StrictJson;

/**
 * {@code ask --jsonl}: one question a line in, one JSON object a line out, with the fields
 * question, answered, answer, intent, sources, millis (the in-process answering time), query and
 * conversation. A line that is a JSON object {@code {"question": ..., "conversation": ...}} is
 * answered inside that conversation; any other line is a question standing alone. Lines end at LF or
 * CRLF only: a bare CR is part of the question.
 */
public final class JsonlAsk {
  private static final Asker ASKER = Asker.anonymous("jsonl");

  private final Questions questions;
  private final ObjectMapper json = new ObjectMapper();

  public JsonlAsk(Questions questions) {
    this.questions = questions;
  }

  /** Answers every line of {@code in}; returns the number of lines answered. */
  public int run(Reader in, PrintWriter out) throws IOException {
    int n = 0;
    LfLines lines = new LfLines(in);
    for (String line; (line = lines.next()) != null; ) {
      out.println(answerLine(line));
      out.flush();
      n++;
    }
    return n;
  }

  String answerLine(String line) throws JsonProcessingException {
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
    Asked asked = questions.ask(ASKER, conversation.map(id -> q.inConversation("jsonl:" + id)).orElse(q));
    Answer a = asked.answer();
    double millis = asked.millis();
    ObjectNode o = json.createObjectNode();
    o.put("question", question);
    o.put("answered", a.answered());
    o.put("answer", a.text());
    o.put("intent", a.intent());
    o.putArray("sources").addAll(a.sources().stream().map(o::textNode).toList());
    o.put("millis", Math.round(millis * 1000) / 1000.0);
    if (a.query().isPresent()) {
      o.put("query", a.query().get());
    } else {
      o.putNull("query");
    }
    if (conversation.isPresent()) {
      o.put("conversation", conversation.get());
    } else {
      o.putNull("conversation");
    }
    return json.writeValueAsString(o);
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
  private Request request(String line) throws BadLine {
    JsonNode n;
    try {
      n = StrictJson.READER.readTree(line);
    } catch (JsonProcessingException e) {
      throw new BadLine("not valid JSON (" + e.getOriginalMessage() + ")");
    }
    if (n == null || !n.isObject()) {
      throw new BadLine("not a JSON object");
    }
    JsonNode q = n.get("question");
    if (q == null || !q.isTextual()) {
      throw new BadLine("\"question\" must be a string");
    }
    JsonNode c = n.get("conversation");
    if (c != null && !c.isNull() && !c.isTextual()) {
      throw new BadLine("\"conversation\" must be a string or null");
    }
    return new Request(q.asText(), c == null || c.isNull() || c.asText().isBlank() ? Optional.empty()
        : Optional.of(c.asText()));
  }

  /** The answer line for a bad input line: the usual fields, not answered, and {@code error} saying why. */
  private String error(String line, String why) throws JsonProcessingException {
    ObjectNode o = json.createObjectNode();
    o.put("question", line);
    o.put("answered", false);
    o.put("answer", "bad input line: " + why);
    o.put("intent", "error");
    o.putArray("sources");
    o.put("millis", 0.0);
    o.putNull("query");
    o.putNull("conversation");
    o.put("error", why);
    return json.writeValueAsString(o);
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
