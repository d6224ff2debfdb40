package io.corroborate.annotate.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.annotate.Annotation;
import io.corroborate.annotate.Token;
import io.corroborate.extract.AttributionRelation;
import io.corroborate.extract.PlainLayer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * How the tagger's source, cue and content chunks become attributions, on chunks laid by hand over
 * made-up sentences (the model is not involved).
 */
class AttributionLinkingTest {

  /** One tagged stretch, named by its words: the first run of tokens that spells them. */
  private record Tag(String role, String words) {}

  private static List<AttributionRelation> link(String text, Tag... tags) {
    Annotation a = PlainLayer.annotate(text, Optional.empty());
    List<AttributionFeatures.Run> runs = AttributionFeatures.runs(a);
    List<AttributionRelation> out = new ArrayList<>();
    for (int r = 0; r < runs.size(); r++) {
      AttributionFeatures.Run run = runs.get(r);
      List<LearnedAttribution.Chunk> chunks = new ArrayList<>();
      for (Tag tag : tags) {
        int[] at = find(a, run, tag.words());
        if (at != null) {
          chunks.add(new LearnedAttribution.Chunk(tag.role(), at[0], at[1]));
        }
      }
      chunks.sort((x, y) -> Integer.compare(x.from(), y.from()));
      out.addAll(
          LearnedAttribution.link(a, run, r + 1 < runs.size() ? runs.get(r + 1) : null, chunks));
    }
    return out;
  }

  /** The token range of {@code words} inside the run, relative to the run, or null. */
  private static int[] find(Annotation a, AttributionFeatures.Run run, String words) {
    List<Token> t = a.tokens();
    for (int from = run.firstToken(); from < run.endToken(); from++) {
      int start = t.get(from).span().start();
      if (!a.text().startsWith(words, start)) {
        continue;
      }
      for (int to = from; to < run.endToken(); to++) {
        if (t.get(to).span().end() == start + words.length()) {
          return new int[] {from - run.firstToken(), to + 1 - run.firstToken()};
        }
      }
    }
    return null;
  }

  private static String of(String text, io.corroborate.model.Span s) {
    return s.of(text);
  }

  @Test
  void aCueAndSourceClosingTheSentenceAttributeWhatComesBeforeThemInnerAttributionIncluded() {
    String text = "The inspectors ordered the gates closed before noon, two officials said.";
    List<AttributionRelation> r =
        link(
            text,
            new Tag("SRC", "The inspectors"),
            new Tag("CUE", "ordered"),
            new Tag("CON", "the gates closed before noon"),
            new Tag("SRC", "two officials"),
            new Tag("CUE", "said"));
    assertThat(r).hasSize(2);
    assertThat(of(text, r.get(0).source())).isEqualTo("The inspectors");
    assertThat(of(text, r.get(1).source())).isEqualTo("two officials");
    assertThat(of(text, r.get(1).content()))
        .isEqualTo("The inspectors ordered the gates closed before noon");
  }

  @Test
  void anOpeningAccordingToAttributesTheRestOfTheSentence() {
    String text = "According to the harbour office, three ferries ran aground on Monday.";
    List<AttributionRelation> r =
        link(text, new Tag("CUE", "According to"), new Tag("SRC", "the harbour office"));
    assertThat(r).hasSize(1);
    assertThat(of(text, r.get(0).content())).isEqualTo("three ferries ran aground on Monday");
  }

  @Test
  void aCueEndingInAColonAttributesTheNextParagraph() {
    String text =
        "The mayor of Lenwick said:\n\n\"The water will recede by Friday. We are ready.\"";
    List<AttributionRelation> r =
        link(text, new Tag("SRC", "The mayor of Lenwick"), new Tag("CUE", "said"));
    assertThat(r).hasSize(1);
    assertThat(of(text, r.get(0).content()))
        .isEqualTo("\"The water will recede by Friday. We are ready.\"");
  }

  @Test
  void aSecondCueOfTheSentenceSharesTheSourceBeforeIt() {
    String text = "The minister criticised the plan on Tuesday, saying it came too late.";
    List<AttributionRelation> r =
        link(
            text,
            new Tag("SRC", "The minister"),
            new Tag("CUE", "criticised"),
            new Tag("CON", "the plan"),
            new Tag("CUE", "saying"),
            new Tag("CON", "it came too late"));
    assertThat(r).hasSize(2);
    assertThat(of(text, r.get(1).source())).isEqualTo("The minister");
    assertThat(of(text, r.get(1).content())).isEqualTo("it came too late");
  }

  @Test
  void aCueWithNoSourceInItsSentenceIsDropped() {
    String text = "Repairs were said to cost more than planned.";
    assertThat(link(text, new Tag("CUE", "were said"), new Tag("CON", "to cost more than planned")))
        .isEmpty();
  }
}
