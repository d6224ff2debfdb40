package io.corroborate.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.model.Article;
import io.corroborate.model.DateStamp;
import io.corroborate.model.FieldSource;
import io.corroborate.model.Format;
import io.corroborate.model.Origin;
import io.corroborate.model.RawDocument;
import io.corroborate.model.Rejection;
import io.corroborate.pipeline.Capability;
import io.corroborate.pipeline.Doc;
import io.corroborate.pipeline.Outcome;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CleanTest {
  private static final String STORY =
      """
      Velmora harbour bridge closed after barge strikes pylon

      By Marta Vell
      Published March 2, 2024
      Updated: March 3, 2024

      The lifting bridge over Velmora harbour was closed to all traffic on Saturday after a grain barge struck its northern pylon, the port authority said.

      Engineers found a crack about 40 centimetres long in the concrete collar of the pylon, according to a statement issued late on Saturday.

      Recent Posts

      Lighthouse museum reopens after restoration

      2 hours ago
      """;

  private final Clean clean = new Clean(CleanOptions.defaults());

  @Test
  void declaresItNeedsRawAndGivesArticleAndLanguage() {
    assertThat(clean.requires()).containsExactly(Capability.RAW);
    assertThat(clean.provides()).containsExactlyInAnyOrder(Capability.ARTICLE, Capability.LANGUAGE);
  }

  @Test
  void plainTextGoesThroughTheTextCleanerWithPageMetadataAndProvenance() {
    Article a = article(raw(Format.TEXT, STORY, List.of()));
    assertThat(a.text())
        .startsWith("The lifting bridge")
        .endsWith("late on Saturday.")
        .doesNotContain("Recent Posts", "Lighthouse");
    assertThat(a.title()).contains("Velmora harbour bridge closed after barge strikes pylon");
    assertThat(a.authors()).containsExactly("Marta Vell");
    assertThat(a.published()).contains(DateStamp.of(LocalDate.of(2024, 3, 2)));
    assertThat(a.updated())
        .as("published and updated stay apart")
        .contains(DateStamp.of(LocalDate.of(2024, 3, 3)));
    assertThat(a.sourceOf("title").map(FieldSource::source))
        .hasValueSatisfying(s -> assertThat(s).contains("headline"));
    assertThat(a.sourceOf("author").map(FieldSource::source))
        .hasValueSatisfying(s -> assertThat(s).contains("byline"));
    assertThat(a.sourceOf("updated").map(FieldSource::source))
        .hasValueSatisfying(s -> assertThat(s).contains("Updated:"));
    assertThat(a.removed()).extracting(r -> r.text()).contains("Recent Posts", "2 hours ago");
  }

  @Test
  void containerHintsComeBeforeThePagesOwnEvidence() {
    List<FieldSource> hints =
        List.of(
            new FieldSource("title", "Barge hits Velmora bridge", "jsonl title"),
            new FieldSource("published", "2024-03-01 22:15:00", "jsonl date_publish"),
            new FieldSource("author", "Desk Reporter", "jsonl authors"),
            new FieldSource("outlet", "Port Aldine Herald", "given by the caller"));
    Article a = article(raw(Format.JSONL, STORY, hints));
    assertThat(a.title()).contains("Barge hits Velmora bridge");
    assertThat(a.sourceOf("title").get().source()).isEqualTo("jsonl title");
    assertThat(a.published()).contains(DateStamp.of(LocalDate.of(2024, 3, 1)));
    assertThat(a.sourceOf("published").get().source()).isEqualTo("jsonl date_publish");
    assertThat(a.updated())
        .as("the page still gives the update time")
        .contains(DateStamp.of(LocalDate.of(2024, 3, 3)));
    assertThat(a.authors()).containsExactly("Desk Reporter");
    assertThat(a.outlet()).isEqualTo("Port Aldine Herald");
    assertThat(a.sourceOf("outlet").get().source()).isEqualTo("given by the caller");
  }

  @Test
  void jsonLinesMaintextIsCleanedAsPlainText() {
    Article a = article(raw(Format.JSONL, STORY, List.of()));
    assertThat(a.text()).doesNotContain("Recent Posts");
    assertThat(a.removed())
        .anySatisfy(r -> assertThat(r.reason()).contains("list of other stories"));
  }

  @Test
  void markupGoesToTheHtmlCleaner() {
    String html =
        "<html><head><title>Barge hits Velmora bridge</title></head><body>"
            + "<p>The lifting bridge over Velmora harbour was closed to all traffic on Saturday.</p>"
            + "<p>Engineers found a crack about 40 centimetres long in the concrete collar.</p></body></html>";
    for (Format f : List.of(Format.HTML, Format.JSONL, Format.FEED)) {
      Article a = article(raw(f, html, List.of()));
      assertThat(a.text())
          .as("%s", f)
          .contains("Velmora harbour was closed")
          .doesNotContain("<p>", "</p>");
    }
  }

  @Test
  void aJsonLinesTextKeptInItsBodysMarkupKeepsEveryParagraph() {
    // A crawler kept the body's tags in the record's text: each short paragraph is the article's,
    // none is judged boilerplate the way a whole page's short blocks would be.
    String fragment =
        "<div>The Ostrand ferry authority said on Monday that 14 passengers were hurt when the"
            + " ferry struck the pier.</div> <div>Three crew members were taken to hospital in"
            + " Varnsk &amp; later released, the authority said.</div>"
            + "<script>var tracker = 1;</script>"
            + "<div>Teo Varn, the harbour master, said 212 people were aboard.<br>The pier was"
            + " closed.</div>";
    Article a = article(raw(Format.JSONL, fragment, List.of()));
    assertThat(a.text())
        .contains("14 passengers were hurt")
        .contains("Varnsk & later released")
        .contains("212 people were aboard.")
        .contains("The pier was closed.")
        .doesNotContain("<div>", "</div>", "<br>", "tracker", "&amp;");
    assertThat(a.text().split("\n\n")).as("one passage a block or line").hasSize(4);
  }

  @Test
  void aJsonLinesTextWithInlineTagsLosesOnlyTheTags() {
    String fragment =
        "<p><strong>Anna Kovel, the mayor of Dunmir, resigned on Tuesday.</strong></p>\n"
            + "<p>She had led the <a href=\"https://dunmir.example/council\">council</a> for six"
            + " years, the city said:</p>\n<p>\u201cIt was time,\u201d she wrote.</p>";
    Article a = article(raw(Format.JSONL, fragment, List.of()));
    assertThat(a.text())
        .startsWith("Anna Kovel, the mayor of Dunmir, resigned on Tuesday.")
        .contains("led the council for six years")
        .endsWith("\u201cIt was time,\u201d she wrote.");
    assertThat(a.title()).as("a line that leads into a quote is no headline").isEmpty();
  }

  @Test
  void aJsonLinesTextThatMentionsATagStaysPlainText() {
    String text =
        "The council's website broke because a template left a stray <br> tag in every notice, the clerk said on Monday.";
    Article a = article(raw(Format.JSONL, text, List.of()));
    assertThat(a.text()).isEqualTo(text);
  }

  @Test
  void unknownOutletWithAUrlTakesTheDomain() {
    Article a =
        article(
            raw(
                Format.TEXT,
                STORY,
                List.of(
                    new FieldSource(
                        "url", "https://www.aldine-herald.example/coast/bridge", "jsonl url"))));
    assertThat(a.url()).contains("https://www.aldine-herald.example/coast/bridge");
    assertThat(a.outlet()).isEqualTo("aldine-herald.example");
    assertThat(a.sourceOf("outlet").get().source()).isEqualTo("url domain");
  }

  @Test
  void withoutOutletOrUrlTheOutletStaysUnknown() {
    Article a = article(raw(Format.TEXT, STORY, List.of()));
    assertThat(a.outlet()).isEqualTo(Article.UNKNOWN_OUTLET);
    assertThat(a.sourceOf("outlet")).isEmpty();
  }

  @Test
  void languageIsDetectedWhenNothingDeclaresIt() {
    Article a = article(raw(Format.TEXT, STORY, List.of()));
    assertThat(a.language()).isEqualTo("en");
    assertThat(a.sourceOf("language").get().source()).contains("lingua");
  }

  @Test
  void declaredLanguageIsKeptAndADisagreeingDetectionIsRecorded() {
    Article a =
        article(
            raw(
                Format.JSONL,
                STORY,
                List.of(new FieldSource("language", "de-DE", "jsonl language"))));
    assertThat(a.language()).isEqualTo("de");
    assertThat(a.provenance().stream().filter(f -> f.field().equals("language")))
        .extracting(FieldSource::value, FieldSource::source)
        .first()
        .isEqualTo(org.assertj.core.groups.Tuple.tuple("de", "jsonl language"));
    assertThat(
            a.provenance().stream()
                .filter(f -> f.field().equals("language"))
                .map(FieldSource::value))
        .containsExactly("de", "en");
  }

  @Test
  void agreeingDeclaredLanguageIsRecordedOnce() {
    Article a =
        article(
            raw(Format.JSONL, STORY, List.of(new FieldSource("language", "EN", "jsonl language"))));
    assertThat(
            a.provenance().stream()
                .filter(f -> f.field().equals("language"))
                .map(FieldSource::value))
        .containsExactly("en");
  }

  @Test
  void aPlausibleDeclaredLanguageIsTakenWithoutDetection() {
    Article a =
        article(
            raw(Format.JSONL, STORY, List.of(new FieldSource("language", "en", "jsonl language"))));
    assertThat(a.provenance().stream().filter(f -> f.field().equals("language")))
        .extracting(FieldSource::source)
        .containsExactly("jsonl language");
  }

  @Test
  void pageWithNoArticleIsRejectedSayingHowMuchTextWasFound() {
    String menu = "Home\nNews Feed\nRecent Posts\nSubscribe\n";
    Outcome o = clean.apply(Doc.of(raw(Format.TEXT, menu, List.of())));
    assertThat(o).isInstanceOf(Outcome.Rejected.class);
    Rejection r = ((Outcome.Rejected) o).rejection();
    assertThat(r.kind()).isEqualTo(Rejection.Kind.NO_ARTICLE);
    assertThat(r.reason())
        .contains("0 characters of main text")
        .contains("4 blocks removed")
        .contains("navigation");
    assertThat(r.file()).isEqualTo("page.txt");
  }

  @Test
  void emptyContentIsRejectedNotThrown() {
    Outcome o = clean.apply(Doc.of(raw(Format.TEXT, "", List.of())));
    assertThat(o).isInstanceOf(Outcome.Rejected.class);
    assertThat(((Outcome.Rejected) o).rejection().reason()).contains("0 characters");
  }

  @Test
  void unreadableHintDatesAreSkippedForTheNextSource() {
    List<FieldSource> hints =
        List.of(new FieldSource("published", "sometime last week", "feed pubDate"));
    Article a = article(raw(Format.TEXT, STORY, hints));
    assertThat(a.published()).contains(DateStamp.of(LocalDate.of(2024, 3, 2)));
    assertThat(a.sourceOf("published").get().source()).contains("date line");
  }

  private Article article(RawDocument raw) {
    Outcome o = clean.apply(Doc.of(raw));
    assertThat(o).isInstanceOf(Outcome.Done.class);
    return ((Outcome.Done) o).doc().expectArticle();
  }

  private static RawDocument raw(Format format, String content, List<FieldSource> hints) {
    return new RawDocument(
        new Origin("page.txt", 0, format),
        "0123456789abcdef0123",
        content,
        "UTF-8",
        "default",
        hints);
  }
}
