package io.corroborate.annotate.corenlp;

import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * How the CoreNLP pipeline is configured. The defaults are the lean setup measured on two cores:
 * newline-aware sentence splitting, POS, lemmas and NER without the fine-grained KBP rules, SUTime
 * or numeric classifiers (times and quantities are normalized in core), plus a small domain rule
 * file for units, agencies, nationalities and places of the war.
 *
 * <pre>{@code CoreNlpLayer layer = new CoreNlpLayer(CoreNlpOptions.defaults());}</pre>
 *
 * @param nerModels the CRF models, run in order; CoreNLP's default chains three
 * @param domainRules apply {@code domain.regexner} after the statistical tagger
 * @param newlineIsSentenceBreak CoreNLP's {@code ssplit.newlineIsSentenceBreak}: {@code always},
 *     {@code two} or {@code never}
 */
public record CoreNlpOptions(
    List<String> nerModels, boolean domainRules, String newlineIsSentenceBreak) {
  /** The 4-class CoNLL model alone: one CRF instead of three, the classes the core uses. */
  public static final String CONLL_4CLASS =
      "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

  /** CoreNLP's default chain: 3-class, 7-class (MUC) and 4-class (CoNLL). */
  public static final List<String> DEFAULT_CHAIN =
      List.of(
          "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz",
          "edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz",
          CONLL_4CLASS);

  static final String DOMAIN_RULES = "io/corroborate/annotate/corenlp/domain.regexner";

  public CoreNlpOptions {
    nerModels = List.copyOf(nerModels);
    Objects.requireNonNull(newlineIsSentenceBreak, "newlineIsSentenceBreak");
    if (nerModels.isEmpty()) {
      throw new IllegalArgumentException("at least one NER model is needed");
    }
    if (!List.of("always", "two", "never").contains(newlineIsSentenceBreak)) {
      throw new IllegalArgumentException(
          "newlineIsSentenceBreak must be always, two or never, got " + newlineIsSentenceBreak);
    }
  }

  public static CoreNlpOptions defaults() {
    return new CoreNlpOptions(DEFAULT_CHAIN, true, "always");
  }

  /**
   * The defaults with overrides for measurements: {@code corroborate.corenlp.ner} = {@code chain}
   * or {@code conll}, {@code corroborate.corenlp.domainRules} = {@code false}.
   */
  public static CoreNlpOptions from(Properties overrides) {
    String ner = overrides.getProperty("corroborate.corenlp.ner", "chain");
    boolean rules = !"false".equals(overrides.getProperty("corroborate.corenlp.domainRules"));
    return new CoreNlpOptions(
        ner.equals("conll") ? List.of(CONLL_4CLASS) : DEFAULT_CHAIN, rules, "always");
  }

  /** The pipeline properties for tokenize, ssplit, pos, lemma, ner. */
  Properties pipelineProperties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    p.setProperty("ssplit.newlineIsSentenceBreak", newlineIsSentenceBreak);
    p.setProperty("ner.model", String.join(",", nerModels));
    // The KBP gazetteer and rules are about two thirds of NER's time; domain rules replace them.
    p.setProperty("ner.applyFineGrained", "false");
    // Times and quantities are normalized in core (TimeTagger, QuantityTagger).
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.buildEntityMentions", "true");
    if (domainRules) {
      p.setProperty("ner.additional.regexner.mapping", DOMAIN_RULES);
      p.setProperty("ner.additional.regexner.ignorecase", "false");
    }
    return p;
  }
}
