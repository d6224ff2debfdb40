package io.corroborate.annotate.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimeTaggerTest {
  private static final Optional<LocalDate> FEB_19_2025 =
      Optional.of(LocalDate.of(2025, 2, 19)); // a Wednesday
  private final TimeTagger tagger = new TimeTagger();

  private TimeMention only(String text, Optional<LocalDate> anchor) {
    List<TimeMention> found = tagger.find(text, anchor);
    assertThat(found).as("times in '%s'", text).hasSize(1);
    return found.get(0);
  }

  private static TimeInterval interval(TimeMention m) {
    assertThat(m.resolution()).as("%s resolves", m.text()).isInstanceOf(Resolution.Resolved.class);
    return m.interval().orElseThrow();
  }

  private static TimeInterval days(String start, String endExclusive, Granularity g) {
    return TimeInterval.ofDays(LocalDate.parse(start), LocalDate.parse(endExclusive), g);
  }

  @Test
  void lastFallInAFebruaryArticleIsTheAutumnBefore() {
    TimeMention m = only("Troops were deployed last fall to support Russia.", FEB_19_2025);
    assertThat(m.text()).isEqualTo("last fall");
    assertThat(m.timex()).isEqualTo("2024-FA");
    assertThat(interval(m)).isEqualTo(days("2024-09-01", "2024-12-01", Granularity.SEASON));
  }

  @Test
  void daysNamedFromTheArticleDateCountEvenWhenTheirWordsAreSpacedTwice() {
    assertThat(only("The ferry sails the day after tomorrow.", FEB_19_2025).timex())
        .isEqualTo("2025-02-21");
    // A line break or a double space inside the phrase still names the same day.
    assertThat(only("The ferry sailed the day  before\nyesterday.", FEB_19_2025).timex())
        .isEqualTo("2025-02-17");
    assertThat(only("The ferry sails tonight.", FEB_19_2025).timex()).startsWith("2025-02-19");
  }

  @Test
  void aBareWeekdayIsTheOneBeforeTheArticleDateInAPastSentence() {
    TimeMention m = only("The ministry said on Thursday that two men were held.", FEB_19_2025);
    assertThat(m.timex()).isEqualTo("2025-02-13");
  }

  @Test
  void aDaySetAsideOrSetForSomethingIsTheOneAfterEvenInAPastSentence() {
    // Wednesday 19 February: the day of mourning declared today, the funeral set for, lie ahead.
    assertThat(only("The governor declared Friday a day of mourning.", FEB_19_2025).timex())
        .isEqualTo("2025-02-21");
    assertThat(only("The funeral is set for Monday.", FEB_19_2025).timex()).isEqualTo("2025-02-24");
  }

  @Test
  void aBareWeekdayInAFutureSentenceIsTheOneAfter() {
    TimeMention m = only("The envoy will arrive on Thursday.", FEB_19_2025);
    assertThat(m.timex()).isEqualTo("2025-02-20");
  }

  @Test
  void lateDecemberOfLastYearIsTheLastThirdOfDecember() {
    TimeMention m = only("They arrived in late December of last year.", FEB_19_2025);
    assertThat(m.text()).isEqualTo("late December of last year");
    assertThat(m.timex()).isEqualTo("2024-12");
    assertThat(m.mod()).contains("END");
    assertThat(interval(m)).isEqualTo(days("2024-12-22", "2025-01-01", Granularity.MONTH));
  }

  @Test
  void earlyJanuaryTakesTheNearestJanuary() {
    TimeMention m = only("Fighting resumed in early January.", FEB_19_2025);
    assertThat(m.timex()).isEqualTo("2025-01");
    assertThat(m.mod()).contains("START");
    assertThat(interval(m).startDate()).isEqualTo(LocalDate.of(2025, 1, 1));
  }

  @Test
  void abbreviatedMonthAndDayTakeTheArticlesYear() {
    assertThat(only("The photo was released Jan. 11 by the ministry.", FEB_19_2025).timex())
        .isEqualTo("2025-01-11");
  }

  @Test
  void monthDayWithoutYearBeforeTheArticleMonthLooksBack() {
    assertThat(only("He was sent to the front in early December.", FEB_19_2025).timex())
        .isEqualTo("2024-12");
  }

  @Test
  void monthAndYearIsAMonthInterval() {
    TimeMention m = only("He was moved by train in November 2024.", FEB_19_2025);
    assertThat(m.text()).isEqualTo("November 2024");
    assertThat(interval(m)).isEqualTo(days("2024-11-01", "2024-12-01", Granularity.MONTH));
  }

  @Test
  void asOfKeepsTheMonthAndRecordsTheSignal() {
    TimeMention m = only("As of February 2025, 8,000 fighters remain.", FEB_19_2025);
    assertThat(m.text()).isEqualTo("February 2025");
    assertThat(m.relation()).isEqualTo(Relation.AS_OF);
    assertThat(m.timex()).isEqualTo("2025-02");
  }

  @Test
  void sinceAYearClaimsEverythingUpToTheArticleDate() {
    TimeMention m = only("The treaty has held since 2016.", FEB_19_2025);
    assertThat(m.text()).isEqualTo("2016");
    assertThat(m.relation()).isEqualTo(Relation.SINCE);
    Resolution.Resolved r = (Resolution.Resolved) m.resolution();
    assertThat(r.interval()).isEqualTo(days("2016-01-01", "2017-01-01", Granularity.YEAR));
    assertThat(r.claimed().start().toLocalDate()).isEqualTo(LocalDate.of(2016, 1, 1));
    assertThat(r.claimed().end().toLocalDate()).isEqualTo(LocalDate.of(2025, 2, 20));
  }

  @Test
  void bornInAYearIsThatYear() {
    TimeMention m = only("The soldier was born in 2005.", FEB_19_2025);
    assertThat(m.timex()).isEqualTo("2005");
    assertThat(interval(m).granularity()).isEqualTo(Granularity.YEAR);
  }

  @Test
  void nearlyTwoWeeksAfterAnEventIsADurationRelativeToTheEvent() {
    TimeMention m =
        only("He was captured nearly two weeks after the offensive began.", FEB_19_2025);
    assertThat(m.text()).isEqualTo("nearly two weeks");
    assertThat(m.kind()).isEqualTo(TimeKind.DURATION);
    assertThat(m.timex()).isEqualTo("P2W");
    assertThat(m.mod()).contains("LESS_THAN");
    assertThat(m.resolution())
        .isEqualTo(
            new Resolution.Unresolved(Resolution.Reason.RELATIVE_TO_EVENT, "P2W after an event"));
  }

  @Test
  void thePreviousDayCountsFromTheLastDateTheTextNamed() {
    List<TimeMention> found =
        tagger.find(
            "The unit was hit on January 9. The previous day, it had moved north.", FEB_19_2025);
    assertThat(found)
        .extracting(TimeMention::text)
        .containsExactly("January 9", "The previous day");
    assertThat(found.get(1).timex()).isEqualTo("2025-01-08");
    assertThat(((Resolution.Resolved) found.get(1).resolution()).basis()).isEqualTo("narrative");
  }

  @Test
  void thePreviousDayWithNoEarlierDateStaysUnresolved() {
    TimeMention m = only("The previous day, the unit had moved north.", FEB_19_2025);
    assertThat(m.resolution()).isInstanceOf(Resolution.Unresolved.class);
    assertThat(((Resolution.Unresolved) m.resolution()).reason())
        .isEqualTo(Resolution.Reason.RELATIVE_TO_EVENT);
  }

  @Test
  void midDecemberIsTheMiddleThirdOfTheNearestDecember() {
    TimeMention m = only("The first clashes came in mid-December.", FEB_19_2025);
    assertThat(m.text()).isEqualTo("mid-December");
    assertThat(m.mod()).contains("MID");
    assertThat(interval(m)).isEqualTo(days("2024-12-11", "2024-12-22", Granularity.MONTH));
  }

  @Test
  void fullDatesResolveWithoutAnArticleDate() {
    TimeMention m = only("Ri said he was brought to Russia on October 10, 2024.", Optional.empty());
    assertThat(m.timex()).isEqualTo("2024-10-10");
    assertThat(((Resolution.Resolved) m.resolution()).basis()).isEqualTo("absolute");
  }

  @Test
  void relativeExpressionsWithoutAnArticleDateSayWhyTheyAreUnresolved() {
    for (String text :
        List.of(
            "It happened last fall.",
            "They met on Thursday.",
            "He arrived in early January.",
            "It rained yesterday.")) {
      TimeMention m = only(text, Optional.empty());
      assertThat(m.resolution()).as(text).isInstanceOf(Resolution.Unresolved.class);
      assertThat(((Resolution.Unresolved) m.resolution()).reason())
          .as(text)
          .isEqualTo(Resolution.Reason.NO_ANCHOR);
      assertThat(m.timex()).as(text).isNotBlank();
    }
  }

  @Test
  void ordinaryVerbsNamedLikeMonthsOrSeasonsAreNotTimes() {
    assertThat(tagger.find("Prices may fall and troops march on.", FEB_19_2025)).isEmpty();
  }

  @Test
  void quartersInFinancialNewsAreTheLatestBegunQuarter() {
    TimeMention m =
        only("Profit rose in the third quarter.", Optional.of(LocalDate.of(1989, 10, 25)));
    assertThat(m.timex()).isEqualTo("1989-Q3");
  }

  @Test
  void agoCountsBackFromTheArticleDate() {
    assertThat(only("The plant closed two years ago.", FEB_19_2025).timex()).isEqualTo("2023");
  }

  @Test
  void emptyTextHasNoTimes() {
    assertThat(tagger.find("", FEB_19_2025)).isEmpty();
  }

  @Test
  void aSpelledOutYearFromATranscriptIsAYear() {
    TimeMention m = only("It began in the winter of nineteen ninety-four.", FEB_19_2025);
    assertThat(m.text()).isEqualTo("the winter of nineteen ninety-four");
    assertThat(m.timex()).isEqualTo("1994-WI");
    assertThat(only("They hoped for peace by the year two thousand.", FEB_19_2025).timex())
        .isEqualTo("2000");
  }

  @Test
  void twoThousandWithoutTheYearIsACountNotAYear() {
    assertThat(tagger.find("Some two thousand people marched.", FEB_19_2025))
        .noneMatch(m -> m.timex().equals("2000"));
  }

  @Test
  void anOrdinalCenturyIsValuedByItsHundreds() {
    TimeMention m = only("A relic of the 11th century was found.", FEB_19_2025);
    assertThat(m.timex()).isEqualTo("10");
    assertThat(interval(m)).isEqualTo(days("1000-01-01", "1100-01-01", Granularity.CENTURY));
  }

  @Test
  void halfUnitsAreWrittenWithTheNextSmallerUnit() {
    assertThat(only("The talks lasted 5 1/2 hours.", FEB_19_2025).timex()).isEqualTo("PT5H30M");
    assertThat(only("He served 2 1/2 years in prison.", FEB_19_2025).timex()).isEqualTo("P2Y6M");
  }

  @Test
  void thePastYearAloneIsThePreviousCalendarYear() {
    TimeMention m = only("Sales fell during the past year.", FEB_19_2025);
    assertThat(m.timex()).isEqualTo("2024");
  }

  @Test
  void aVaguePastSpanIsAPastReference() {
    TimeMention m = only("Prices rose over the past few months.", FEB_19_2025);
    assertThat(m.timex()).isEqualTo("PAST_REF");
    assertThat(m.resolution()).isInstanceOf(Resolution.Unresolved.class);
  }

  @Test
  void aBareDecadeKeepsItsOpenDigit() {
    assertThat(only("Its early 1990s growth faded.", FEB_19_2025).timex()).isEqualTo("199X");
    assertThat(only("It was built in the 1960s.", FEB_19_2025).timex()).isEqualTo("196");
    assertThat(only("Disco ruled the seventies.", FEB_19_2025).timex()).isEqualTo("197");
  }

  @Test
  void theLatestQuarterIsTheLastCompletedOne() {
    TimeMention m = only("Profit rose in the latest quarter.", FEB_19_2025);
    assertThat(m.timex()).isEqualTo("2024-Q4");
  }

  @Test
  void theLastHalfOfAYearIsItsSecondHalf() {
    assertThat(only("Output grew in the last half of 1989.", FEB_19_2025).timex())
        .isEqualTo("1989-H2");
  }

  @Test
  void thisPastSpringInTheAutumnIsTheSpringJustEnded() {
    TimeMention m = only("They met this past spring.", Optional.of(LocalDate.of(1989, 10, 30)));
    assertThat(m.timex()).isEqualTo("1989-SP");
  }

  @Test
  void theYearIsTheArticleYearUnlessAReportingPeriodFollows() {
    assertThat(only("Earnings for the year rose 5%.", FEB_19_2025).timex()).isEqualTo("2025");
    TimeMention period =
        tagger.find("Earnings for the fiscal year ended in June rose.", FEB_19_2025).get(0);
    assertThat(period.text()).isEqualTo("the fiscal year");
    assertThat(period.timex()).isEqualTo("P1Y");
    assertThat(period.kind()).isEqualTo(TimeKind.DURATION);
  }

  @Test
  void everyNamedDayOrMonthIsARecurrence() {
    TimeMention m = only("The council meets every Thursday.", FEB_19_2025);
    assertThat(m.timex()).isEqualTo("XXXX-WXX-4");
    assertThat(m.kind()).isEqualTo(TimeKind.SET);
    assertThat(only("Tourists arrive each July.", FEB_19_2025).timex()).isEqualTo("XXXX-07");
  }

  @Test
  void theNearFutureAndTheShortTermAreFutureReferences() {
    assertThat(only("No change is expected in the near future.", FEB_19_2025).timex())
        .isEqualTo("FUTURE_REF");
    assertThat(only("Rates may rise in the short term.", FEB_19_2025).timex())
        .isEqualTo("FUTURE_REF");
  }

  @Test
  void aPlannedWeekdayIsTheOneAfter() {
    TimeMention m = only("Protesters are planning to gather on Saturday.", FEB_19_2025);
    assertThat(m.timex()).isEqualTo("2025-02-22");
  }

  @Test
  void recurrencesAreReadInFrenchAndGermanAsInEnglish() {
    assertThat(only("The ferry to Velmora sails every other week.", FEB_19_2025).timex())
        .isEqualTo("P2W");
    assertThat(only("The ferry to Velmora sails daily.", FEB_19_2025).timex()).isEqualTo("P1D");
    TimeMention fr = only("Le ferry pour Velmora part toutes les deux semaines.", FEB_19_2025);
    assertThat(fr.text()).isEqualTo("toutes les deux semaines");
    assertThat(fr.kind()).isEqualTo(TimeKind.SET);
    assertThat(fr.timex()).isEqualTo("P2W");
    assertThat(only("Le port d'Ostrand ouvre chaque matin.", FEB_19_2025).timex()).isEqualTo("P1D");
    TimeMention de = only("Die Fähre nach Velmora fährt Jeden Monat.", FEB_19_2025);
    assertThat(de.kind()).isEqualTo(TimeKind.SET);
    assertThat(de.timex()).isEqualTo("P1M");
    assertThat(only("Der Hafen von Ostrand wird täglich geprüft.", FEB_19_2025).timex())
        .isEqualTo("P1D");
  }

  @Test
  void aCoupleOfCountsTwoWhileSeveralCountsNone() {
    assertThat(only("The ferry ran a couple of weeks ago.", FEB_19_2025).timex())
        .isEqualTo("2025-W06");
    assertThat(only("The ferry ran several weeks ago.", FEB_19_2025).timex()).isEqualTo("PAST_REF");
  }
}
