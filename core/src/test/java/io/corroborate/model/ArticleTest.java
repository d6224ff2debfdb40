package io.corroborate.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.corroborate.testkit.Spans;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ArticleTest {
  private static final Origin ORIGIN = new Origin("story.html", 0, Format.HTML);

  @Test
  void blocksBecomeTextWithPassageSpansAndRemovedPassagesKeepTheirReason() {
    Article a =
        Article.builder()
            .id("0123456789abcdef")
            .origin(ORIGIN)
            .blocks(
                List.of(
                    new Block("Home | World | Sport", Role.NAVIGATION, 0.9, "in <nav>"),
                    new Block("The river rose two metres overnight.", Role.BODY, 0.8, "paragraph"),
                    new Block("Photo: the flooded square", Role.CAPTION, 0.7, "figcaption"),
                    new Block("Read more", Role.TEASER, 0.9, "call to action")))
            .build();
    assertThat(a.text())
        .isEqualTo("The river rose two metres overnight.\n\nPhoto: the flooded square");
    assertThat(a.passages()).extracting(Passage::index).containsExactly(1, 2);
    assertThat(a.textOf(a.passages().get(1))).isEqualTo("Photo: the flooded square");
    assertThat(a.removed())
        .extracting(RemovedPassage::reason)
        .containsExactly("in <nav>", "call to action");
  }

  @Test
  void textWithoutCaptionsLeavesOutOnlyTheCaptionPassages() {
    Article a =
        Article.builder()
            .id("0123456789abcdef")
            .origin(ORIGIN)
            .blocks(
                List.of(
                    new Block("The river rose two metres overnight.", Role.BODY, 0.8, "paragraph"),
                    new Block("Photo: the flooded square", Role.CAPTION, 0.7, "figcaption"),
                    new Block("Evacuations continued.", Role.BODY, 0.8, "paragraph")))
            .build();
    assertThat(a.textWithoutCaptions())
        .isEqualTo("The river rose two metres overnight.\n\nEvacuations continued.");
    assertThat(a.text()).contains("Photo: the flooded square");
  }

  @Test
  void passageSpanPastTheTextIsRefused() {
    assertThatThrownBy(
            () ->
                Article.builder()
                    .id("x".repeat(16))
                    .origin(ORIGIN)
                    .text(
                        "short", List.of(new Passage(0, new Span(0, 10), Role.BODY, 1)), List.of())
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("past text end");
  }

  @Test
  void spanRefusesNegativeOrInvertedBounds() {
    assertThatThrownBy(() -> new Span(-1, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Span(5, 2)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void dateStampRoundTripsThroughItsIsoForm() {
    DateStamp day = DateStamp.of(LocalDate.of(2025, 2, 19));
    DateStamp instant = DateStamp.of(OffsetDateTime.parse("2025-02-19T10:15:00+02:00"));
    assertThat(DateStamp.parse(day.toString())).isEqualTo(day);
    assertThat(DateStamp.parse(instant.toString())).isEqualTo(instant);
  }

  @Test
  void sameBytesGiveTheSameArticleIdAndOtherBytesAnother() {
    String a = Ids.articleId(Ids.sha256("river"));
    assertThat(Ids.articleId(Ids.sha256("river"))).isEqualTo(a).hasSize(16);
    assertThat(Ids.articleId(Ids.sha256("river."))).isNotEqualTo(a);
  }

  @Property(tries = 200)
  void anyBlocksAssembleIntoInBoundsOrderedSpans(
      @ForAll List<@net.jqwik.api.constraints.StringLength(max = 40) String> texts,
      @ForAll boolean alternate) {
    List<Block> blocks =
        java.util.stream.IntStream.range(0, texts.size())
            .mapToObj(
                i ->
                    new Block(
                        texts.get(i),
                        alternate && i % 2 == 0 ? Role.TEASER : Role.BODY,
                        0.5,
                        "generated"))
            .toList();
    Article a = Article.builder().id("f".repeat(16)).origin(ORIGIN).blocks(blocks).build();
    Spans.assertInBoundsAndOrdered(
        a.text().length(),
        a.passages().stream().map(p -> new int[] {p.span().start(), p.span().end()}).toList());
    for (Passage p : a.passages()) {
      assertThat(a.textOf(p)).isEqualTo(blocks.get(p.index()).text().strip());
    }
  }
}
