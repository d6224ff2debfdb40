package io.corroborate.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.corroborate.store.StorySummary;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The web UI in Debian's headless Chromium, driven by Selenium through Debian's chromedriver (never
 * a downloaded browser or driver), against the real server over a SQLite store holding the example
 * story. Skips when either program is missing; {@code .ci/run} installs both.
 *
 * <pre>
 * {@code ./mvnw -o -pl serve -am verify -Dtest=BrowserTest -Dsurefire.failIfNoSpecifiedTests=false}
 * </pre>
 */
@Tag("slow")
class BrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  static final long WAIT_MS = 30_000;

  static final String SCRIPT = "<script>window.__pwned=1</script>";
  static final String IMG = "<img src=x onerror=\"window.__pwned=1\">";

  @TempDir static Path dir;
  static TestServer server;

  /** The server the browser is pointed at: {@link #server} unless a test brings its own. */
  static TestServer current;

  static ChromeDriverService service;
  static WebDriver driver;
  static String exampleStory;

  /** Why the browser tests cannot run here, if they cannot. */
  static String missing;

  @BeforeAll
  static void start() throws Exception {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      missing =
          "browser tests skipped: they need Debian's Chromium at "
              + CHROMIUM
              + " and its driver at "
              + CHROMEDRIVER
              + " (apt-get install chromium chromium-driver)";
      System.err.println(missing);
      return;
    }
    server = new TestServer(dir, true);
    current = server;
    exampleStory =
        server.store.stories().stream()
            .max(Comparator.comparingInt(StorySummary::articles))
            .orElseThrow()
            .id();
    // The driver is named here, so Selenium Manager never runs and nothing is downloaded.
    service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toString());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--window-size=1600,1100",
        "--user-data-dir=" + dir.resolve("chromium-profile"),
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-default-apps",
        "--disable-sync",
        "--disable-extensions",
        // Every host but this machine fails to resolve: the page can reach nothing else.
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1");
    driver = new ChromeDriver(service, options);
  }

  /** Each test is reported as skipped, with the reason, when the browser is missing. */
  @BeforeEach
  void needsTheBrowser() {
    assumeTrue(missing == null, missing);
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (service != null) {
      service.stop();
    }
    if (server != null) {
      server.close();
    }
  }

  // --- helpers -----------------------------------------------------------------------------------

  /** Loads the UI afresh (a new page, so nothing lingers from a previous test) at {@code hash}. */
  static void open(String hash) {
    driver.get("about:blank");
    driver.get("http://127.0.0.1:" + current.server.port() + "/" + hash);
  }

  static void waitFor(String what, BooleanSupplier condition) {
    long end = System.currentTimeMillis() + WAIT_MS;
    RuntimeException last = null;
    while (System.currentTimeMillis() < end) {
      try {
        if (condition.getAsBoolean()) {
          return;
        }
      } catch (RuntimeException e) {
        last = e; // the page is still being built; look again
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    fail("the page never showed " + what + (last == null ? "" : " (last error: " + last + ")"));
  }

  static WebElement shown(String css) {
    waitFor(
        css,
        () -> driver.findElements(By.cssSelector(css)).stream().anyMatch(e -> e.isDisplayed()));
    return driver.findElements(By.cssSelector(css)).stream()
        .filter(WebElement::isDisplayed)
        .findFirst()
        .orElseThrow();
  }

  static Object js(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }

  static void click(WebElement e) {
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
    e.click();
  }

  static void closeEvidence() {
    WebElement panel = driver.findElement(By.id("evidence"));
    if (panel.isDisplayed()) {
      driver.findElement(By.id("evidence-close")).click();
      waitFor("the evidence panel closed", () -> !panel.isDisplayed());
    }
  }

  static JsonNode dossier(String storyId) throws Exception {
    return new ObjectMapper().readTree(server.get("/api/stories/" + storyId + "/dossier").body());
  }

  /** Fills the add form and submits it; returns the result box once it holds an answer. */
  static WebElement submitAddForm(String token, String text, Path file) {
    open("#/add");
    WebElement tokenBox = shown("#add-token");
    tokenBox.clear();
    tokenBox.sendKeys(token);
    if (text != null) {
      // Put the text in directly: typing it key by key is slow and adds nothing to the test.
      ((JavascriptExecutor) driver)
          .executeScript("arguments[0].value = arguments[1]", shown("#add-text"), text);
    }
    if (file != null) {
      driver.findElement(By.id("add-file")).sendKeys(file.toAbsolutePath().toString());
    }
    click(shown("#add-submit"));
    waitFor(
        "the answer to the upload",
        () -> !driver.findElements(By.cssSelector("#add-summary, #add-error")).isEmpty());
    return driver.findElement(By.id("add-result"));
  }

  // --- tests -------------------------------------------------------------------------------------

  @Test
  void theStoryListOpensTheStoryWithItsConflictsFirstAndSavesAScreenshot() throws Exception {
    open("#/");
    WebElement link = shown("a.story-link[href='#/story/" + exampleStory + "']");
    click(link);
    shown("#findings .finding");
    List<WebElement> cards = driver.findElements(By.cssSelector("#findings .finding"));
    assertThat(cards.get(0).getAttribute("class")).contains("conflict");
    int conflicts = 0;
    for (JsonNode f : dossier(exampleStory).get("findings")) {
      conflicts += f.get("kind").asText().equals("CONFLICT") ? 1 : 0;
    }
    assertThat(conflicts).as("conflicts in the example's dossier").isGreaterThanOrEqualTo(2);
    assertThat(driver.findElements(By.cssSelector("#findings .finding.conflict")))
        .hasSize(conflicts);
    assertThat(cards.get(0).getText()).contains("independent origin");
    assertThat(driver.findElement(By.id("story-title")).getText()).isNotBlank();
    // the rest of the page: the timeline drawing, entity cards with aliases, the relay graph
    assertThat(driver.findElements(By.cssSelector("#timeline .event"))).isNotEmpty();
    assertThat(driver.findElement(By.id("entities")).getText())
        .contains("National Civil Protection Authority")
        .contains("NCPA");
    assertThat(driver.findElements(By.cssSelector("#relay-graph line.relay"))).isNotEmpty();
    assertThat(driver.findElements(By.cssSelector("#relays li"))).isNotEmpty();
    // each card says why its names were taken for one entity, one click away
    WebElement whyNcpa =
        driver.findElements(By.cssSelector("#entities .card.entity")).stream()
            .filter(c -> c.getText().startsWith("National Civil Protection Authority"))
            .findFirst()
            .orElseThrow()
            .findElement(By.cssSelector("details.merges"));
    click(whyNcpa.findElement(By.tagName("summary")));
    assertThat(whyNcpa.getText()).contains("acronym").contains("NCPA");

    // the whole page in one picture: make the window as tall as the page, then put it back
    Dimension window = driver.manage().window().getSize();
    long height = (Long) js("return document.documentElement.scrollHeight");
    driver
        .manage()
        .window()
        .setSize(new Dimension(window.getWidth(), (int) Math.min(height + 150, 8000)));
    Files.createDirectories(SCREENSHOTS);
    Path png = SCREENSHOTS.resolve("story.png");
    Files.write(png, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    driver.manage().window().setSize(window);

    // an entity's name opens the sentence of its first mention; a relay opens what was relayed
    WebElement ncpa =
        driver.findElements(By.cssSelector("#entities .entity-name")).stream()
            .filter(e -> e.getText().equals("National Civil Protection Authority"))
            .findFirst()
            .orElseThrow();
    click(ncpa);
    assertThat(shown("#evidence-mark").getText())
        .containsAnyOf("National Civil Protection", "NCPA");
    closeEvidence();
    click(driver.findElement(By.cssSelector("#relays li.clickable")));
    assertThat(shown("#evidence-mark").getText()).isNotBlank();
    closeEvidence();
    click(driver.findElement(By.cssSelector("#timeline .event text")));
    assertThat(shown("#evidence-mark").getText()).isNotBlank();
    byte[] head = Files.readAllBytes(png);
    assertThat(head.length).isGreaterThan(1000);
    assertThat(new String(head, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
  }

  @Test
  void clickingASourceOfTheDeathTollConflictShowsItsSentenceHighlightedInTheArticle()
      throws Exception {
    JsonNode toll = null;
    for (JsonNode f : dossier(exampleStory).get("findings")) {
      if (f.get("id").asText().equals("conflict:people|dead|cumulative")) {
        toll = f;
      }
    }
    assertThat(toll).as("the example's death-toll conflict").isNotNull();
    JsonNode fourteen = null;
    // several reports give the agency's 14; the card lists them in the dossier's order
    for (JsonNode s : toll.get("support")) {
      if (fourteen == null && s.get("value").asText().equals("14")) {
        fourteen = s;
      }
    }
    assertThat(fourteen).as("the NCPA's 14").isNotNull();

    open("#/story/" + exampleStory);
    WebElement card =
        shown("#findings .finding[data-finding-id='conflict:people|dead|cumulative']");
    assertThat(card.getText()).contains("at least 20").contains("14");
    WebElement source =
        card.findElements(By.cssSelector("li.source")).stream()
            .filter(li -> li.getText().startsWith("14"))
            .findFirst()
            .orElseThrow();
    click(source);
    WebElement mark = shown("#evidence-mark");
    assertThat(mark.getText()).isEqualTo(fourteen.get("sentence").asText());
    assertThat(mark.findElement(By.cssSelector("strong.claim-words")).getText()).contains("14");
    assertThat(driver.findElement(By.id("evidence-text")).getText())
        .contains(fourteen.get("sentence").asText())
        .hasSizeGreaterThan(mark.getText().length());
    assertThat(driver.findElement(By.id("evidence-meta")).getText())
        .contains(fourteen.get("outlet").asText());
    Files.createDirectories(SCREENSHOTS);
    Files.write(
        SCREENSHOTS.resolve("evidence.png"),
        ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));

    // the conflict's heading opens its first source
    closeEvidence();
    click(card.findElement(By.cssSelector(".finding-head")));
    assertThat(shown("#evidence-mark").getText())
        .isEqualTo(toll.get("support").get(0).get("sentence").asText());
  }

  @Test
  void searchingAWordListsHitsThatOpenTheirArticle() {
    open("#/");
    WebElement q = shown("#search-q");
    q.sendKeys("evacuated", Keys.ENTER);
    shown("#hits li");
    assertThat(driver.findElement(By.tagName("h1")).getText()).contains("evacuated");
    assertThat(driver.findElements(By.cssSelector("#hits li"))).isNotEmpty();
    click(driver.findElement(By.cssSelector("#hits .hit")));
    WebElement text = shown("#evidence-text");
    assertThat(text.getText().toLowerCase()).contains("evacuated");
  }

  @Test
  void anArticlePastedWithTheTokenIsAddedAndItsStoryOpens() {
    int before = server.store.articleCount();
    String text =
        "Ferry to Veltro island runs again after three-week halt\n\n"
            + "The ferry between Marsk and Veltro island ran again on Thursday after a three-week"
            + " halt, the port authority of Marsk said. Forty passengers made the first crossing,"
            + " which took ninety minutes in calm weather.\n\n"
            + "The operator said the repaired engine had passed its inspection and that six daily"
            + " crossings would run again by the end of the month.\n";
    WebElement result = submitAddForm(TestServer.TOKEN, text, null);
    assertThat(result.getText()).contains("Added 1 article;");
    assertThat(server.store.articleCount()).isEqualTo(before + 1);
    click(result.findElement(By.cssSelector("a")));
    waitFor(
        "the new article on its story's page",
        () -> driver.findElement(By.id("articles")).getText().contains("Ferry to Veltro island"));
  }

  @Test
  void anArticleFileUploadedThroughTheFormIsAdded(@TempDir Path files) throws Exception {
    int before = server.store.articleCount();
    Path file = files.resolve("orchard-frost.txt");
    Files.writeString(
        file,
        "Late frost damages apple orchards in the Pellin valley\n\n"
            + "A night of frost on Tuesday damaged apple blossom across the Pellin valley, the"
            + " growers' cooperative said, and some farms expect to lose half of this year's"
            + " harvest. Temperatures fell to minus four degrees before dawn.\n\n"
            + "The cooperative said it would ask the regional government for help.\n");
    WebElement result = submitAddForm(TestServer.TOKEN, null, file);
    assertThat(result.getText()).contains("Added 1 article;");
    assertThat(server.store.articleCount()).isEqualTo(before + 1);
  }

  @Test
  void aBadUploadIsRefusedWithItsReasonAndTheStoreIsUnchanged(@TempDir Path files)
      throws Exception {
    int before = server.store.articleCount();
    Path file = files.resolve("blank page.html");
    Files.writeString(file, "<html><body><nav>Home</nav></body></html>");
    WebElement result = submitAddForm(TestServer.TOKEN, null, file);
    assertThat(driver.findElement(By.id("add-error")).getText()).contains("Not added");
    assertThat(result.getText()).contains("blank page.html").contains("no article text");
    assertThat(server.store.articleCount()).isEqualTo(before);

    WebElement refused = submitAddForm("not-the-token", "Some words of an article.", null);
    assertThat(refused.getText()).contains("token");
    assertThat(server.store.articleCount()).isEqualTo(before);
  }

  @Test
  void theSameArticlePastedAgainIsNothingNew() {
    String text =
        "Night buses return to the Orrin line\n\nNight buses ran again on the Orrin line on"
            + " Friday after a month of roadworks, the city transport office said.\n";
    assertThat(submitAddForm(TestServer.TOKEN, text, null).getText()).contains("Added 1 article;");
    int before = server.store.articleCount();
    assertThat(submitAddForm(TestServer.TOKEN, text, null).getText())
        .contains("Nothing new: 1 article was already stored");
    assertThat(server.store.articleCount()).isEqualTo(before);
  }

  @Test
  void whenReadingNeedsTheTokenThePageAsksForItAndSendsItWithEveryRequest(@TempDir Path own)
      throws Exception {
    ServeOptions locked =
        new ServeOptions(0, java.util.Optional.of(TestServer.TOKEN), true, 1024 * 1024);
    try (TestServer needsToken = new TestServer(own, true, locked)) {
      current = needsToken;
      String story =
          needsToken.store.stories().stream()
              .max(Comparator.comparingInt(StorySummary::articles))
              .orElseThrow()
              .id();
      open("#/story/" + story);
      WebElement box = shown("#read-token");
      assertThat(driver.findElement(By.id("token-why")).getText()).contains("token");
      box.sendKeys("not-the-token");
      click(shown("#token-submit"));
      waitFor(
          "the wrong token refused",
          () ->
              driver.findElement(By.id("token-why")).getText().contains("not the server's token"));
      WebElement again = shown("#read-token");
      again.clear();
      again.sendKeys(TestServer.TOKEN);
      click(shown("#token-submit"));
      // the story page needs five reads (summary, dossier, paged findings and entities)
      shown("#findings .finding.conflict");
      assertThat(driver.findElement(By.id("entities")).getText()).contains("NCPA");
      // The printable dossier is read with the token too, and opens in a tab of its own.
      String main = driver.getWindowHandle();
      click(shown("#printable"));
      waitFor("the printable dossier's tab", () -> driver.getWindowHandles().size() > 1);
      for (String handle : driver.getWindowHandles()) {
        if (!handle.equals(main)) {
          driver.switchTo().window(handle);
        }
      }
      waitFor(
          "the printable dossier read with the token",
          () -> !driver.findElements(By.id("conflicts")).isEmpty());
      assertThat(driver.findElement(By.id("conflicts")).getText()).contains("Conflicts");
      driver.close();
      driver.switchTo().window(main);
      open("#/");
      shown("a.story-link[href='#/story/" + story + "']");
    } finally {
      current = server;
    }
  }

  @Test
  void scriptAndOnerrorInAnArticleAreShownAsTextAndRunOnNoPage(@TempDir Path own) throws Exception {
    // A store of its own, so the article is certainly a story of its own, titled by it.
    try (TestServer alone = new TestServer(own, false)) {
      current = alone;
      addAndVisitEveryPageOfAnArticleWithMarkup();
    } finally {
      current = server;
    }
  }

  private void addAndVisitEveryPageOfAnArticleWithMarkup() {
    String title = "Quillport quay painted " + SCRIPT + " overnight " + IMG;
    String text =
        title
            + "\n\nThe harbour master of Quillport said on Friday that the words "
            + SCRIPT
            + " were painted on the quay wall overnight, and that "
            + IMG
            + " was written beside them in white letters twelve metres long.\n\n"
            + "The harbour office said the Quillport quay would reopen on Monday after cleaning"
            + " crews removed the paint.\n";
    WebElement result = submitAddForm(TestServer.TOKEN, text, null);
    assertThat(result.getText()).contains("Added 1 article;").contains(SCRIPT);
    assertInert("the add form's answer");
    String storyHref = result.findElement(By.cssSelector("a")).getAttribute("href");
    String storyHash = storyHref.substring(storyHref.indexOf('#'));

    open("#/");
    shown("a.story-link");
    waitFor(
        "the story in the list",
        () -> driver.findElement(By.id("stories")).getText().contains(SCRIPT));
    assertInert("the story list");

    open(storyHash);
    waitFor(
        "the story page",
        () -> driver.findElement(By.id("story-title")).getText().contains(SCRIPT));
    assertThat(driver.findElement(By.id("story-title")).getText()).isEqualTo(title);
    assertInert("the story page");

    click(shown("#articles .article-link"));
    waitFor(
        "the article in the evidence panel",
        () -> driver.findElement(By.id("evidence-text")).getText().contains(IMG));
    assertThat(driver.findElement(By.id("evidence-title")).getText()).isEqualTo(title);
    assertInert("the evidence panel");

    open("#/search/Quillport");
    shown("#hits li");
    waitFor("the hit", () -> driver.findElement(By.id("hits")).getText().contains(SCRIPT));
    click(driver.findElement(By.cssSelector("#hits .hit")));
    shown("#evidence-text");
    assertInert("the search page and its evidence");
  }

  /** Nothing from the article ran, and its markup is on the page as text, not as elements. */
  static void assertInert(String where) {
    assertThat(js("return typeof window.__pwned")).as(where).isEqualTo("undefined");
    assertThat(driver.findElements(By.cssSelector("img"))).as(where + ": img elements").isEmpty();
    assertThat(driver.findElements(By.cssSelector("body script")))
        .as(where + ": script elements")
        .isEmpty();
    String page = driver.findElement(By.tagName("body")).getText();
    assertThat(page).as(where).contains(SCRIPT);
  }
}
