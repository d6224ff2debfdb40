package io.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.annotate.Annotation;
import io.corroborate.model.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ClaimExtractorPropertiesTest {
  /** Words that trip the rules: cues, numbers, hedges, dates, quotes and punctuation. */
  private static final List<String> WORDS =
      List.of(
          "said",
          "according",
          "to",
          "the",
          "NCPA",
          "Petra",
          "Valinska",
          "Governor",
          "reported",
          "citing",
          "Meridian",
          "Wire",
          "300",
          "2,700",
          "about",
          "more",
          "than",
          "killed",
          "or",
          "wounded",
          "and",
          "others",
          "born",
          "in",
          "2005",
          "since",
          "2016",
          "on",
          "March",
          "10",
          "21-year-old",
          "aged",
          "26",
          "\"",
          "“",
          "”",
          ",",
          ".",
          "(",
          ")",
          "He",
          "added",
          "two-thirds",
          "of",
          "including",
          "casualties",
          "outlet",
          "noted",
          "\n\n",
          "\n",
          "",
          " ",
          "head",
          "officials",
          "say",
          "—",
          "12",
          "000",
          "served",
          "94th",
          "Brigade",
          "a",
          "member",
          "Varnesian",
          "soldier",
          "was",
          "not",
          "injuries",
          "to",
          "his",
          "legs",
          "unit",
          "carried",
          "no",
          "documents",
          "passport",
          "ID",
          "issued",
          "with",
          "broken",
          "arm");

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> words =
        Arbitraries.of(WORDS).list().ofMaxSize(40).map(ws -> String.join(" ", ws));
    Arbitrary<String> noise = Arbitraries.strings().ofMaxLength(200);
    return Arbitraries.oneOf(words, noise);
  }

  @Property(tries = 300)
  void anyTextYieldsClaimsWithoutAnExceptionAndEverySpanInBounds(@ForAll("texts") String text) {
    Annotation a = PlainLayer.annotate(text, Optional.of(LocalDate.of(2026, 3, 14)));
    ClaimExtractor x = new ClaimExtractor(ExtractOptions.defaults());
    for (Claim c : x.extract("p", "Maradin Courier", a)) {
      inBounds(c.evidence().sentence(), text);
      inBounds(c.evidence().claim(), text);
      inBounds(c.value().span(), text);
      inBounds(c.subject().span(), text);
      for (Voice v : c.attribution().speakers()) {
        inBounds(v.span(), text);
      }
      for (Voice v : c.attribution().cited()) {
        inBounds(v.span(), text);
      }
      assertThat(c.confidence()).isBetween(0.0, 1.0);
    }
    for (AttributionRelation r : x.attributions(a)) {
      inBounds(r.source(), text);
      inBounds(r.cue(), text);
      inBounds(r.content(), text);
    }
  }

  private static void inBounds(Span s, String text) {
    assertThat(s.end()).isLessThanOrEqualTo(text.length());
  }
}
