package io.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.annotate.Annotation;
import io.corroborate.model.Span;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Who may be a claim's source: a person, a body, an outlet, or a pronoun that stands for one; never
 * a phrase beside a cue that only looks like a speaker.
 */
class SourceKindsTest {
  private static List<String> lines(String text) {
    return Varnesia.claims(text).stream().map(c -> Varnesia.describe(c, text)).toList();
  }

  /** A tagger that marks one source, cue and content in the first sentence, as given. */
  private static List<Claim> taggedClaims(String text, String source, String cue) {
    int s = text.indexOf(source);
    int c = text.indexOf(cue);
    AttributionTagger tagger =
        new AttributionTagger() {
          @Override
          public boolean accepts(Annotation annotation) {
            return true;
          }

          @Override
          public List<AttributionRelation> tag(Annotation annotation) {
            return List.of(
                new AttributionRelation(
                    0,
                    new Span(s, s + source.length()),
                    new Span(c, c + cue.length()),
                    new Span(0, text.length() - 1),
                    false));
          }
        };
    return new ClaimExtractor(ExtractOptions.defaults(), Optional.of(tagger))
        .extract("varnesia-1", "Maradin Courier", Varnesia.annotate(text));
  }

  @Test
  void itAddedContinuesTheBodyThatSpokeInTheSentenceBefore() {
    String text =
        "At least 40 people were rescued from the river, the coast guard said. It added that 12 boats were still searching.";
    assertThat(lines(text))
        .anyMatch(
            l -> l.contains("| [12, 12] |") && l.contains("the coast guard ← Maradin Courier"));
  }

  @Test
  void itAddedDoesNotReachPastABlankLine() {
    String text =
        "At least 40 people were rescued from the river, the coast guard said.\n\nIt added that 12 boats were still searching.";
    assertThat(lines(text))
        .anyMatch(l -> l.contains("| [12, 12] |") && l.endsWith("| Maradin Courier"));
  }

  @Test
  void itNeverStandsForAPerson() {
    String text =
        "At least 40 people were rescued from the river, Teo Varn said. It added that 12 boats were still searching.";
    assertThat(lines(text)).noneMatch(l -> l.contains("| [12, 12] |") && l.contains("Teo Varn"));
  }

  @Test
  void aVoiceInARelativeClauseDoesNotSpeakAFigureOutsideIt() {
    String text =
        "The 2.4-mile bridge, named after the painter who wrote “Ode to Velmora,” carries 30,000 cars a day.";
    assertThat(lines(text))
        .anyMatch(l -> l.contains("| [2.4, 2.4] |") && l.endsWith("| Maradin Courier"));
  }

  @Test
  void aRelativeClauseStillSpeaksTheFigureItReports() {
    String text = "The agency, which said 14 people were killed, closed the road.";
    assertThat(lines(text)).anyMatch(l -> l.contains("| [14, 14] |") && l.contains("The agency"));
  }

  @Test
  void aPhraseHoldingAMeasuredFigureIsNeverASource() {
    String text =
        "The harbour board declared the 400-foot wide and 30-foot deep channel open to ships on Monday.";
    List<Claim> claims = taggedClaims(text, "the 400-foot wide", "declared");
    assertThat(claims).isNotEmpty();
    assertThat(claims)
        .allMatch(
            c -> c.attribution().speakers().stream().noneMatch(v -> v.name().contains("400")));
  }

  @Test
  void aNegatedPhraseBesideACueIsNeverASource() {
    String text = "Twelve crew members were accounted for, with no serious injuries reported.";
    List<Claim> claims = taggedClaims(text, "no serious injuries", "reported");
    assertThat(claims).isNotEmpty();
    assertThat(claims).allMatch(c -> c.attribution().speakers().isEmpty());
  }

  @Test
  void aTaggedPersonBesideACueStillSpeaks() {
    String text = "Anna Kovel declared that 30 ships were waiting.";
    List<Claim> claims = taggedClaims(text, "Anna Kovel", "declared");
    assertThat(claims)
        .anyMatch(
            c -> c.attribution().speakers().stream().anyMatch(v -> v.name().equals("Anna Kovel")));
  }
}
