package io.corroborate.annotate.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TimeTaggerPropertiesTest {
  private final TimeTagger tagger = new TimeTagger();

  @Property(tries = 300)
  void anyTextGivesOrderedSpansInBoundsAndEveryMentionHasAValue(
      @ForAll("newsish") String text, @ForAll("anchors") Optional<LocalDate> anchor) {
    int last = 0;
    for (TimeMention m : tagger.find(text, anchor)) {
      assertThat(m.span().start()).isGreaterThanOrEqualTo(last);
      assertThat(m.span().end()).isLessThanOrEqualTo(text.length());
      assertThat(m.span().of(text)).isEqualTo(m.text());
      assertThat(m.timex()).isNotBlank();
      last = m.span().end();
    }
  }

  @Provide
  Arbitrary<String> newsish() {
    Arbitrary<String> pieces =
        Arbitraries.of(
            "last",
            "fall",
            "on",
            "Thursday",
            "late",
            "December",
            "of",
            "year",
            "early",
            "January",
            "Jan.",
            "11",
            "in",
            "November",
            "2024",
            "as of",
            "February",
            "since",
            "2016",
            "born",
            "nearly",
            "two",
            "weeks",
            "after",
            "the previous day",
            "mid-December",
            "will",
            "ago",
            "31",
            "30",
            "29",
            "the",
            "third",
            "quarter",
            ".",
            ",",
            "\n",
            "yesterday",
            "tonight",
            "10 a.m.",
            "1990s");
    return pieces.list().ofMaxSize(16).map(l -> String.join(" ", l));
  }

  @Provide
  Arbitrary<Optional<LocalDate>> anchors() {
    return Arbitraries.integers()
        .between(0, 20_000)
        .map(d -> LocalDate.of(1970, 1, 1).plusDays(d))
        .optional();
  }
}
