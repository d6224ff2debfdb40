package io.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.annotate.quantity.Bounds;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Claims that news English writes in ways the core readers once passed over: a completion date
 * after "by" and a share of a group (a vessel's flag and a holder's rank are word claims, see
 * WordClaimsTest).
 */
class NewsEnglishClaimsTest {
  private static List<Claim> of(String text, ClaimKind kind) {
    return Varnesia.claims(text).stream().filter(c -> c.kind() == kind).toList();
  }

  @Test
  void aCompletionDateAfterByIsADatedEvent() {
    String text = "Officials said the new Orlen span could be completed by fall 2031.";
    List<Claim> events = of(text, ClaimKind.EVENT);
    assertThat(events).hasSize(1);
    Claim c = events.get(0);
    assertThat(c.measure()).isEqualTo("completed");
    assertThat(c.value().span().of(text)).isEqualTo("fall 2031");
    assertThat(((ClaimValue.When) c.value()).interval().startDate())
        .isEqualTo(LocalDate.of(2031, 9, 1));
  }

  @Test
  void aReopeningDateIsADatedEvent() {
    String text = "The authority anticipates reopening the Orlen bridge to traffic in late 2030.";
    List<Claim> events = of(text, ClaimKind.EVENT);
    assertThat(events).extracting(Claim::measure).containsExactly("reopened");
    assertThat(events.get(0).value().span().of(text)).isEqualTo("late 2030");
  }

  @Test
  void aDateAfterUntilStaysAStretchOfTimeForOtherEvents() {
    // Being deployed until March is no dated deployment: only endings take a deadline.
    assertThat(of("The divers were deployed until March 2026.", ClaimKind.EVENT)).isEmpty();
  }

  @Test
  void aPercentageOfAPluralGroupIsAShareOfThatGroup() {
    String text = "Velmora estimates suggest less than 5% of its users are spam accounts.";
    List<Claim> shares = of(text, ClaimKind.NUMERIC);
    assertThat(shares).hasSize(1);
    Claim c = shares.get(0);
    assertThat(c.measure()).isEqualTo("share");
    assertThat(c.subject().text()).isEqualTo("users");
    assertThat(c.value().span().of(text)).isEqualTo("less than 5%");
    assertThat(((ClaimValue.Amount) c.value()).bounds()).isEqualTo(new Bounds(0, true, 5, false));
  }

  @Test
  void aPercentageOfASingularWholeIsLeftAlone() {
    assertThat(of("Teo Varn won 38% of the vote in Ostrel.", ClaimKind.NUMERIC)).isEmpty();
    assertThat(of("Anna Kovel bought 9% of Ostrand Mills.", ClaimKind.NUMERIC)).isEmpty();
  }
}
