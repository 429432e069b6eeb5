package vn.thuduc.coordbot.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import vn.thuduc.coordbot.answer.Answer;
import vn.thuduc.coordbot.answer.AnswerEngine;
import vn.thuduc.coordbot.answer.Question;
import vn.thuduc.coordbot.store.RuntimeStore;

/**
 * {@code ask --jsonl}: one question a line in, one JSON object a line out, with the fields
 * question, answered, answer, intent, sources and millis (the in-process answering time).
 */
public final class JsonlAsk {
  private final AnswerEngine engine;
  private final RuntimeStore runtime;
  private final ObjectMapper json = new ObjectMapper();

  public JsonlAsk(AnswerEngine engine, RuntimeStore runtime) {
    this.engine = engine;
    this.runtime = runtime;
  }

  /** Answers every line of {@code in}; returns the number of lines answered. */
  public int run(BufferedReader in, PrintWriter out) throws IOException {
    int n = 0;
    for (String line; (line = in.readLine()) != null; ) {
      out.println(answerLine(line));
      out.flush();
      n++;
    }
    return n;
  }

  String answerLine(String question) throws JsonProcessingException {
    long t0 = System.nanoTime();
    Answer a = engine.answer(Question.of(question));
    double millis = (System.nanoTime() - t0) / 1e6;
    runtime.logQuestion("jsonl", 0, question, a.intent(), a.answered(), millis);
    ObjectNode o = json.createObjectNode();
    o.put("question", question);
    o.put("answered", a.answered());
    o.put("answer", a.text());
    o.put("intent", a.intent());
    o.putArray("sources").addAll(a.sources().stream().map(o::textNode).toList());
    o.put("millis", Math.round(millis * 1000) / 1000.0);
    return json.writeValueAsString(o);
  }
}
