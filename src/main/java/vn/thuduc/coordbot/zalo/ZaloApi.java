package vn.thuduc.coordbot.zalo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The Zalo OA API on the wire ({@code java.net.http} and Jackson): send a message, upload an image,
 * refresh the access token. Each call is one HTTP exchange with a deadline; failures come back as a
 * {@link ZaloException} of the kind that says what to do (retries are the {@link ZaloSender}'s).
 * Tokens and secrets go in headers and forms only, never in a message or a log.
 */
public final class ZaloApi {
  private final URI api;
  private final URI oauth;
  private final HttpClient http;
  private final ObjectMapper json;
  private final Duration timeout;

  public ZaloApi(URI api, URI oauth, HttpClient http, ObjectMapper json, Duration timeout) {
    this.api = api;
    this.oauth = oauth;
    this.http = http;
    this.json = json;
    this.timeout = timeout;
  }

  /** A new access token and the refresh token that replaces the one just spent. */
  public record Refreshed(String accessToken, String refreshToken, long expiresInSeconds) {
    @Override
    public String toString() {
      return "Refreshed{expiresIn=" + expiresInSeconds + "s}";
    }
  }

  /** {@code POST /v3.0/oa/message/cs}: a customer-service message; the answer's {@code data}. */
  public JsonNode send(String accessToken, JsonNode body) throws ZaloException {
    HttpRequest r = HttpRequest.newBuilder(at(api, "/v3.0/oa/message/cs")).timeout(timeout)
        .header("access_token", accessToken).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(bytes(body))).build();
    return checked(exchange(r)).path("data");
  }

  /** {@code POST /v2.0/oa/upload/image}: a PNG for a later message; its {@code attachment_id}. */
  public String upload(String accessToken, byte[] png, String fileName) throws ZaloException {
    String boundary = "zalo" + Long.toHexString(ThreadLocalRandom.current().nextLong());
    ByteArrayOutputStream b = new ByteArrayOutputStream(png.length + 256);
    b.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
        + "\"\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    b.writeBytes(png);
    b.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest r = HttpRequest.newBuilder(at(api, "/v2.0/oa/upload/image")).timeout(timeout)
        .header("access_token", accessToken).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(b.toByteArray())).build();
    String id = checked(exchange(r)).path("data").path("attachment_id").asText("");
    if (id.isEmpty()) {
      throw new ZaloException(ZaloException.Kind.OTHER, "no_attachment", "the upload answer has no attachment_id");
    }
    return id;
  }

  /**
   * {@code POST /v4/oa/access_token} with the refresh token (spent by this call, whatever its answer).
   * A refusal is {@link ZaloException.Kind#INVALID_GRANT}; a server error or timeout is worth a retry.
   */
  public Refreshed refresh(String appId, String appSecret, String refreshToken) throws ZaloException {
    String form = "app_id=" + enc(appId) + "&grant_type=refresh_token&refresh_token=" + enc(refreshToken);
    HttpRequest r = HttpRequest.newBuilder(at(oauth, "/v4/oa/access_token")).timeout(timeout)
        .header("secret_key", appSecret).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    HttpResponse<byte[]> res = send(r);
    if (res.statusCode() >= 500 || res.statusCode() == 429) {
      throw new ZaloException(ZaloException.Kind.RETRY, "http_" + res.statusCode(), "token refresh: HTTP "
          + res.statusCode());
    }
    JsonNode a = parse(res);
    String access = a.path("access_token").asText("");
    String refresh = a.path("refresh_token").asText("");
    if (access.isEmpty() || refresh.isEmpty()) {
      // what Zalo says about it (its code and name), never the tokens
      String why = a.path("error_name").asText(a.path("error").asText("no tokens in the answer"));
      throw new ZaloException(ZaloException.Kind.INVALID_GRANT, "invalid_grant", "token refresh refused: "
          + why + (a.has("error") ? " (" + a.path("error").asText() + ")" : ""));
    }
    long expires = a.path("expires_in").asLong(0);
    return new Refreshed(access, refresh, expires > 0 ? expires : 3600);
  }

  private HttpResponse<byte[]> exchange(HttpRequest r) throws ZaloException {
    HttpResponse<byte[]> res = send(r);
    if (res.statusCode() >= 500 || res.statusCode() == 429) {
      throw new ZaloException(ZaloException.Kind.RETRY, "http_" + res.statusCode(), "HTTP " + res.statusCode());
    }
    if (res.statusCode() != 200) {
      throw new ZaloException(ZaloException.Kind.OTHER, "http_" + res.statusCode(), "HTTP " + res.statusCode());
    }
    return res;
  }

  private HttpResponse<byte[]> send(HttpRequest r) throws ZaloException {
    try {
      return http.send(r, HttpResponse.BodyHandlers.ofByteArray());
    } catch (HttpTimeoutException e) {
      throw new ZaloException(ZaloException.Kind.RETRY, "timeout", "no answer within " + timeout.toMillis() + " ms");
    } catch (IOException e) {
      throw new ZaloException(ZaloException.Kind.RETRY, "io", e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ZaloException(ZaloException.Kind.OTHER, "interrupted", "interrupted");
    }
  }

  /** The answer's JSON when its {@code error} is 0 (or absent); else the error by its code. */
  private JsonNode checked(HttpResponse<byte[]> res) throws ZaloException {
    JsonNode a = parse(res);
    int error = a.path("error").asInt(0);
    if (error != 0) {
      throw new ZaloException(ZaloException.ofCode(error), Integer.toString(error), "Zalo error " + error + ": "
          + a.path("message").asText(""));
    }
    return a;
  }

  private JsonNode parse(HttpResponse<byte[]> res) throws ZaloException {
    try {
      JsonNode a = json.readTree(res.body());
      if (a == null || !a.isObject()) {
        throw new ZaloException(ZaloException.Kind.RETRY, "bad_answer", "the answer is not a JSON object");
      }
      return a;
    } catch (IOException e) {
      throw new ZaloException(ZaloException.Kind.RETRY, "bad_answer", "the answer is not JSON");
    }
  }

  private byte[] bytes(JsonNode body) throws ZaloException {
    try {
      return json.writeValueAsBytes(body);
    } catch (IOException e) {
      throw new ZaloException(ZaloException.Kind.OTHER, "bad_request", "cannot write the request");
    }
  }

  /** {@code path} under the base URL, keeping any path the base has (a proxy's prefix). */
  private static URI at(URI base, String path) {
    return URI.create(base.toString() + path);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
