package io.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.annotate.quantity.Hedge;
import io.corroborate.annotate.time.Relation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-labelled sentences of an invented story (a dam failure in Varnesia); positives and
 * negatives.
 */
class ClaimExtractorTest {
  private static List<String> lines(String text) {
    return Varnesia.claims(text).stream().map(c -> Varnesia.describe(c, text)).toList();
  }

  @Test
  void twoFiguresJoinedByAndAreTwoClaimsOfOneSpeakerSideBySide() {
    String text =
        "Governor Petra Valinska said on Tuesday that 14 people were killed and 230 others injured.";
    List<Claim> claims = Varnesia.claims(text);
    assertThat(lines(text))
        .containsExactly(
            "NUMERIC people | killed | [14, 14] | 2026-03-10 | Governor Petra Valinska ← Maradin Courier",
            "NUMERIC people | injured | [230, 230] | 2026-03-10 | Governor Petra Valinska ← Maradin Courier | [ClaimLink[kind=ALONGSIDE, other=0]]",
            "ATTRIBUTE Petra Valinska | role | Governor | 2026-03-10 | Maradin Courier");
    assertThat(claims.get(0).attribution().speakers().get(0).cue()).isEqualTo("said");
    assertThat(claims.get(0).evidence().claim().of(text)).isEqualTo("14 people were killed");
  }

  @Test
  void aFigureFollowedRightAwayByItsPredicateCountsWithoutANounOfItsOwn() {
    // The predicate starts where the counted noun would: there is no noun phrase left to count.
    String text = "The clinic in Brenitsa listed 14 hospitalised vs 9 dead on Tuesday.";
    List<Claim> claims = Varnesia.claims(text);
    assertThat(claims).allMatch(c -> !c.subject().text().isBlank());
    assertThat(lines(text)).anyMatch(l -> l.contains("| [9, 9] |"));
  }

  @Test
  void thePublishingOutletNamedAsASourceDoesNotRelayItself() {
    Voice self =
        new Voice(
            "Maradin Courier",
            new io.corroborate.model.Span(0, 15),
            "according to",
            java.util.Optional.empty(),
            false);
    Voice ncpa =
        new Voice(
            "the NCPA",
            new io.corroborate.model.Span(20, 28),
            "said",
            java.util.Optional.empty(),
            false);
    Attribution a = new Attribution(List.of(ncpa), List.of(self), "Maradin Courier");
    assertThat(a.chain()).isEqualTo("the NCPA ← Maradin Courier");
    assertThat(new Attribution(List.of(self), List.of(), "Maradin Courier").chain())
        .isEqualTo("Maradin Courier");
  }

  @Test
  void anOutletCitedUnderTheNameOfItsSiteIsTheOutletItself() {
    Voice station =
        new Voice(
            "Harbor-7 News",
            new io.corroborate.model.Span(0, 13),
            "told",
            java.util.Optional.empty(),
            false);
    Voice wire =
        new Voice(
            "the Meridian Wire",
            new io.corroborate.model.Span(20, 37),
            "citing",
            java.util.Optional.empty(),
            false);
    assertThat(new Attribution(List.of(), List.of(station), "www.harbor7news.com").chain())
        .isEqualTo("www.harbor7news.com");
    assertThat(new Attribution(List.of(), List.of(wire), "harbor7news.com").chain())
        .isEqualTo("the Meridian Wire ← harbor7news.com");
  }

  @Test
  void killedOrWoundedIsOneMeasureAndMoreThanIsAHedgeWithAnOpenInterval() {
    String text = "The NCPA said more than 40 workers were killed or wounded at the plant.";
    List<Claim> claims = Varnesia.claims(text);
    assertThat(claims).hasSize(1);
    Claim c = claims.get(0);
    assertThat(c.measure()).isEqualTo("killed-or-wounded");
    ClaimValue.Amount a = (ClaimValue.Amount) c.value();
    assertThat(a.hedge()).isEqualTo(Hedge.MORE_THAN);
    assertThat(a.bounds().contains(40)).isFalse();
    assertThat(a.bounds().contains(41)).isTrue();
    assertThat(c.hedging().cues()).contains("more than");
    assertThat(c.attribution().chain()).isEqualTo("The NCPA ← Maradin Courier");
  }

  @Test
  void accordingToACitedOutletMakesAChainOfSpeakerOutletAndPublisher() {
    String text =
        "According to sources in the Meridian Wire, about 4,000 residents have been evacuated from the valley.";
    Claim c = Varnesia.claims(text).get(0);
    assertThat(c.measure()).isEqualTo("evacuated");
    assertThat(c.attribution().speakers()).extracting(Voice::name).containsExactly("sources");
    assertThat(c.attribution().cited())
        .extracting(Voice::name)
        .containsExactly("the Meridian Wire");
    assertThat(c.attribution().outlet()).isEqualTo("Maradin Courier");
    assertThat(c.time())
        .isEqualTo(new HoldsAt.ArticleDate(java.util.Optional.of(Varnesia.PUBLISHED)));
  }

  @Test
  void anOutletReportingWhileCitingOfficialsPutsTheOfficialsFirst() {
    String text =
        "The Meridian Wire reported that more than 60 people remain missing, citing rescue officials.";
    assertThat(lines(text))
        .containsExactly(
            "NUMERIC people | missing | (60, ∞) | article-date | rescue officials ← The Meridian Wire ← Maradin Courier | hedged [more than]");
  }

  @Test
  void aVerbBeforeTheNumberSaysWhatItCounts() {
    String text =
        "The army has deployed around 900 soldiers to the valley, an NCPA spokesperson said.";
    List<Claim> claims = Varnesia.claims(text);
    assertThat(claims).hasSize(1);
    assertThat(claims.get(0).measure()).isEqualTo("deployed");
    assertThat(claims.get(0).subject().text()).isEqualTo("soldiers");
    assertThat(claims.get(0).attribution().speakers())
        .extracting(Voice::name)
        .containsExactly("an NCPA spokesperson");
  }

  @Test
  void aShareOfATotalIsLinkedToTheTotal() {
    String text = "The NCPA said the flood caused 300 casualties, with two-thirds of them killed.";
    List<Claim> claims = Varnesia.claims(text);
    assertThat(claims).extracting(Claim::measure).containsExactly("casualties", "killed");
    assertThat(claims.get(1).links()).containsExactly(new ClaimLink(ClaimLink.Kind.FRACTION_OF, 0));
  }

  @Test
  void partsIntroducedByIncludingBelongToTheFirstTotal() {
    String text =
        "There are about 1,200 rescuers in the valley, including 40 divers and three helicopter crews.";
    List<Claim> claims = Varnesia.claims(text);
    assertThat(claims)
        .extracting(c -> ((ClaimValue.Amount) c.value()).value())
        .containsExactly(1200.0, 40.0, 3.0);
    assertThat(claims.get(1).links()).containsExactly(new ClaimLink(ClaimLink.Kind.PART_OF, 0));
    assertThat(claims.get(2).links()).containsExactly(new ClaimLink(ClaimLink.Kind.PART_OF, 0));
  }

  @Test
  void aDateNextToAnEventVerbIsADatedEvent() {
    String text = "The Orlen dam failed on March 10, the NCPA said.";
    List<Claim> claims = Varnesia.claims(text);
    assertThat(claims).hasSize(1);
    Claim c = claims.get(0);
    assertThat(c.kind()).isEqualTo(ClaimKind.EVENT);
    assertThat(c.subject().text()).isEqualTo("The Orlen dam");
    assertThat(c.measure()).isEqualTo("failed");
    assertThat(((ClaimValue.When) c.value()).interval().startDate())
        .isEqualTo(LocalDate.of(2026, 3, 10));
    assertThat(c.attribution().speakers()).extracting(Voice::name).containsExactly("the NCPA");
  }

  @Test
  void aStatementToTheMediaAndABoardingAreDatedEvents() {
    String told = "Governor Petra Valinska told local television on March 8 that the dam held.";
    Claim statement =
        Varnesia.claims(told).stream()
            .filter(c -> c.kind() == ClaimKind.EVENT)
            .findFirst()
            .orElseThrow();
    assertThat(statement.measure()).isEqualTo("statement");
    assertThat(((ClaimValue.When) statement.value()).interval().startDate())
        .isEqualTo(LocalDate.of(2026, 3, 8));
    String boarded = "Marek boarded a rescue boat in Ostrel on March 6.";
    assertThat(Varnesia.claims(boarded))
        .filteredOn(c -> c.kind() == ClaimKind.EVENT)
        .extracting(Claim::measure)
        .containsExactly("left");
  }

  @Test
  void ageBirthYearAndServiceStartAreAttributesOfTheirSubject() {
    String text = "A 34-year-old engineer, born in 1991, has worked at the plant since 2015.";
    assertThat(lines(text))
        .containsExactly(
            "ATTRIBUTE engineer | age | [34, 34] | article-date | Maradin Courier",
            "ATTRIBUTE A 34-year-old engineer | born | 1991-01-01/YEAR | 1991-01-01 | Maradin Courier",
            "ATTRIBUTE A 34-year-old engineer | serving-since | 2015-01-01/YEAR | 2015-01-01 | Maradin Courier");
    Claim since = Varnesia.claims(text).get(2);
    assertThat(((HoldsAt.During) since.time()).relation()).isEqualTo(Relation.SINCE);
    assertThat(((HoldsAt.During) since.time()).interval().end().toLocalDate())
        .isAfter(LocalDate.of(2026, 1, 1));
  }

  @Test
  void aRoleAppositionIsARoleAttribute() {
    String text = "Anton Brel, head of the Varnesian water agency, visited the site.";
    List<Claim> claims = Varnesia.claims(text);
    assertThat(claims).hasSize(1);
    assertThat(claims.get(0).measure()).isEqualTo("role");
    assertThat(claims.get(0).subject().text()).isEqualTo("Anton Brel");
    assertThat(((ClaimValue.Text) claims.get(0).value()).text())
        .isEqualTo("head of the Varnesian water agency");
  }

  @Test
  void sheGoesToTheLatestWomanNamedAndHeToTheLatestMan() {
    String text =
        "Mrs Anna Kovel said the spillway held. Mr Teo Varn, the dam engineer, said the gates were"
            + " open. She added that 12 homes were flooded. He said 40 cows drowned.";
    List<Claim> claims = Varnesia.claims(text);
    assertThat(claims)
        .filteredOn(c -> c.kind() == ClaimKind.NUMERIC)
        .extracting(c -> c.attribution().speakers().get(0).name())
        .containsExactly("Mrs Anna Kovel", "Mr Teo Varn");
  }

  @Test
  void aGenderedNounInAnAppositionShowsThePersonsSex() {
    String text =
        "Anna Kovel, a spokeswoman, said the spillway held. Teo Varn, a father of two, arrived"
            + " later. She added that 12 homes were flooded.";
    assertThat(Varnesia.claims(text))
        .filteredOn(c -> c.kind() == ClaimKind.NUMERIC && c.measure().equals("flooded"))
        .extracting(c -> c.attribution().speakers().get(0).name())
        .containsExactly("Anna Kovel");
  }

  @Test
  void aPronounOfTheOtherSexThanEveryPersonNamedGoesToNoOne() {
    String text =
        "Spokeswoman Anna Kovel said the spillway held. He added that 12 homes were flooded.";
    assertThat(Varnesia.claims(text))
        .filteredOn(c -> c.kind() == ClaimKind.NUMERIC)
        .singleElement()
        .satisfies(c -> assertThat(c.attribution().speakers()).isEmpty());
  }

  @Test
  void aQuoteTakesItsSpeakerFromTheCueAndHeAddedInheritsIt() {
    String text =
        "\"We heard the wall crack before dawn,\" said Tomas Reder, a farmer. He added that 12 cows drowned.";
    List<Claim> claims = Varnesia.claims(text);
    assertThat(claims).extracting(Claim::kind).containsExactly(ClaimKind.QUOTE, ClaimKind.NUMERIC);
    assertThat(((ClaimValue.Text) claims.get(0).value()).text())
        .isEqualTo("We heard the wall crack before dawn");
    assertThat(claims.get(0).subject().text()).isEqualTo("Tomas Reder");
    Voice he = claims.get(1).attribution().speakers().get(0);
    assertThat(he.name()).isEqualTo("Tomas Reder");
    assertThat(he.inherited()).isTrue();
    assertThat(claims.get(1).confidence()).isLessThan(claims.get(0).confidence());
  }

  @Test
  void aReportOfWhatSomeoneToldAnOutletKeepsBothSpeakersTheFirstHandOneFirst() {
    String text = "The mayor said the engineer told the Meridian Wire that 40 homes were flooded.";
    assertThat(Varnesia.claims(text).get(0).attribution().chain())
        .isEqualTo("the engineer ← The mayor ← the Meridian Wire ← Maradin Courier");
  }

  @Test
  void twoSpeakersSideBySideDoNotRelayEachOther() {
    String text =
        "The mayor said 40 homes were flooded, while the engineer said 12 homes were flooded.";
    assertThat(Varnesia.claims(text))
        .extracting(c -> c.attribution().chain())
        .containsExactly("The mayor ← Maradin Courier", "the engineer ← Maradin Courier");
  }

  @Test
  void aTitleSourceStandsForThePersonNamedWithThatTitleBefore() {
    String text =
        "Governor Petra Valinska said on Tuesday that the spillway held.\n\nThe governor said 40 homes were flooded.";
    Claim c =
        Varnesia.claims(text).stream().filter(x -> x.measure().equals("flooded")).findFirst().get();
    Voice v = c.attribution().speakers().get(0);
    assertThat(v.name()).isEqualTo("Governor Petra Valinska");
    assertThat(v.inherited()).isTrue();
  }

  @Test
  void anInstitutionNamedAgainByItsKindIsOneSource() {
    String text =
        "The Varnesian Water Ministry said 40 homes were flooded. The ministry added that 12 people were missing.";
    assertThat(Varnesia.claims(text))
        .extracting(c -> c.attribution().chain())
        .containsOnly("The Varnesian Water Ministry ← Maradin Courier");
  }

  @Test
  void anIndefiniteTitleIsSomeoneNew() {
    String text =
        "Governor Petra Valinska said 40 homes were flooded. A governor said 12 people were missing.";
    List<Claim> claims = Varnesia.claims(text);
    assertThat(claims.get(claims.size() - 1).attribution().speakers().get(0).name())
        .isEqualTo("A governor");
  }

  @Test
  void theOutletNotedResolvesToTheOutletCitedBefore() {
    String text =
        "The Meridian Wire reported the information.\n\nThe outlet noted that 25 homes were destroyed.";
    Claim c = Varnesia.claims(text).get(0);
    assertThat(c.measure()).isEqualTo("destroyed");
    assertThat(c.attribution().cited())
        .extracting(Voice::name)
        .containsExactly("The Meridian Wire");
  }

  @Test
  void anArticleThatSaysWhoseReportItRelaysCitesThatOutletForItsOwnClaims() {
    String text =
        "The Meridian Wire reported the information.\n\nAbout 70 people were evacuated by boat.";
    Claim c = Varnesia.claims(text).get(0);
    assertThat(c.attribution().chain()).isEqualTo("The Meridian Wire ← Maradin Courier");
    assertThat(c.attribution().cited().get(0).inherited()).isTrue();
  }

  @Test
  void aSentenceGoingOnWithAReportKeepsItsSource() {
    String text =
        "The NCPA reported on March 11 that the spillway had collapsed. There are about 600 people in shelters.";
    List<Claim> claims = Varnesia.claims(text);
    Claim shelters = claims.get(claims.size() - 1);
    assertThat(shelters.measure()).isEqualTo("sheltered");
    assertThat(shelters.attribution().speakers())
        .extracting(Voice::name)
        .containsExactly("The NCPA");
  }

  @Test
  void aSpeakerCitedThroughAnOutletKeepsThatOutletLaterInTheArticle() {
    String text =
        "Two engineers spoke to the Meridian Wire in a shelter.\n\nOne of the engineers said 18 turbines were damaged.";
    Claim c = Varnesia.claims(text).get(0);
    assertThat(c.measure()).isEqualTo("damaged");
    assertThat(c.attribution().chain())
        .isEqualTo("One of the engineers ← the Meridian Wire ← Maradin Courier");
  }

  @Test
  void oneOrTwoIsARange() {
    String text = "Each shelter is run by one or two volunteers, the NCPA said.";
    List<Claim> claims = Varnesia.claims(text);
    assertThat(claims).hasSize(1);
    ClaimValue.Amount a = (ClaimValue.Amount) claims.get(0).value();
    assertThat(a.hedge()).isEqualTo(Hedge.RANGE);
    assertThat(a.bounds()).isEqualTo(io.corroborate.annotate.quantity.Bounds.closed(1, 2));
    assertThat(a.span().of(text)).isEqualTo("one or two");
  }

  @Test
  void negationIsKept() {
    String text = "The NCPA said 30 residents were not evacuated.";
    Claim c = Varnesia.claims(text).get(0);
    assertThat(c.measure()).isEqualTo("evacuated");
    assertThat(c.hedging().negated()).isTrue();
  }

  @Test
  void hedgeWordsOfTheSentenceAreKept() {
    String text = "An estimated 5,000 residents were reportedly displaced.";
    Claim c = Varnesia.claims(text).get(0);
    assertThat(c.measure()).isEqualTo("displaced");
    assertThat(c.hedging().cues()).contains("reportedly");
  }

  @Test
  void measurementsYearsPageFurnitureAndUnattributedQuotesAreNotClaims() {
    // The dam's height is a claim of its size (LengthsAndSumsTest); the year it was built is not.
    assertThat(Varnesia.claims("The 38-metre dam was built in 1971."))
        .allSatisfy(c -> assertThat(c.measure()).isEqualTo("length"));
    assertThat(Varnesia.claims("Page 2 of 5")).isEmpty();
    assertThat(Varnesia.claims("Share this story: 14 comments")).isEmpty();
    assertThat(
            Varnesia.claims(
                "The reservoir holds 120 million cubic metres and covers 12 square kilometres."))
        .isEmpty();
    assertThat(Varnesia.claims("Residents called it \"the old lady of the valley\" for decades."))
        .isEmpty();
    assertThat(Varnesia.claims("The 84th Engineer Battalion arrived from the north.")).isEmpty();
    assertThat(Varnesia.claims("Read more: Maradin Courier live updates")).isEmpty();
    assertThat(Varnesia.claims("Officials did not say how many homes were destroyed.")).isEmpty();
  }

  @Test
  void everyEvidenceSpanLiesInsideItsSentence() {
    String text =
        String.join(
            " ",
            "Governor Petra Valinska said on Tuesday that 14 people were killed and 230 others injured when the Orlen dam failed on March 10.",
            "\"We heard the wall crack before dawn,\" said Tomas Reder, a farmer.");
    for (Claim c : Varnesia.claims(text)) {
      assertThat(c.evidence().claim().start())
          .isGreaterThanOrEqualTo(c.evidence().sentence().start());
      assertThat(c.evidence().claim().end()).isLessThanOrEqualTo(c.evidence().sentence().end());
      assertThat(c.subject().span().end()).isLessThanOrEqualTo(text.length());
    }
  }
}
