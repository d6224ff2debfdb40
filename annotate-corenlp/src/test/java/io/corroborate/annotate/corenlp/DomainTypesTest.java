package io.corroborate.annotate.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import io.corroborate.annotate.EntityMention;
import io.corroborate.annotate.EntityType;
import io.corroborate.annotate.Token;
import io.corroborate.model.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The domain rules and token post-processing, without loading any model. */
class DomainTypesTest {
  private final DomainTypes domain = DomainTypes.load();

  private EntityType retyped(String text, EntityType type) {
    return domain.retype(new EntityMention(new Span(0, text.length()), type, text)).type();
  }

  @Test
  void agenciesAndUnitsTaggedAsOrganisationsGetTheirFinerType() {
    assertThat(retyped("SBU", EntityType.ORGANIZATION)).isEqualTo(EntityType.AGENCY);
    assertThat(retyped("National Intelligence Service", EntityType.ORGANIZATION))
        .isEqualTo(EntityType.AGENCY);
    assertThat(retyped("47th Mechanized Brigade", EntityType.ORGANIZATION))
        .isEqualTo(EntityType.MILITARY_UNIT);
  }

  @Test
  void theNorthKoreanStateTaggedAsAnOrganisationIsAPlace() {
    assertThat(retyped("DPRK", EntityType.ORGANIZATION)).isEqualTo(EntityType.LOCATION);
  }

  @Test
  void nationalityWordsRefineMiscButNeverSplitOrRetypeOtherMentions() {
    assertThat(retyped("Russian", EntityType.MISC)).isEqualTo(EntityType.NATIONALITY);
    assertThat(retyped("Russian Federation", EntityType.LOCATION)).isEqualTo(EntityType.LOCATION);
    assertThat(retyped("Russian", EntityType.PERSON)).isEqualTo(EntityType.PERSON);
  }

  @Test
  void mentionsNoRuleCoversKeepTheirType() {
    assertThat(retyped("Chosun Ilbo", EntityType.ORGANIZATION)).isEqualTo(EntityType.ORGANIZATION);
    assertThat(retyped("Ri", EntityType.PERSON)).isEqualTo(EntityType.PERSON);
  }

  private static List<CoreLabel> labels(String text, String... words) {
    List<CoreLabel> out = new ArrayList<>();
    int from = 0;
    for (String w : words) {
      int start = text.indexOf(w, from);
      CoreLabel l = new CoreLabel();
      l.setWord(w);
      l.setBeginPosition(start);
      l.setEndPosition(start + w.length());
      l.setTag(w.matches("\\d+") ? "CD" : "NNS");
      l.setLemma(w);
      out.add(l);
      from = start + w.length();
    }
    return out;
  }

  @Test
  void spaceGroupedThousandsAreJoinedIntoOneToken() {
    String text = "about 12 000 troops and 2 500 others";
    List<Token> t =
        CoreNlpLayer.joinSpacedThousands(
            text, labels(text, "about", "12", "000", "troops", "and", "2", "500", "others"));
    assertThat(t)
        .extracting(Token::word)
        .containsExactly("about", "12000", "troops", "and", "2500", "others");
    assertThat(t.get(1).span()).isEqualTo(new Span(6, 12));
  }

  @Test
  void numbersSeparatedByMoreThanOneSpaceOrOfOtherLengthsStayApart() {
    String text = "in 2024  500 men, 10 20 30";
    List<Token> t =
        CoreNlpLayer.joinSpacedThousands(
            text, labels(text, "in", "2024", "500", "men", ",", "10", "20", "30"));
    assertThat(t)
        .extracting(Token::word)
        .containsExactly("in", "2024", "500", "men", ",", "10", "20", "30");
  }
}
