package io.corroborate.annotate.corenlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.corroborate.annotate.Annotation;
import io.corroborate.annotate.Dependency;
import io.corroborate.annotate.DependencyParse;
import io.corroborate.annotate.EntityMention;
import io.corroborate.annotate.EntityType;
import io.corroborate.annotate.Token;
import io.corroborate.annotate.quantity.QuantityMention;
import io.corroborate.annotate.time.TimeMention;
import io.corroborate.model.Article;
import io.corroborate.model.Block;
import io.corroborate.model.DateStamp;
import io.corroborate.model.Format;
import io.corroborate.model.Origin;
import io.corroborate.model.Role;
import io.corroborate.testkit.Spans;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The CoreNLP layer on text written for these tests; one pipeline is loaded for all test classes.
 */
@Tag("slow")
class CoreNlpLayerTest {
  private static final String TEXT =
      "Sergeant Ivan Petrenko of the 47th Mechanized Brigade told the SBU on Thursday that 12 000 soldiers had crossed near Varnel in the Varnel region\n"
          + "He said about 2 500 of them were wounded last fall\n"
          + "In Kyiv, the Ministry of Defense declined to comment.";
  private static final Optional<LocalDate> DATE = Optional.of(LocalDate.of(2025, 2, 19));

  private static Annotation annotation() {
    return Holder.ANNOTATION;
  }

  /** Annotated once: the tests below only read it. */
  private static final class Holder {
    static final Annotation ANNOTATION = CoreNlpLayer.shared().annotate(TEXT, DATE);
  }

  private static List<String> texts(Annotation a, EntityType type) {
    return a.entities(type).stream().map(EntityMention::text).toList();
  }

  @Test
  void newlinesEndSentencesEvenWithoutAFullStop() {
    assertThat(annotation().sentences()).hasSize(3);
    assertThat(annotation().textOf(annotation().sentences().get(1).span()))
        .startsWith("He said")
        .endsWith("last fall");
  }

  @Test
  void spaceGroupedThousandsBecomeOneNumberToken() {
    List<String> words = annotation().tokens().stream().map(Token::word).toList();
    assertThat(words).contains("12000", "2500").doesNotContain("000", "500");
    Token t =
        annotation().tokens().stream()
            .filter(x -> x.word().equals("12000"))
            .findFirst()
            .orElseThrow();
    assertThat(annotation().textOf(t.span())).isEqualTo("12 000");
    assertThat(t.pos()).isEqualTo("CD");
  }

  @Test
  void tokensCarryPartOfSpeechAndLemma() {
    Token crossed =
        annotation().tokens().stream()
            .filter(x -> x.word().equals("crossed"))
            .findFirst()
            .orElseThrow();
    assertThat(crossed.pos()).startsWith("VB");
    assertThat(crossed.lemma()).isEqualTo("cross");
  }

  @Test
  void peopleUnitsAgenciesAndPlacesAreFoundWithDomainTypes() {
    Annotation a = annotation();
    assertThat(texts(a, EntityType.PERSON)).contains("Ivan Petrenko");
    assertThat(texts(a, EntityType.MILITARY_UNIT)).contains("47th Mechanized Brigade");
    assertThat(texts(a, EntityType.AGENCY)).contains("SBU");
    assertThat(a.entities())
        .anySatisfy(
            e -> {
              assertThat(e.text()).contains("Ministry of Defense");
              assertThat(e.type().coarse()).isEqualTo(EntityType.ORGANIZATION);
            });
    assertThat(texts(a, EntityType.LOCATION)).contains("Varnel", "Varnel region", "Kyiv");
  }

  @Test
  void pronounsAreNotPersonMentions() {
    assertThat(texts(annotation(), EntityType.PERSON)).doesNotContain("He", "them");
  }

  @Test
  void timesAreResolvedAgainstThePublicationDate() {
    List<String> values = annotation().times().stream().map(TimeMention::timex).toList();
    assertThat(values).contains("2025-02-13", "2024-FA");
  }

  @Test
  void quantitiesKeepTheirHedgesAndSkipTimes() {
    List<QuantityMention> qs = annotation().quantities();
    assertThat(qs).extracting(QuantityMention::value).contains(12_000.0, 2_500.0);
    QuantityMention about = qs.stream().filter(q -> q.value() == 2_500.0).findFirst().orElseThrow();
    assertThat(about.bounds().low()).isLessThan(2_500.0);
  }

  @Test
  void everySpanStaysInsideTheTextAndInOrder() {
    Annotation a = annotation();
    Spans.assertInBoundsAndOrdered(
        TEXT.length(),
        a.tokens().stream().map(t -> new int[] {t.span().start(), t.span().end()}).toList());
    Spans.assertInBoundsAndOrdered(
        TEXT.length(),
        a.entities().stream().map(t -> new int[] {t.span().start(), t.span().end()}).toList());
    for (EntityMention e : a.entities()) {
      assertThat(a.textOf(e.span())).isEqualTo(e.text());
    }
  }

  @Test
  void onlyTheChosenSentencesAreParsed() {
    Annotation a = annotation();
    List<DependencyParse> parses = CoreNlpLayer.shared().parse(a, List.of(2));
    assertThat(parses).hasSize(1);
    DependencyParse p = parses.get(0);
    assertThat(p.sentence()).isEqualTo(2);
    int first = a.sentences().get(2).firstToken();
    int end = a.sentences().get(2).endToken();
    assertThat(p.edges()).filteredOn(d -> d.governor() == Dependency.ROOT).hasSize(1);
    Dependency root =
        p.edges().stream().filter(d -> d.governor() == Dependency.ROOT).findFirst().orElseThrow();
    assertThat(a.tokens().get(root.dependent()).word()).isEqualTo("declined");
    assertThat(p.edges()).allSatisfy(d -> assertThat(d.dependent()).isBetween(first, end - 1));
    assertThat(p.edges()).anySatisfy(d -> assertThat(d.relation()).isEqualTo("nsubj"));
  }

  @Test
  void parsingASentenceThatDoesNotExistFailsNamingIt() {
    assertThatThrownBy(() -> CoreNlpLayer.shared().parse(annotation(), List.of(7)))
        .hasMessageContaining("no sentence 7");
  }

  private static Article article(String language, String text) {
    return Article.builder()
        .id("0123456789abcdef")
        .origin(new Origin("story.txt", 0, Format.TEXT))
        .language(language)
        .published(DateStamp.of(DATE.orElseThrow()))
        .blocks(List.of(new Block(text, Role.BODY, 0.9, "paragraph")))
        .build();
  }

  @Test
  void anArticleReadByItsOwnLexiconHasNoPartsOfSpeechAndTheSameEverythingElse() {
    String text =
        "Laut Anna Kovel vom Roten Kreuz in Velmora wurden am Montag 1 200 Menschen verletzt.\n"
            + "Die Polizei von Ostrand meldete 35 Festnahmen.";
    Article de = article("de", text);
    Annotation lean = CoreNlpLayer.shared().annotate(de);
    Annotation full = CoreNlpLayer.shared().annotate(text, DATE);
    // Only the joined thousands carry a tag: the layer's own "CD", no tagger's.
    assertThat(lean.tokens())
        .filteredOn(t -> !t.word().equals("1200"))
        .isNotEmpty()
        .allSatisfy(t -> assertThat(t.pos()).isEmpty());
    assertThat(full.tokens()).anySatisfy(t -> assertThat(t.pos()).isNotEmpty());
    assertThat(lean.sentences()).isEqualTo(full.sentences());
    assertThat(lean.tokens())
        .extracting(Token::span)
        .isEqualTo(full.tokens().stream().map(Token::span).toList());
    assertThat(lean.tokens()).extracting(Token::word).contains("1200", "35");
    assertThat(lean.entities()).isNotEmpty().isEqualTo(full.entities());
    assertThat(lean.times()).isEqualTo(full.times());
    assertThat(lean.quantities()).isNotEmpty().isEqualTo(full.quantities());
  }

  @Test
  void skippingSentencesInLowerCaseLosesNoEntityOfTheOthers() {
    String text =
        "Anna Kovel of the Red Cross said forty people were hurt in Velmora on Monday.\n"
            + "the bridge stayed shut until noon and water kept rising.\n"
            + "Sergeant Teo Varn of the 12th Mechanized Brigade reached Ostrand by boat.";
    CoreNlpOptions chain = CoreNlpOptions.defaults();
    CoreNlpLayer onlyWhereNamesCan =
        new CoreNlpLayer(
            new CoreNlpOptions(
                chain.nerModels(), chain.domainRules(), chain.newlineIsSentenceBreak(), true));
    Annotation skipping = onlyWhereNamesCan.annotate(text, DATE);
    // An article read by its own lexicon gets no parts of speech, so its entity tagger reads
    // every sentence: the same text that way shows what a skipped sentence would have given.
    Annotation everywhere = CoreNlpLayer.shared().annotate(article("de", text));
    assertThat(skipping.sentences()).hasSize(3);
    assertThat(texts(skipping, EntityType.PERSON)).contains("Anna Kovel", "Teo Varn");
    assertThat(texts(skipping, EntityType.MILITARY_UNIT)).contains("12th Mechanized Brigade");
    assertThat(skipping.entities()).isEqualTo(everywhere.entities());
  }

  @Test
  void anEnglishArticleKeepsItsPartsOfSpeech() {
    Annotation a = CoreNlpLayer.shared().annotate(article("en", TEXT));
    assertThat(a).isEqualTo(annotation());
  }

  @Test
  void partsOfSpeechAreTaggedWhereTheClauseRulesReadTheArticle() {
    assertThat(CoreNlpLayer.readsPartsOfSpeech("en")).isTrue();
    assertThat(CoreNlpLayer.readsPartsOfSpeech("und")).isTrue();
    // A language without a lexicon of its own goes to the English clause rules.
    assertThat(CoreNlpLayer.readsPartsOfSpeech("sv")).isTrue();
    assertThat(CoreNlpLayer.readsPartsOfSpeech("de")).isFalse();
    assertThat(CoreNlpLayer.readsPartsOfSpeech("ja")).isFalse();
  }

  @Test
  void blankTextGivesAnEmptyAnnotationWithoutRunningThePipeline() {
    Annotation a = CoreNlpLayer.shared().annotate("  \n ", DATE);
    assertThat(a.sentences()).isEmpty();
    assertThat(a.entities()).isEmpty();
  }
}
