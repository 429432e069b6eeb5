package vn.thuduc.coordbot.questions;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;

/**
 * The fields of an answered question as the {@code ask --jsonl} contract gives them, in its order
 * ({@code question, answered, answer, intent, sources, millis, query, conversation}): written once for
 * the JSONL lines and the web's {@code /api/ask}, which adds its own fields after them.
 */
public final class AskFields {
  private AskFields() {}

  /** Writes the contract's fields into the open object of {@code g}; {@code millis} rounded to microseconds. */
  public static void write(JsonGenerator g, String question, boolean answered, String answer, String intent,
      List<String> sources, double millis, String query, String conversation) throws IOException {
    g.writeStringField("question", question);
    g.writeBooleanField("answered", answered);
    g.writeStringField("answer", answer);
    g.writeStringField("intent", intent);
    g.writeArrayFieldStart("sources");
    for (String s : sources) {
      g.writeString(s);
    }
    g.writeEndArray();
    g.writeNumberField("millis", Math.round(millis * 1000) / 1000.0);
    g.writeStringField("query", query);
    g.writeStringField("conversation", conversation);
  }
}
