package vn.thuduc.coordbot.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import vn.thuduc.coordbot.lang.Lang;
import vn.thuduc.coordbot.metrics.Metrics;
import vn.thuduc.coordbot.text.StrictJson;

/**
 * What every web handler reads from a request and writes to a response: the page's language, the
 * client's address, a JSON body within the size limit, and JSON, error and HTML responses written
 * whole.
 */
final class Http {
  static final int MAX_BODY = 16 * 1024;
  static final String LANG_COOKIE = "cb_lang";

  private Http() {}

  /** The page's language: {@code ?lang=}, else the cookie the switch set, else Vietnamese. */
  static Lang pageLang(Context ctx) {
    String q = ctx.queryParam("lang");
    if (q != null && Lang.fromCode(q).isPresent()) {
      return Lang.fromCode(q).get();
    }
    return Lang.fromCode(ctx.cookie(LANG_COOKIE)).orElse(Lang.VI);
  }

  /** The client's address: see {@link Clients}. */
  static String clientAddress(Context ctx) {
    return Clients.address(ctx);
  }

  /** True when the body is an HTML form's (the page without JavaScript posts one). */
  static boolean isForm(Context ctx) {
    String type = ctx.contentType();
    return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded");
  }

  /**
   * The request body as a JSON object, read up to {@link #MAX_BODY} bytes; on a bad body the error
   * (413 too large, 400 not JSON) is already sent and the result is empty.
   */
  static Optional<JsonNode> jsonBody(Context ctx, ObjectMapper json, WebText text, Metrics metrics, Lang lang) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > MAX_BODY) {
      metrics.rejected("web", "too_large");
      error(ctx, json, 413, "too_large", text.get(lang, "error.too_large"));
      return Optional.empty();
    }
    byte[] body;
    try (InputStream in = ctx.req().getInputStream()) {
      // BodyGate has read the body into memory (within the size and time limits): this never waits
      body = in.readNBytes(MAX_BODY + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (body.length > MAX_BODY) {
      metrics.rejected("web", "too_large");
      error(ctx, json, 413, "too_large", text.get(lang, "error.too_large"));
      return Optional.empty();
    }
    try {
      JsonNode n = StrictJson.READER.readTree(body);
      if (n != null && n.isObject()) {
        return Optional.of(n);
      }
    } catch (IOException e) {
      // falls through to the 400 below; the body itself is never logged
    }
    metrics.rejected("web", "bad_json");
    error(ctx, json, 400, "bad_json", text.get(lang, "error.bad_json"));
    return Optional.empty();
  }

  static void error(Context ctx, ObjectMapper json, int status, String code, String message) {
    ObjectNode o = json.createObjectNode();
    o.put("error", code);
    o.put("message", message);
    json(ctx, json, status, o);
  }

  static void json(Context ctx, ObjectMapper json, int status, Object body) {
    try {
      ctx.status(status);
      ctx.header("Cache-Control", "no-store");
      ctx.contentType("application/json; charset=utf-8");
      send(ctx, json.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  /**
   * Writes a whole body straight to the response (headers must be set before): Javalin's
   * {@code result(bytes)} copies it through a fresh stream and buffer, the largest allocation of a
   * request. The response completes when its length is written.
   */
  private static void send(Context ctx, byte[] body) {
    try {
      ctx.res().setContentLength(body.length);
      ctx.res().getOutputStream().write(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // the client went away
    }
  }

  static void html(Context ctx, String page) {
    ctx.header("Cache-Control", "no-store");
    ctx.contentType("text/html; charset=utf-8");
    send(ctx, page.getBytes(StandardCharsets.UTF_8));
  }
}
