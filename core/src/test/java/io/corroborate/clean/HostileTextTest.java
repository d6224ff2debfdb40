package io.corroborate.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.corroborate.model.Article;
import io.corroborate.model.FieldSource;
import io.corroborate.model.Format;
import io.corroborate.model.Origin;
import io.corroborate.model.RawDocument;
import io.corroborate.model.Rejection;
import io.corroborate.model.Role;
import io.corroborate.pipeline.Doc;
import io.corroborate.pipeline.Outcome;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Hostile text that once hung the cleaner, crashed a run or turned into junk, each made here from a
 * few lines: every page is cleaned or rejected with its reason. The time bound only guards against
 * a hang, far above what each takes.
 */
class HostileTextTest {
  private static final Duration HANG_GUARD = Duration.ofSeconds(60);
  private static final String PARAGRAPHS =
      """
      The river Veldan burst its banks near the town of Orsk on Monday, flooding 240 homes and forcing the evacuation of 1,200 residents, the regional emergency office said.

      Mayor Lina Tovar told reporters that rescue crews had reached every street in the lower town by nightfall and that no one was reported missing.
      """;

  private final Clean clean = new Clean(CleanOptions.defaults());

  private Outcome cleaned(Format format, String content, List<FieldSource> hints) {
    return cleaned(clean, format, content, hints);
  }

  private static Outcome cleaned(
      Clean clean, Format format, String content, List<FieldSource> hints) {
    RawDocument raw =
        new RawDocument(
            new Origin("page", 0, format), "0123456789abcdef", content, "UTF-8", "test", hints);
    return assertTimeoutPreemptively(HANG_GUARD, () -> clean.apply(Doc.of(raw)));
  }

  private static Article article(Outcome o) {
    assertThat(o).as("%s", o).isInstanceOf(Outcome.Done.class);
    return ((Outcome.Done) o).doc().expectArticle();
  }

  private static Rejection rejection(Outcome o) {
    assertThat(o).as("%s", o).isInstanceOf(Outcome.Rejected.class);
    return ((Outcome.Rejected) o).rejection();
  }

  @Test
  void aStackOfFiftyThousandCombiningMarksIsCutAndTheArticleKept() {
    String text = PARAGRAPHS + "\nO" + "\u0300".repeat(50_000) + "\n";
    Article a = article(cleaned(Format.TEXT, text, List.of()));
    assertThat(a.text()).contains("burst its banks");
    assertThat(Pattern.compile("\\p{M}{31}").matcher(a.text()).find())
        .as("no stack longer than the limit of 30 marks is left")
        .isFalse();
  }

  @Test
  void aMillionShortLinesAreRejectedAsTooManyLines() {
    Rejection r = rejection(cleaned(Format.TEXT, "a\n".repeat(1_000_000), List.of()));
    assertThat(r.kind()).isEqualTo(Rejection.Kind.TOO_LARGE);
    assertThat(r.reason()).contains("1000001 lines, over the limit of 50000");
  }

  @Test
  void aBlockOfFortyThousandShortLinesUnderTheLimitIsCleaned() {
    String text = "The river rose again.\n".repeat(40_000);
    Article a = article(cleaned(Format.TEXT, text, List.of()));
    assertThat(a.text()).contains("The river rose again.");
  }

  @Test
  void aLineOverTheLineLimitIsRejectedWithItsNumber() {
    Clean small =
        new Clean(
            CleanOptions.defaults()
                .withLimits(
                    new CleanLimits(30, 50_000, 1_000, 5_000, 1_000, Duration.ofSeconds(30))));
    String text = PARAGRAPHS + "\n" + "word ".repeat(400) + "\n";
    Rejection r = rejection(cleaned(small, Format.TEXT, text, List.of()));
    assertThat(r.reason())
        .contains("line 5 is 2000 characters, over the 1000-character line limit");
  }

  @Test
  void aPageThatIsOneMegabyteLongWordIsRejectedBeforeTheLanguageLayerSeesIt() {
    String html = "<html><body><p>" + "a".repeat(1 << 20) + "</p></body></html>";
    Rejection r = rejection(cleaned(Format.HTML, html, List.of()));
    assertThat(r.kind()).isEqualTo(Rejection.Kind.NO_ARTICLE);
    assertThat(r.reason()).contains("for a token over the 5000-character limit");
  }

  @Test
  void aPassageHoldingAHugeTokenIsRemovedAndTheRestOfTheArticleKept() {
    String blob = "QUJD".repeat(5_000);
    String html =
        "<html><body><article><p>"
            + PARAGRAPHS.replace("\n\n", "</p><p>")
            + "</p><p>"
            + blob
            + "</p></article></body></html>";
    Article a = article(cleaned(Format.HTML, html, List.of()));
    assertThat(a.text()).contains("burst its banks").doesNotContain("QUJDQUJD");
    assertThat(a.removed())
        .anySatisfy(
            r -> {
              assertThat(r.role()).isEqualTo(Role.OTHER);
              assertThat(r.reason()).contains("a token of 20000 characters");
            });
  }

  @Test
  void megabytesOfScriptInTheHeadDoNotPushTheArticlePastThePageLimit() {
    String html =
        "<html><head><script>var x = '"
            + "x".repeat(4_500_000)
            + "';</script><style>p{}</style></head><body><article><p>"
            + PARAGRAPHS.replace("\n\n", "</p><p>")
            + "</p></article></body></html>";
    Article a = article(cleaned(Format.HTML, html, List.of()));
    assertThat(a.text()).contains("burst its banks", "no one was reported missing");
  }

  @Test
  void aPageOverThePageLimitWithoutItsScriptsIsRejectedNotCutIntoJunk() {
    String html = "<html><body><p>" + "The river rose. ".repeat(300_000) + "</p></body></html>";
    Rejection r = rejection(cleaned(Format.HTML, html, List.of()));
    assertThat(r.kind()).isEqualTo(Rejection.Kind.TOO_LARGE);
    assertThat(r.reason()).contains("over the 4000000-character page limit");
  }

  @Test
  void jsonLdInTheHeadIsKeptWhileOtherScriptsAreEmptied() {
    String html =
        "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
            + "\"headline\":\"Veldan floods Orsk\"}</script><script>"
            + "y".repeat(10_000)
            + "</script></head><body><article><p>"
            + PARAGRAPHS.replace("\n\n", "</p><p>")
            + "</p></article></body></html>";
    Article a = article(cleaned(Format.HTML, html, List.of()));
    assertThat(a.title()).contains("Veldan floods Orsk");
  }

  @Test
  void aNulByteInAPageCostsOnlyThatByte() {
    String html =
        "<html><body><article><p>"
            + PARAGRAPHS.replace("Monday", "Mon\0day").replace("\n\n", "</p><p>")
            + "</p></article></body></html>";
    Article a = article(cleaned(Format.HTML, html, List.of()));
    assertThat(a.text()).contains("on Monday,");
  }

  @Test
  void aTitleOfTwoThousandCapitalisedWordsIsNotUsedAsTheTitle() {
    String title = "Flood Orsk Veldan River Rescue ".repeat(400).strip();
    Article a =
        article(
            cleaned(
                Format.JSONL, PARAGRAPHS, List.of(new FieldSource("title", title, "jsonl title"))));
    assertThat(a.title()).isNotEqualTo(java.util.Optional.of(title));
    assertThat(a.title().map(String::length).orElse(0)).isLessThanOrEqualTo(1_000);
  }

  @Test
  void cleaningThatOutlastsTheTimeLimitIsGivenUpWithAReason() {
    Clean hasty =
        new Clean(
            CleanOptions.defaults()
                .withLimits(CleanLimits.defaults().withMaxArticleTime(Duration.ofNanos(1))));
    Rejection r = rejection(cleaned(hasty, Format.TEXT, PARAGRAPHS.repeat(200), List.of()));
    assertThat(r.kind()).isEqualTo(Rejection.Kind.TOO_LARGE);
    assertThat(r.reason()).contains("cleaning took longer than");
  }

  @Test
  void htmlNestedAHundredThousandDeepIsCleanedWithoutCrashingTheRun() {
    String html =
        "<html><body><article><p>"
            + PARAGRAPHS.replace("\n\n", "</p><p>")
            + "</p></article>"
            + "<div>".repeat(100_000)
            + "deep"
            + "</div>".repeat(100_000)
            + "</body></html>";
    Article a = article(cleaned(Format.HTML, html, List.of()));
    assertThat(a.text()).contains("burst its banks");
  }
}
