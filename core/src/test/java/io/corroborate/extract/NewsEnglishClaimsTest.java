package io.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.annotate.quantity.Bounds;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Claims that news English writes in ways the core readers once passed over: a completion date
 * after "by", a share of a group, and the flag a vessel sails under.
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

  @Test
  void aPlaceJoinedToFlaggedBeforeAVesselIsItsFlag() {
    String text = "The Ostrand-flagged MV Teo container ship struck the pier at dawn.";
    List<Claim> flags = of(text, ClaimKind.ATTRIBUTE);
    assertThat(flags).hasSize(1);
    assertThat(flags.get(0).measure()).isEqualTo("flag");
    assertThat(((ClaimValue.Text) flags.get(0).value()).text()).isEqualTo("Ostrand");
  }

  @Test
  void aFlaggedVesselInAppositionIsTheNamedShipsFlag() {
    String text = "The crash came when the Teo, a Velmora-registered tanker, hit a pier.";
    List<Claim> flags = of(text, ClaimKind.ATTRIBUTE);
    assertThat(flags).extracting(Claim::measure).containsExactly("flag");
    assertThat(flags.get(0).subject().text()).isEqualTo("Teo");
    assertThat(((ClaimValue.Text) flags.get(0).value()).text()).isEqualTo("Velmora");
  }

  @Test
  void aPlaceJoinedToAnotherWordOrNounIsNoFlag() {
    assertThat(of("The Ostrand-based firm built a new ship last year.", ClaimKind.ATTRIBUTE))
        .isEmpty();
    assertThat(of("An Ostrand-flagged policy drew protests.", ClaimKind.ATTRIBUTE)).isEmpty();
  }

  @Test
  void aSuperlativeAfterAVerbOfBecomingIsARank() {
    String text =
        "In May, Anna Kovel bought 9% of Ostrand Mills, making her the company's largest shareholder.";
    List<Claim> ranks =
        of(text, ClaimKind.ATTRIBUTE).stream().filter(c -> c.measure().equals("rank")).toList();
    assertThat(ranks).hasSize(1);
    assertThat(((ClaimValue.Text) ranks.get(0).value()).text()).isEqualTo("largest shareholder");
    String second = "Teo Varn became the second-largest lender in Velmora.";
    assertThat(of(second, ClaimKind.ATTRIBUTE))
        .extracting(c -> ((ClaimValue.Text) c.value()).text())
        .containsExactly("second-largest lender");
  }

  @Test
  void aSuperlativeWithoutAVerbOfBecomingIsNoRank() {
    assertThat(
            of("The largest shareholder of Ostrand Mills sold 3,000 shares.", ClaimKind.ATTRIBUTE))
        .isEmpty();
  }
}
