package io.corroborate.annotate.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.testkit.Repo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The time expressions of the five seed articles, resolved against the date their text gives. */
class SeedTimesTest {
  private static final Pattern DATE_LINE =
      Pattern.compile("(?m)^\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})\\b");
  private final TimeTagger tagger = new TimeTagger();

  private record Seed(String text, Optional<LocalDate> date, List<TimeMention> times) {
    TimeMention expect(String expression) {
      return times.stream()
          .filter(t -> t.text().equals(expression))
          .findFirst()
          .orElseThrow(
              () ->
                  new AssertionError(
                      "no time expression '"
                          + expression
                          + "' among "
                          + times.stream().map(TimeMention::text).toList()));
    }
  }

  private Seed seed(String prefix) throws IOException {
    Path dir = Repo.sharedOrSkip("corpus/seeds");
    Path file;
    try (Stream<Path> s = Files.list(dir)) {
      file = s.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
    }
    String text = Files.readString(file);
    Matcher m = DATE_LINE.matcher(text);
    Optional<LocalDate> date =
        m.find() ? Optional.of(LocalDate.parse(m.group(1))) : Optional.empty();
    return new Seed(text, date, tagger.find(text, date));
  }

  private static void resolves(Seed s, String expression, String timex) {
    TimeMention m = s.expect(expression);
    assertThat(m.timex()).as(expression).isEqualTo(timex);
    assertThat(m.resolved()).as(expression + " resolved").isTrue();
  }

  @Test
  void seed001DatedFebruary19ResolvesItsRelativeAndAbsoluteDates() throws IOException {
    Seed s = seed("001_");
    assertThat(s.date()).contains(LocalDate.of(2025, 2, 19));
    resolves(s, "October 10, 2024", "2024-10-10");
    resolves(s, "early December", "2024-12");
    assertThat(s.expect("early December").mod()).contains("START");
    resolves(s, "January 5", "2025-01-05");
    resolves(s, "October 24, 2024", "2024-10-24");
    resolves(s, "December 27, 2024", "2024-12-27");
    resolves(s, "January 2025", "2025-01");
    resolves(s, "February 2025", "2025-02");
    assertThat(s.expect("February 2025").relation()).isEqualTo(Relation.AS_OF);
  }

  @Test
  void undatedSeedsResolveTheirAbsoluteDates() throws IOException {
    resolves(seed("000_"), "November 2024", "2024-11");
    Seed s002 = seed("002_");
    resolves(s002, "June 19, 2024", "2024-06-19");
    resolves(s002, "August 2024", "2024-08");
    resolves(s002, "Oct. 10, 2024", "2024-10-10");
    Seed s003 = seed("003_");
    resolves(s003, "January 11, 2025", "2025-01-11");
    resolves(s003, "August 2024", "2024-08");
    Seed s004 = seed("004_");
    resolves(s004, "2005", "2005");
    resolves(s004, "2016", "2016");
    assertThat(s004.expect("2016").relation()).isEqualTo(Relation.SINCE);
  }

  @Test
  void undatedSeedsLeaveRelativeExpressionsUnresolvedWithTheReason() throws IOException {
    Seed s002 = seed("002_");
    assertThat(s002.date()).isEmpty();
    for (String expression : List.of("last fall", "mid-December")) {
      TimeMention m = s002.expect(expression);
      assertThat(m.resolution()).as(expression).isInstanceOf(Resolution.Unresolved.class);
      assertThat(((Resolution.Unresolved) m.resolution()).reason())
          .isEqualTo(Resolution.Reason.NO_ANCHOR);
    }
    TimeMention late = seed("004_").expect("late December of last year");
    assertThat(late.timex()).isEqualTo("XXXX-12");
    assertThat(late.mod()).contains("END");
  }

  @Test
  void theSameDayIsNotAnchoredOnTheArticleDate() throws IOException {
    TimeMention m = seed("000_").expect("the same day");
    assertThat(m.resolution()).isInstanceOf(Resolution.Unresolved.class);
    assertThat(((Resolution.Unresolved) m.resolution()).reason())
        .isEqualTo(Resolution.Reason.RELATIVE_TO_EVENT);
  }

  @Test
  void seed002DatedLikeSeed001WouldPlaceLastFallInAutumn2024() throws IOException {
    Seed s = seed("002_");
    List<TimeMention> dated = tagger.find(s.text(), Optional.of(LocalDate.of(2025, 2, 19)));
    TimeMention fall =
        dated.stream().filter(t -> t.text().equals("last fall")).findFirst().orElseThrow();
    assertThat(fall.timex()).isEqualTo("2024-FA");
    TimeMention mid =
        dated.stream().filter(t -> t.text().equals("mid-December")).findFirst().orElseThrow();
    assertThat(mid.timex()).isEqualTo("2024-12");
  }

  @Test
  void acrossTheSeedsAtLeastFifteenExpressionsResolve() throws IOException {
    long resolved = 0;
    for (String p : List.of("000_", "001_", "002_", "003_", "004_")) {
      Seed s = seed(p);
      resolved += s.times().stream().filter(TimeMention::resolved).count();
      for (TimeMention t : s.times()) {
        assertThat(t.span().of(s.text())).isEqualTo(t.text());
      }
    }
    assertThat(resolved).isGreaterThanOrEqualTo(15);
  }
}
