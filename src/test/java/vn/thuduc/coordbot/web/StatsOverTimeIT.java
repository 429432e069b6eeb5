package vn.thuduc.coordbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thuduc.coordbot.TestDatasets;
import vn.thuduc.coordbot.app.Coordbot;
import vn.thuduc.coordbot.config.Settings;
import vn.thuduc.coordbot.metrics.Metrics;

/**
 * {@code /api/stats}, the dashboard and the charts over a copy of the real dataset with a partial second
 * snapshot (KCX Linh Trung alone on 2025-01-01, 35 enterprises and 40,100 workers, as README tells admins to
 * add one): each zone's latest with its date, totals at one date, {@code ?asof=} 404/400 (DESIGN.md).
 */
class StatsOverTimeIT {
  @TempDir
  static Path dir;
  static Coordbot app;
  static Metrics metrics;
  static WebChannel web;
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() throws Exception {
    Path data = TestDatasets.copyInto(dir);
    Files.writeString(data.resolve("zone_stats.csv"), "linh-trung-1,2025-01-01,35,40100,thanhuy-2024-03-08\n",
        StandardOpenOption.APPEND);
    app = Coordbot.open(Settings.of(Map.of(Settings.ENV_INDEX_DIR, dir.resolve("index").toString(),
        Settings.ENV_DATA_DIR, data.toString())), Clock.systemUTC());
    metrics = new Metrics();
    web = WebChannel.start(app, metrics, "127.0.0.1", 0, 8);
  }

  @AfterAll
  static void stop() {
    web.close();
    metrics.close();
    app.close();
  }

  static HttpResponse<byte[]> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + path)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  static JsonNode json(HttpResponse<byte[]> r) throws Exception {
    return JSON.readTree(new String(r.body(), StandardCharsets.UTF_8));
  }

  @Test
  void withoutAsofEachZoneHasItsLatestRowAndTheTotalIsOfOneDate() throws Exception {
    HttpResponse<byte[]> r = get("/api/stats");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode s = json(r);
    assertThat(s.get("same_date").asBoolean()).isFalse();
    List<String> dates = new ArrayList<>();
    s.get("dates").forEach(d -> dates.add(d.asText()));
    assertThat(dates).containsExactly("2025-01-01", "2024-03-08");
    JsonNode lt1 = null;
    for (JsonNode z : s.get("zones")) {
      if (z.get("id").asText().equals("linh-trung-1")) {
        lt1 = z;
      } else {
        assertThat(z.get("as_of").asText()).isEqualTo("2024-03-08");
      }
      assertThat(z.get("worker_share_of_zones_pct").isNull()).as("no share across two dates").isTrue();
    }
    assertThat(s.get("zones")).hasSize(5);
    assertThat(lt1.get("workers").asLong()).isEqualTo(40_100);
    assertThat(lt1.get("as_of").asText()).isEqualTo("2025-01-01");
    assertThat(s.get("total").get("as_of").asText()).isEqualTo("2024-03-08");
    assertThat(s.get("total").get("workers").asLong()).isEqualTo(126_694);
    assertThat(s.get("total").get("area").get("worker_share_pct").asDouble()).isEqualTo(51.21);
  }

  @Test
  void atEachDateTheFiguresAreThatDatesAndAPartialDateNamesTheZonesWithout() throws Exception {
    JsonNode first = json(get("/api/stats?asof=2024-03-08"));
    assertThat(first.get("zones")).hasSize(5);
    assertThat(first.get("total").get("workers").asLong()).isEqualTo(126_694);
    assertThat(first.get("zones").get(2).get("worker_share_of_zones_pct").asDouble()).isEqualTo(30.63);
    JsonNode second = json(get("/api/stats?asof=2025-01-01"));
    assertThat(second.get("zones")).hasSize(1);
    assertThat(second.get("zones").get(0).get("workers").asLong()).isEqualTo(40_100);
    assertThat(second.get("zones").get(0).get("worker_share_of_zones_pct").isNull()).as("never 100%").isTrue();
    assertThat(second.get("zones_without_figures")).hasSize(4);
  }

  @Test
  void aDateTheDataLacksIs404NamingTheDatesAndAMalformedOne400() throws Exception {
    HttpResponse<byte[]> missing = get("/api/stats?asof=1999-01-01");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(json(missing).get("error").asText()).isEqualTo("no_such_date");
    assertThat(json(missing).get("message").asText()).contains("2025-01-01").contains("2024-03-08");
    HttpResponse<byte[]> garbage = get("/api/stats?asof=garbage");
    assertThat(garbage.statusCode()).isEqualTo(400);
    assertThat(json(garbage).get("error").asText()).isEqualTo("bad_date");
    assertThat(get("/api/chart.png?asof=1999-01-01").statusCode()).isEqualTo(404);
    assertThat(get("/api/chart.png?asof=2024-3-8").statusCode()).isEqualTo(400);
    HttpResponse<byte[]> page = get("/dashboard?asof=1999-01-01");
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(new String(page.body(), StandardCharsets.UTF_8)).contains("2024-03-08");
  }

  @Test
  void theDashboardOffersEachZonesLatestAndEveryDateAndATimeChart() throws Exception {
    String page = new String(get("/dashboard?lang=vi").body(), StandardCharsets.UTF_8);
    assertThat(page).contains("id=\"asof-select\"").contains("value=\"2025-01-01\"").contains("value=\"2024-03-08\"")
        .contains("Mới nhất của mỗi khu").contains("KCX Linh Trung (01/01/2025)").contains("id=\"time-chart\"");
    HttpResponse<byte[]> time = get("/api/chart.png?lang=vi&series=time");
    assertThat(time.statusCode()).isEqualTo(200);
    assertThat(time.headers().firstValue("Content-Type")).contains("image/png");
    assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(time.body())).getWidth()).isEqualTo(720);
  }

  @Test
  void theTotalQuestionStaysAtOneDateAndNamesTheNewerFigure() throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + "/api/ask"))
        .POST(HttpRequest.BodyPublishers.ofString("{\"question\": \"tổng số lao động 5 khu\"}", StandardCharsets.UTF_8))
        .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    String answer = JSON.readTree(r.body()).get("answer").asText();
    assertThat(answer).contains("126.694").contains("40.100").contains("01/01/2025").doesNotContain("KCX Linh Trung có 40.100");
  }
}
