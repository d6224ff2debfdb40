package io.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A date that names the event a toll counts from ("the quake of 6 March", a clause "after the quake
 * struck on 6 March") is not the day the toll was counted: invented reports of a quake in Velmora,
 * published on 27 March ({@link WorldClaimsTest#claims}).
 */
class EventDatesTest {
  private static final LocalDate MARCH6 = LocalDate.of(2024, 3, 6);

  private static boolean onMarch6(String lang, String text) {
    List<Claim> figures = WorldClaimsTest.claims(lang, text, ClaimKind.NUMERIC);
    assertThat(figures).as(text).hasSize(1);
    return figures.get(0).time() instanceof HoldsAt.During d
        && d.interval().startDate().equals(MARCH6);
  }

  @Test
  void aDateJoinedToAnEventNounNamesTheEvent() {
    assertThat(onMarch6("it", "Il bilancio del terremoto del 6 marzo è salito a 300 morti."))
        .isFalse();
    assertThat(onMarch6("it", "Il 6 marzo a Velmora sono morte 300 persone.")).isTrue();
  }

  @Test
  void anEnglishDateBeforeOrAfterAnEventNounNamesTheEvent() {
    assertThat(
            onMarch6("en", "The March 6 quake has killed 300 people in Velmora, officials said."))
        .isFalse();
    assertThat(
            onMarch6(
                "en", "The quake of March 6 has killed 300 people in Velmora, officials said."))
        .isFalse();
    // a language that writes modifiers after the noun reads no event noun after a date
    assertThat(onMarch6("it", "Il 6 marzo terremoto e frane hanno ucciso 300 persone.")).isTrue();
  }

  @Test
  void aDateInAClauseAfterTheFigureNamesThatClausesEvent() {
    assertThat(
            onMarch6("en", "The toll rose to 300 dead after the quake struck Velmora on March 6."))
        .isFalse();
    assertThat(onMarch6("en", "The toll in Velmora rose to 300 dead on March 6.")).isTrue();
    assertThat(onMarch6("en", "Some 300 people have died in Velmora since March 6.")).isTrue();
  }
}
