package io.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.analyze.PlainLanguageLayer;
import io.corroborate.model.Article;
import io.corroborate.model.DateStamp;
import io.corroborate.model.Format;
import io.corroborate.model.Origin;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A date that names the event a toll counts from ("the quake of 6 March", a clause "after the quake
 * struck on 6 March") is not the day the toll was counted: invented reports of a quake in Velmora.
 */
class EventDatesTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2031, 3, 27);
  private static final LocalDate MARCH6 = LocalDate.of(2031, 3, 6);

  private static HoldsAt holds(String lang, String text) {
    Article a =
        Article.builder()
            .origin(new Origin("report-" + lang + ".txt", 0, Format.TEXT))
            .id("report-" + lang)
            .outlet("example.org")
            .text(text, List.of(), List.of())
            .language(lang)
            .published(DateStamp.of(PUBLISHED))
            .build();
    List<Claim> figures =
        new ClaimExtractor(ExtractOptions.defaults())
            .extract(a, new PlainLanguageLayer().annotate(a)).stream()
                .filter(c -> c.kind() == ClaimKind.NUMERIC)
                .toList();
    assertThat(figures).as(text).hasSize(1);
    return figures.get(0).time();
  }

  private static boolean onMarch6(HoldsAt h) {
    return h instanceof HoldsAt.During d && d.interval().startDate().equals(MARCH6);
  }

  @Test
  void aDateJoinedToAnEventNounNamesTheEvent() {
    assertThat(onMarch6(holds("it", "Il bilancio del terremoto del 6 marzo è salito a 300 morti.")))
        .isFalse();
    assertThat(onMarch6(holds("it", "Il 6 marzo a Velmora sono morte 300 persone."))).isTrue();
  }

  @Test
  void aDateInAClauseAfterTheFigureNamesThatClausesEvent() {
    assertThat(
            onMarch6(
                holds(
                    "en", "The toll rose to 300 dead after the quake struck Velmora on March 6.")))
        .isFalse();
    assertThat(onMarch6(holds("en", "The toll in Velmora rose to 300 dead on March 6."))).isTrue();
    assertThat(onMarch6(holds("en", "Some 300 people have died in Velmora since March 6.")))
        .isTrue();
  }
}
