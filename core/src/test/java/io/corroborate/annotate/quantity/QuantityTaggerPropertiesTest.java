package io.corroborate.annotate.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class QuantityTaggerPropertiesTest {
  private final QuantityTagger tagger = new QuantityTagger();

  @Property(tries = 300)
  void anyTextGivesSpansInBoundsAndLowNoHigherThanHigh(@ForAll("newsish") String text) {
    int last = 0;
    for (QuantityMention q : tagger.find(text, List.of())) {
      assertThat(q.span().start()).isGreaterThanOrEqualTo(last);
      assertThat(q.span().end()).isLessThanOrEqualTo(text.length());
      assertThat(q.span().of(text)).isEqualTo(q.text());
      assertThat(q.bounds().low()).isLessThanOrEqualTo(q.bounds().high());
      last = q.span().start();
    }
  }

  @Property(tries = 300)
  void everyHedgedNumberKeepsItsValueInsideOrAtTheEdgeOfItsInterval(@ForAll("hedged") String text) {
    for (QuantityMention q : tagger.find(text, List.of())) {
      if (q.hedge() != Hedge.VAGUE) {
        assertThat(q.value()).isBetween(q.bounds().low(), q.bounds().high());
      }
    }
  }

  @Provide
  Arbitrary<String> newsish() {
    Arbitrary<String> pieces =
        Arbitraries.of(
            "about",
            "nearly",
            "12,000",
            "12 000",
            "2 500",
            "1.2 million",
            "troops",
            "between",
            "and",
            "–",
            "-",
            "%",
            "twelve",
            "thousand",
            "half",
            "two-thirds",
            "of",
            "more than",
            "up to",
            "square kilometers",
            "(",
            ")",
            ",",
            ".",
            "Su-34",
            "k",
            "several hundred",
            "thousands",
            "a dozen",
            "  ",
            "\n",
            "0",
            "9,999,999,999,999");
    Arbitrary<String> noise =
        Arbitraries.strings().withChars("0123456789 ,.-–k%abc").ofMaxLength(6);
    return Arbitraries.oneOf(pieces, noise).list().ofMaxSize(14).map(l -> String.join(" ", l));
  }

  @Provide
  Arbitrary<String> hedged() {
    Arbitrary<String> hedge =
        Arbitraries.of(
            "",
            "about ",
            "around ",
            "nearly ",
            "up to ",
            "more than ",
            "at least ",
            "fewer than ",
            "some ",
            "an estimated ");
    Arbitrary<Integer> n = Arbitraries.integers().between(1, 5_000_000);
    Arbitrary<Boolean> comma = Arbitraries.of(true, false);
    return Combinators.combine(hedge, n, comma)
        .as((h, v, c) -> h + (c ? String.format("%,d", v) : Integer.toString(v)) + " people");
  }
}
