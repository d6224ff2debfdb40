package io.corroborate.annotate.corenlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeSet;

/**
 * How the CoreNLP pipeline is configured. The defaults are the lean setup measured on two cores:
 * newline-aware sentence splitting, POS, lemmas and NER without the fine-grained KBP rules, SUTime
 * or numeric classifiers (times and quantities are normalized in core), plus a small domain rule
 * file for units, agencies, nationalities and places of the war. NER runs CoreNLP's chain of three
 * CRF models on every sentence. Two lighter setups are options, measured on the real coverage: the
 * 3-class model alone on the sentences that can carry a name halves the annotating thread's CPU an
 * article, but it drops the MISC class (CoNLL F1 84.8 against 92.0) and moved a few articles out of
 * their story; the chain on those sentences only gave CoNLL F1 91.86 against 91.93. Neither made a
 * whole run measurably faster, since annotation is no longer most of its cost, so the default keeps
 * the chain everywhere ({@code -Dcorroborate.corenlp.ner=all3} and {@code
 * -Dcorroborate.corenlp.nerOnlyWhereNamesCan=true} select the others).
 *
 * <pre>{@code CoreNlpLayer layer = new CoreNlpLayer(CoreNlpOptions.defaults());}</pre>
 *
 * @param nerModels the CRF models, run in order; CoreNLP's default chains three
 * @param domainRules apply {@code domain.regexner} after the statistical tagger
 * @param newlineIsSentenceBreak CoreNLP's {@code ssplit.newlineIsSentenceBreak}: {@code always},
 *     {@code two} or {@code never}
 * @param nerOnlyWhereNamesCan run NER only on sentences that can carry a name (a proper noun by the
 *     tagger, a capitalised word after the first or a capitalised adjective first, or letters of a
 *     script without case), where parts of speech are tagged; a sentence in lower case throughout
 *     gets no entities from the CRF or the domain rules (whose patterns all start with a capital or
 *     a digit) either way
 */
public record CoreNlpOptions(
    List<String> nerModels,
    boolean domainRules,
    String newlineIsSentenceBreak,
    boolean nerOnlyWhereNamesCan) {
  /** The 4-class CoNLL model: persons, organisations, places and MISC. */
  public static final String CONLL_4CLASS =
      "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

  /** The 3-class model (person, organisation, location) trained on the most data. */
  public static final String ALL_3CLASS =
      "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

  /** The 7-class MUC model (with dates, times, money and percents, which the core ignores). */
  public static final String MUC_7CLASS =
      "edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz";

  /** CoreNLP's default chain: 3-class, 7-class (MUC) and 4-class (CoNLL). */
  public static final List<String> DEFAULT_CHAIN = List.of(ALL_3CLASS, MUC_7CLASS, CONLL_4CLASS);

  /** The short names {@link #from} reads for the models, joined with {@code +}. */
  private static final Map<String, String> MODEL_NAMES =
      Map.of("all3", ALL_3CLASS, "muc7", MUC_7CLASS, "conll", CONLL_4CLASS);

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
    return new CoreNlpOptions(DEFAULT_CHAIN, true, "always", false);
  }

  /**
   * The defaults with overrides for measurements: {@code corroborate.corenlp.ner} = {@code chain}
   * (CoreNLP's three models, the default), {@code all3}, {@code conll} or models by short name
   * joined with {@code +} ({@code all3+conll}: run in that order), {@code
   * corroborate.corenlp.domainRules} = {@code false}, {@code
   * corroborate.corenlp.nerOnlyWhereNamesCan} = {@code true} (NER only on sentences that can carry
   * a name). {@link CoreNlpLayer#shared()} reads them from the system properties, so {@code -D}
   * flags set the setup of any command for a side-by-side measurement.
   */
  public static CoreNlpOptions from(Properties overrides) {
    String ner = overrides.getProperty("corroborate.corenlp.ner", "chain");
    List<String> models = new ArrayList<>();
    for (String name : (ner.equals("chain") ? "all3+muc7+conll" : ner).split("\\+")) {
      String model = MODEL_NAMES.get(name);
      if (model == null) {
        throw new IllegalArgumentException(
            "corroborate.corenlp.ner must be chain or models of "
                + new TreeSet<>(MODEL_NAMES.keySet())
                + " joined with +, got "
                + ner);
      }
      models.add(model);
    }
    boolean rules = !"false".equals(overrides.getProperty("corroborate.corenlp.domainRules"));
    boolean onlyWhereNamesCan =
        "true".equals(overrides.getProperty("corroborate.corenlp.nerOnlyWhereNamesCan"));
    return new CoreNlpOptions(models, rules, "always", onlyWhereNamesCan);
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
