package vn.thuduc.coordbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.thuduc.coordbot.TestDatasets;
import vn.thuduc.coordbot.advice.Advisers;
import vn.thuduc.coordbot.advice.Relay;
import vn.thuduc.coordbot.advice.Ticket;
import vn.thuduc.coordbot.app.Coordbot;
import vn.thuduc.coordbot.metrics.Metrics;

/**
 * The pages in a real headless Chromium (Debian's chromium and chromium-driver) at a phone's 360 px:
 * a question and its follow-up, the dashboard sorted by workers and its CSV download, no console
 * errors, no request leaving the server, nothing wider than the screen. Saves a screenshot of each
 * page under src/site/resources/images/ for the README. Skipped when Chromium is not installed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebPagesIT {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SHOTS = Path.of("src", "site", "resources", "images");

  @TempDir
  static Path dir;
  static Coordbot app;
  static Metrics metrics;
  static WebChannel web;
  static ChromeDriver browser;
  static Path downloads;
  static String base;

  @BeforeAll
  static void start() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "Chromium is not installed: apt-get install -y chromium chromium-driver (skipping the browser tests)");
    app = Coordbot.open(TestDatasets.settingsIn(dir), Clock.systemUTC());
    metrics = new Metrics();
    web = WebChannel.start(app, metrics, "127.0.0.1", 0, 16);
    base = "http://127.0.0.1:" + web.port();
    downloads = Files.createDirectories(dir.resolve("downloads"));
    ChromeOptions o = new ChromeOptions();
    o.setBinary(CHROMIUM.toString());
    o.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
        "--window-size=360,800", "--lang=vi", "--no-first-run", "--disable-extensions",
        "--disable-background-networking", "--disable-component-update", "--disable-sync");
    Map<String, Object> prefs = new HashMap<>();
    prefs.put("download.default_directory", downloads.toString());
    prefs.put("download.prompt_for_download", false);
    o.setExperimentalOption("prefs", prefs);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    o.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().build();
    browser = new ChromeDriver(service, o);
    browser.manage().window().setSize(new Dimension(360, 800));
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (web != null) {
      web.close();
      metrics.close();
      app.close();
    }
  }

  private static WebDriverWait waiting() {
    return new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  private static void ask(String text, int answers) {
    WebElement q = browser.findElement(By.id("q"));
    q.sendKeys(text);
    browser.findElement(By.id("send")).click();
    waiting().until(d -> d.findElements(By.cssSelector(".msg.bot .answer")).size() >= answers);
  }

  private static String lastAnswer() {
    List<WebElement> a = browser.findElements(By.cssSelector(".msg.bot .answer"));
    return a.get(a.size() - 1).getText();
  }

  private static void assertCleanPage() {
    JavascriptExecutor js = browser;
    Object outside = js.executeScript("return performance.getEntriesByType('resource').map(e => e.name)"
        + ".filter(n => !n.startsWith(location.origin)).concat("
        + "performance.getEntriesByType('navigation').map(e => e.name).filter(n => !n.startsWith(location.origin)))");
    assertThat((List<?>) outside).as("requests leaving the server").isEmpty();
    Object wide = js.executeScript("var w = document.documentElement.clientWidth; return Array.from("
        + "document.querySelectorAll('body *')).filter(e => { var r = e.getBoundingClientRect();"
        + " return r.right > w + 1; }).map(e => e.tagName + '.' + e.className)");
    assertThat((List<?>) wide).as("elements wider than 360 px").isEmpty();
    assertThat(((Number) js.executeScript("return document.documentElement.scrollWidth")).intValue())
        .isLessThanOrEqualTo(((Number) js.executeScript("return document.documentElement.clientWidth")).intValue());
    List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
    assertThat(errors).as("console errors").isEmpty();
  }

  private static void shot(String name) throws Exception {
    Files.write(SHOTS.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  @Test
  @Order(1)
  void answersATypedQuestionAndItsFollowUpInTheSameSession() throws Exception {
    browser.get(base + "/");
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");
    ask("kcx linh trung bn lao dong", 1);
    assertThat(lastAnswer()).contains("38.807");
    ask("còn Linh Trung 2?", 2);
    assertThat(lastAnswer()).contains("25.312");
    assertThat(browser.findElements(By.cssSelector(".votes button"))).hasSizeGreaterThanOrEqualTo(4);
    // a word beside each emoji: where no emoji font is installed the emoji is an empty box
    assertThat(browser.findElements(By.cssSelector(".votes button.vote-up")).get(0).getText()).contains("Hữu ích");
    assertThat(browser.findElements(By.cssSelector(".votes button.vote-down")).get(0).getText()).contains("Chưa đúng");
    browser.findElements(By.cssSelector(".votes button.vote-up")).get(0).click();
    waiting().until(d -> !d.findElements(By.cssSelector(".votes .thanks")).isEmpty());
    assertCleanPage();
    shot("web-chat.png");
  }

  @Test
  @Order(2)
  void showsAChartInlineAndAnswersASuggestionButton() throws Exception {
    browser.get(base + "/?lang=en");
    browser.findElements(By.cssSelector(".suggestions button.suggestion")).get(0).click();
    waiting().until(d -> d.findElements(By.cssSelector(".msg.bot .answer")).size() >= 1);
    assertThat(lastAnswer()).contains("38,807");
    ask("rank the zones by workers", 2);
    waiting().until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
        "var i = document.querySelector('.answer .chart img'); return !!i && i.complete && i.naturalWidth > 0"));
    assertCleanPage();
  }

  @Test
  @Order(3)
  void sortsTheDashboardByWorkersAndDownloadsTheCsv() throws Exception {
    browser.get(base + "/dashboard?lang=vi");
    // at 360 px the zones are cards: one select sorts them, the column headings (six rows of chips) are gone
    assertThat(browser.findElement(By.cssSelector("#zones thead")).isDisplayed()).isFalse();
    org.openqa.selenium.support.ui.Select sort = new org.openqa.selenium.support.ui.Select(
        browser.findElement(By.id("sort-select")));
    assertThat(browser.findElement(By.id("sort-select")).getSize().getHeight()).isLessThan(60);
    sort.selectByValue("2:descending");
    List<String> shown = browser.findElements(By.cssSelector("#zones tbody tr td:nth-child(3)")).stream()
        .map(WebElement::getText).toList();
    assertThat(shown).containsExactly("53.000", "38.807", "25.312", "8.127", "1.448");
    sort.selectByValue("2:ascending");
    assertThat(browser.findElements(By.cssSelector("#zones tbody tr td:nth-child(3)")).get(0).getText())
        .isEqualTo("1.448");
    sort.selectByValue("2:descending");
    shot("web-dashboard.png");
    // a wide screen shows the columns: their headings sort, and the select (hidden there) follows
    browser.manage().window().setSize(new Dimension(1000, 800));
    try {
      WebElement enterprises = browser.findElements(By.cssSelector("#zones thead th button")).get(1);
      enterprises.click();
      assertThat(browser.findElements(By.cssSelector("#zones tbody tr td:nth-child(2)")).get(0).getText())
          .isEqualTo("162");
      assertThat(sort.getFirstSelectedOption().getAttribute("value")).isEqualTo("1:descending");
    } finally {
      browser.manage().window().setSize(new Dimension(360, 800));
    }
    assertThat(browser.findElement(By.id("source")).getText()).contains("Thanhuytphcm.vn");
    assertThat(browser.findElement(By.id("version")).getText()).contains(Long.toString(app.engine().datasetVersion()));
    waiting().until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
        "var i = document.getElementById('chart'); return i.complete && i.naturalWidth > 0"));
    browser.findElement(By.id("csv")).click();
    waiting().until(d -> {
      try (Stream<Path> files = Files.list(downloads)) {
        return files.anyMatch(f -> f.getFileName().toString().endsWith(".csv"));
      } catch (java.io.IOException e) {
        return false;
      }
    });
    Path csv;
    try (Stream<Path> files = Files.list(downloads)) {
      csv = files.filter(f -> f.getFileName().toString().endsWith(".csv")).findFirst().orElseThrow();
    }
    String text = Files.readString(csv);
    assertThat(text).startsWith("\uFEFF").contains("38807", "126694");
    assertCleanPage();
  }

  @Test
  @Order(4)
  void theEmbeddableFormAnswersToo() throws Exception {
    browser.get(base + "/embed?lang=vi");
    assertThat(browser.findElements(By.cssSelector("header.top"))).isEmpty();
    ask("kcx linh trung bn lao dong", 1);
    assertThat(lastAnswer()).contains("38.807");
    assertCleanPage();
    shot("web-embed.png");
  }

  @Test
  @Order(6)
  void theEmbedKeepsItsConversationAndVotesInsideAnotherSitesFrame() throws Exception {
    // another site (another origin and site: 127.0.0.2) frames the chat; browsers do not send the bot's
    // SameSite=Lax cookie there
    HttpServer other = HttpServer.create(new InetSocketAddress("127.0.0.2", 0), 0);
    other.createContext("/", ex -> {
      byte[] b = ("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><meta name=\"viewport\""
          + " content=\"width=device-width, initial-scale=1\"></head><body style=\"margin:0\"><p>Công đoàn KCX</p>"
          + "<iframe id=\"bot\" src=\"" + base + "/embed?lang=vi\" style=\"width:100%;height:700px;border:0\">"
          + "</iframe></body></html>").getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
      ex.sendResponseHeaders(200, b.length);
      ex.getResponseBody().write(b);
      ex.close();
    });
    other.start();
    try {
      browser.get("http://127.0.0.2:" + other.getAddress().getPort() + "/");
      browser.switchTo().frame("bot");
      ask("kcx linh trung bn lao dong", 1);
      assertThat(lastAnswer()).contains("38.807");
      ask("và số doanh nghiệp?", 2);
      assertThat(lastAnswer()).contains("Linh Trung").contains("31 doanh nghiệp");
      browser.findElements(By.cssSelector(".votes button.vote-up")).get(1).click();
      String thanks = waiting().until(d -> d.findElement(By.cssSelector(".votes .thanks"))).getText();
      assertThat(thanks).contains("Cảm ơn");
      browser.navigate().refresh(); // the frame reloads: same tab, same conversation
      browser.switchTo().defaultContent();
      browser.switchTo().frame("bot");
      ask("còn Linh Trung 2?", 1);
      assertThat(lastAnswer()).contains("Linh Trung 2");
      browser.switchTo().defaultContent();
      shot("web-embed-framed.png");
    } finally {
      browser.switchTo().defaultContent();
      other.stop(0);
    }
  }

  @Test
  @Order(5)
  void aWorkerSendsTheirProblemToTheAdvisersAndReadsTheAnswerWhenComingBack() throws Exception {
    List<Relay> posted = new java.util.concurrent.CopyOnWriteArrayList<>();
    Advisers advisers = new Advisers() {
      @Override
      public List<Relay.Draft> opened(Ticket t) {
        return List.of(Relay.Draft.of("post", -100, "#" + t.id() + " " + t.question()));
      }

      @Override
      public List<Relay.Draft> followedUp(Ticket t, String text) {
        return List.of();
      }

      @Override
      public List<Relay.Draft> closedByWorker(Ticket t) {
        return List.of();
      }

      @Override
      public void deliver(List<Relay> relays) {
        posted.addAll(relays);
        relays.forEach(r -> app.advice().delivered(r, List.of()));
      }
    };
    app.advice().attach(advisers);
    try {
      browser.get(base + "/?lang=vi");
      ask("cty no luong 2 thang roi phai lam sao", 1);
      WebElement offer = browser.findElement(By.cssSelector(".msg.bot button.adviser"));
      ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", offer);
      offer.click();
      WebElement text = waiting().until(d -> d.findElement(By.cssSelector("form.advice-form textarea")));
      assertThat(text.getAttribute("value")).isEqualTo("cty no luong 2 thang roi phai lam sao");
      WebElement send = browser.findElement(By.cssSelector("form.advice-form button[type=submit]"));
      ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", send);
      send.click();
      String confirm = waiting().until(d -> d.findElement(By.cssSelector(".msg.bot .confirm"))).getText();
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("#(\\d+)").matcher(confirm);
      assertThat(m.find()).as(confirm).isTrue();
      long ticket = Long.parseLong(m.group(1));
      waiting().until(d -> posted.stream().anyMatch(r -> r.text().contains("#" + ticket)
          && r.text().contains("no luong"))); // relayed from the outbox, after the worker's answer

      app.advice().answer("test:answer:" + ticket, ticket, "Bạn hãy giữ bảng lương và liên hệ công đoàn <cơ sở>.",
          t -> List.of());
      browser.navigate().refresh();
      WebElement answer = waiting().until(d -> d.findElement(By.cssSelector("#advice .from-adviser p")));
      assertThat(answer.getText()).isEqualTo("Bạn hãy giữ bảng lương và liên hệ công đoàn <cơ sở>.");
      assertThat(browser.findElement(By.cssSelector("#advice .ticket-head")).getText()).contains("#" + ticket);
      assertCleanPage();
      shot("web-ticket.png");
    } finally {
      app.advice().detach(advisers);
    }
  }
}
