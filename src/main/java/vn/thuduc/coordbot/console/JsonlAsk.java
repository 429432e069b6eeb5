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
    Optional<JsonNode> obj = asObject(line);
    if (obj.isPresent()) {
      JsonNode q = obj.get().get("question");
      JsonNode c = obj.get().get("conversation");
      question = q == null || q.isNull() ? "" : q.asText();
      if (c != null && !c.isNull() && !c.asText().isBlank()) {
        conversation = Optional.of(c.asText());
      }
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

  /** A line that is a JSON object with a "question" field; anything else is plain text. */
  private Optional<JsonNode> asObject(String line) {
    String t = line.strip();
    if (!t.startsWith("{") || !t.endsWith("}")) {
      return Optional.empty();
    }
    try {
      JsonNode n = json.readTree(t);
      return n != null && n.isObject() && n.has("question") ? Optional.of(n) : Optional.empty();
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
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
