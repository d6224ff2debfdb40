package io.corroborate.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.corroborate.Corroborate;
import io.corroborate.annotate.Annotation;
import io.corroborate.extract.PlainLayer;
import io.corroborate.model.Article;
import io.corroborate.model.Block;
import io.corroborate.model.DateStamp;
import io.corroborate.model.Format;
import io.corroborate.model.ModelJson;
import io.corroborate.model.Origin;
import io.corroborate.model.Role;
import io.corroborate.reconcile.FindingKind;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The CSV tables, the numeric ranges of the JSON form and the HTML dossier's sections and links.
 */
class OutputFormatsTest {
  private static Dossier kaldor;

  @BeforeAll
  static void analyzeTheExample() {
    kaldor = KaldorDossier.get();
  }

  /** Two reports of one toll, one of them hostile: markup, CSV breakers, formulas, a bad link. */
  static Dossier hostile() {
    Article evil =
        Article.builder()
            .id("eeeeeeeeeeeeeeee")
            .origin(new Origin("evil.html", 0, Format.HTML))
            .url("javascript:alert(1)")
            .outlet("=HYPERLINK(\"http://evil.example\",\"Courier\")")
            .title("Flood, \"worst\" in years\n<script>alert('t')</script>")
            .authors(List.of("@mallory", "Ann \"Q\" Lee"))
            .published(DateStamp.of(LocalDate.of(2031, 3, 2)))
            .blocks(
                List.of(
                    new Block(
                        "More than 300 people were killed in the flood, <script>steal()</script>"
                            + " the agency said.",
                        Role.BODY,
                        0.9,
                        "p")))
            .build();
    Article plain =
        Article.builder()
            .id("ffffffffffffffff")
            .origin(new Origin("plain.txt", 0, Format.TEXT))
            .url("https://harborwire.example/flood?id=1#top")
            .outlet("Harbor Wire")
            .title("Flood toll rises")
            .published(DateStamp.of(LocalDate.of(2031, 3, 3)))
            .blocks(
                List.of(
                    new Block(
                        "About 320 people were killed in the flood, the agency said on Monday.",
                        Role.BODY,
                        0.9,
                        "p")))
            .build();
    Map<String, Annotation> annotations = new HashMap<>();
    for (Article a : List.of(evil, plain)) {
      annotations.put(a.id(), PlainLayer.annotate(a.text(), a.published().map(p -> p.date())));
    }
    return Corroborate.create()
        .dossier("s0123456789", "Flood", List.of(evil, plain), annotations, List.of());
  }

  private static List<CSVRecord> parse(String csv) throws IOException {
    return CSVFormat.RFC4180
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .get()
        .parse(new StringReader(csv))
        .getRecords();
  }

  @Test
  void articlesCsvKeepsCommasQuotesAndLineBreaksInOneCell() throws IOException {
    Dossier d = hostile();
    String csv = CsvTables.articles(d.articles());
    assertThat(csv).startsWith(String.join(",", CsvTables.ARTICLE_COLUMNS) + "\r\n");
    List<CSVRecord> rows = parse(csv);
    assertThat(rows).hasSize(2);
    CSVRecord evil = rows.stream().filter(r -> r.get("id").startsWith("e")).findFirst().get();
    assertThat(evil.get("title"))
        .isEqualTo("Flood, \"worst\" in years\n<script>alert('t')</script>");
    assertThat(evil.get("authors")).isEqualTo("'@mallory; Ann \"Q\" Lee");
    assertThat(evil.get("outlet")).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"Courier\")");
    assertThat(evil.size()).isEqualTo(CsvTables.ARTICLE_COLUMNS.size());
  }

  @Test
  void formulaCellsAreShownAsTextAndOthersAreLeftAlone() {
    assertThat(CsvTables.text("=1+2")).isEqualTo("'=1+2");
    assertThat(CsvTables.text("+7 dead")).isEqualTo("'+7 dead");
    assertThat(CsvTables.text("-1")).isEqualTo("'-1");
    assertThat(CsvTables.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(CsvTables.text("\tcmd")).isEqualTo("'\tcmd");
    assertThat(CsvTables.text("Kaldor — 14 dead")).isEqualTo("Kaldor — 14 dead");
    assertThat(CsvTables.text("")).isEmpty();
  }

  @Test
  void findingsCsvHasOneRowPerClaimBehindEachFindingWithItsNumbers() throws IOException {
    String csv = CsvTables.findings(kaldor);
    List<CSVRecord> rows = parse(csv);
    int claims = kaldor.findings().stream().mapToInt(f -> f.support().size()).sum();
    assertThat(rows).hasSize(claims);
    assertThat(rows).allSatisfy(r -> assertThat(r.isConsistent()).isTrue());
    assertThat(rows.stream().map(r -> r.get("verdict")).distinct()).contains("conflict");
    CSVRecord numeric = rows.stream().filter(r -> !r.get("low").isEmpty()).findFirst().get();
    assertThat(Double.parseDouble(numeric.get("low"))).isNotNegative();
    assertThat(Integer.parseInt(numeric.get("evidence_end")))
        .isGreaterThan(Integer.parseInt(numeric.get("evidence_start")));
    // Sentences of the example hold commas; they come back whole.
    assertThat(rows).anySatisfy(r -> assertThat(r.get("sentence")).contains(","));
  }

  @Test
  void claimsCsvGivesMoreThanAsAnExclusiveLowAndNoHigh() throws IOException {
    List<CSVRecord> rows = parse(CsvTables.claims(hostile().figures()));
    CSVRecord more =
        rows.stream().filter(r -> r.get("value").contains("More than 300")).findFirst().get();
    assertThat(more.get("low")).isEqualTo("300");
    assertThat(more.get("low_inclusive")).isEqualTo("false");
    assertThat(more.get("high")).isEmpty();
    assertThat(more.get("high_inclusive")).isEmpty();
  }

  @Test
  void jsonGivesNumericBoundsBesideTheDisplayInterval() throws IOException {
    JsonNode n = ModelJson.mapper().readTree(new JsonRenderer().render(hostile()));
    assertThat(n.get("schema").asText()).isEqualTo("corroborate.dossier/4");
    JsonNode more = null;
    for (JsonNode f : n.get("figures")) {
      if (f.get("value").asText().contains("More than 300")) {
        more = f;
      }
    }
    assertThat(more).isNotNull();
    assertThat(more.get("interval").asText()).isEqualTo("(300, ∞)");
    assertThat(more.get("range").get("low").asDouble()).isEqualTo(300);
    assertThat(more.get("range").get("lowInclusive").asBoolean()).isFalse();
    assertThat(more.get("range").has("high")).isFalse();
    // Every amount behind a finding carries its numbers too.
    List<JsonNode> support = new ArrayList<>();
    n.get("findings").forEach(f -> f.get("support").forEach(support::add));
    assertThat(support).isNotEmpty().allSatisfy(s -> assertThat(s.has("range")).isTrue());
  }

  @Test
  void dossierWithRangesReadsBackEqual() {
    Dossier d = hostile();
    assertThat(ModelJson.read(ModelJson.write(d), Dossier.class)).isEqualTo(d);
  }

  @Test
  void htmlHasEverySectionTheMarkdownHas() {
    Map<String, String> htmlIdOf =
        Map.ofEntries(
            Map.entry("Key facts", "key-facts"),
            Map.entry("Findings", "findings"),
            Map.entry("Timeline", "timeline"),
            Map.entry("Articles", "articles"),
            Map.entry("Who and what", "entities"),
            Map.entry("People and units: attributes", "profiles"),
            Map.entry("Figures reported", "figures"),
            Map.entry("Dates mentioned", "dates"),
            Map.entry("Where each field came from", "fields"),
            Map.entry("Sources", "sources"),
            Map.entry("Rejected inputs", "rejected"));
    String md = new MarkdownRenderer().render(kaldor);
    String html = new HtmlRenderer().render(kaldor);
    Matcher m = Pattern.compile("(?m)^## (.+)$").matcher(md);
    int sections = 0;
    while (m.find()) {
      sections++;
      String id = htmlIdOf.get(m.group(1));
      assertThat(id).as("an HTML section for '%s'", m.group(1)).isNotNull();
      assertThat(html).contains("<h2 id=\"" + id + "\">");
      assertThat(html).as("contents link to %s", id).contains("<li><a href=\"#" + id + "\">");
    }
    assertThat(sections).isGreaterThanOrEqualTo(9);
  }

  @Test
  void everyInPageLinkOfTheHtmlDossierLandsOnAnElement() {
    String html = new HtmlRenderer().render(kaldor);
    Matcher links = Pattern.compile("href=\"#([^\"]+)\"").matcher(html);
    int evidence = 0;
    while (links.find()) {
      assertThat(html)
          .as("target of #%s", links.group(1))
          .contains("id=\"" + links.group(1) + "\"");
      evidence += links.group(1).startsWith("s-") ? 1 : 0;
    }
    assertThat(evidence).isGreaterThan(10);
    // The example's articles have addresses: each cited sentence opens in its page.
    assertThat(html).contains("#:~:text=");
  }

  @Test
  void htmlOfAHostileArticleShowsItsMarkupAsTextAndLinksOnlyToWebAddresses() {
    Dossier d = hostile();
    assertThat(d.findings()).isNotEmpty();
    String html = new HtmlRenderer().render(d);
    assertThat(html)
        .doesNotContain("<script>")
        .doesNotContain("javascript:")
        .contains("&lt;script&gt;steal()&lt;/script&gt;")
        .contains("&lt;script&gt;alert(");
    assertThat(html)
        .contains(
            "href=\"https://harborwire.example/flood?id=1#:~:text=About%20320%20people%20were,"
                + "agency%20said%20on%20Monday.\"");
  }

  @Test
  void textFragmentsEncodeTheCharactersTheirSyntaxReserves() {
    assertThat(
            TextFragments.link(
                java.util.Optional.of("https://x.example/a"), "A well-known, fact & more"))
        .contains("https://x.example/a#:~:text=A%20well%2Dknown%2C%20fact%20%26%20more");
    assertThat(TextFragments.link(java.util.Optional.of("file:///etc/passwd"), "A fact")).isEmpty();
    assertThat(TextFragments.link(java.util.Optional.of("not a url"), "A fact")).isEmpty();
  }

  @Test
  void formatsAreChosenByNameOrExtension() {
    assertThat(DossierRenderer.forFormat("CSV").render(kaldor)).startsWith("finding,verdict,");
    assertThat(DossierRenderer.forFormat("claimreview")).isInstanceOf(ClaimReviewRenderer.class);
    assertThat(DossierRenderer.forFile("d.jsonld")).isInstanceOf(ClaimReviewRenderer.class);
    assertThat(DossierRenderer.forFile("d.csv").render(kaldor)).startsWith("finding,verdict,");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> DossierRenderer.forFormat("pdf"))
        .hasMessageContaining("pdf")
        .hasMessageContaining("claimreview");
  }

  @Test
  void exampleHasAConflict() {
    assertThat(kaldor.findings()).anyMatch(f -> f.kind() == FindingKind.CONFLICT);
  }
}
