package io.corroborate.annotate.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import io.corroborate.annotate.Annotation;
import io.corroborate.annotate.Dependency;
import io.corroborate.annotate.DependencyParse;
import io.corroborate.annotate.EntityMention;
import io.corroborate.annotate.EntityType;
import io.corroborate.annotate.LanguageLayer;
import io.corroborate.annotate.Sentence;
import io.corroborate.annotate.Token;
import io.corroborate.annotate.quantity.QuantityMention;
import io.corroborate.annotate.quantity.QuantityTagger;
import io.corroborate.annotate.time.TimeMention;
import io.corroborate.annotate.time.TimeTagger;
import io.corroborate.lang.Abbreviations;
import io.corroborate.lang.LanguagePack;
import io.corroborate.model.Article;
import io.corroborate.model.DateStamp;
import io.corroborate.model.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The language layer on Stanford CoreNLP 4.5: sentences, tokens with POS and lemma, and named
 * entities from CoreNLP; times and quantities from the core's own normalizers; dependency parses
 * only for the sentences asked for.
 *
 * <p>Loading the models takes seconds and gigabytes, so one instance per process is shared by all
 * threads through {@link #shared()}; annotating is thread-safe.
 *
 * <pre>{@code
 * Annotation a = CoreNlpLayer.shared().annotate(article);
 * a.entities(EntityType.PERSON);
 * }</pre>
 */
public final class CoreNlpLayer implements LanguageLayer {
  private static final Pattern THREE_DIGITS = Pattern.compile("\\d{3}(?:[.,]\\d+)?");
  private static final Pattern LEAD_DIGITS = Pattern.compile("\\d{1,3}");
  private static final Set<String> PRONOUNS =
      Set.of(
          "i",
          "me",
          "my",
          "he",
          "him",
          "his",
          "she",
          "her",
          "hers",
          "they",
          "them",
          "their",
          "we",
          "us",
          "our",
          "you",
          "your",
          "it",
          "its",
          "himself",
          "herself",
          "themselves");

  /**
   * Tags the 4-class model gives to tokens that are really US state abbreviations in military text.
   */
  private static final Set<String> FALSE_LOCATIONS = Set.of("ID");

  private final CoreNlpOptions options;
  private final StanfordCoreNLP pipeline;

  /**
   * The tokenizer, sentence splitter, part-of-speech tagger and lemmatizer of {@link #pipeline}
   * (the same instances, from its pool), without the entity tagger, which {@link #ner} runs after
   * them on the sentences that can carry a name.
   */
  private final AnnotationPipeline partsOfSpeech;

  /**
   * The same tokenizer and sentence splitter without parts of speech and lemmas: for languages
   * whose claims are read by their own lexicons, which never look at the English tagger's parts of
   * speech. The entity tagger does not read them either, so an article's entities are the same both
   * ways.
   */
  private final AnnotationPipeline withoutPartsOfSpeech;

  private final Annotator ner;

  private final TimeTagger times = new TimeTagger();
  private final QuantityTagger quantities = new QuantityTagger();
  private final DomainTypes domain;
  private final long loadMillis;
  private volatile DependencyParseAnnotator parser;

  /** Loads the pipeline now (seconds; gigabytes of models). Prefer {@link #shared()}. */
  public CoreNlpLayer(CoreNlpOptions options) {
    this.options = options;
    long t0 = System.nanoTime();
    this.pipeline = new StanfordCoreNLP(options.pipelineProperties());
    this.partsOfSpeech =
        new AnnotationPipeline(
            List.of(
                pipeline.pool.get("tokenize"),
                pipeline.pool.get("ssplit"),
                pipeline.pool.get("pos"),
                pipeline.pool.get("lemma")));
    this.withoutPartsOfSpeech =
        new AnnotationPipeline(List.of(pipeline.pool.get("tokenize"), pipeline.pool.get("ssplit")));
    this.ner = pipeline.pool.get("ner");
    this.domain = options.domainRules() ? DomainTypes.load() : null;
    this.loadMillis = (System.nanoTime() - t0) / 1_000_000;
  }

  private static final class Holder {
    static final CoreNlpLayer INSTANCE =
        new CoreNlpLayer(CoreNlpOptions.from(System.getProperties()));
  }

  /**
   * The process-wide layer with default options, loaded on first use; the {@code
   * corroborate.corenlp.*} system properties of {@link CoreNlpOptions#from} override them.
   */
  public static CoreNlpLayer shared() {
    return Holder.INSTANCE;
  }

  @Override
  public String name() {
    return "corenlp-4.5.10";
  }

  public CoreNlpOptions options() {
    return options;
  }

  /** How long loading the pipeline took, for reports. */
  public long loadMillis() {
    return loadMillis;
  }

  /**
   * Annotates a text in full: parts of speech and lemmas with the rest, whatever its language (the
   * benchmarks and the attribution tagger's training read it so).
   */
  @Override
  public Annotation annotate(String text, Optional<LocalDate> published) {
    return annotate(text, published, true, null);
  }

  /**
   * Annotates an article's text, with parts of speech and lemmas only where something reads them:
   * an article in a language whose claims its own lexicon reads ({@link #readsPartsOfSpeech}) gets
   * the same sentences, tokens, entities, times and quantities without them, and the English
   * tagger, the costliest step on text it was not trained for, is not run.
   */
  @Override
  public Annotation annotate(Article article) {
    Optional<LocalDate> published = article.published().map(DateStamp::date);
    return annotate(
        article.text(), published, readsPartsOfSpeech(article.language()), article.language());
  }

  /**
   * Whether claims of an article in {@code language} are read with parts of speech: English and any
   * language without a figure lexicon of its own ({@code measures.tsv}) go to the English clause
   * rules and the learned attribution tagger, which read them; the other languages' lexicons read
   * words and never parts of speech.
   */
  static boolean readsPartsOfSpeech(String language) {
    return LanguagePack.other(language).filter(pack -> pack.has("measures.tsv")).isEmpty();
  }

  private Annotation annotate(
      String text, Optional<LocalDate> published, boolean withPartsOfSpeech, String language) {
    if (text.isBlank()) {
      return Annotation.empty(text, published);
    }
    edu.stanford.nlp.pipeline.Annotation doc = new edu.stanford.nlp.pipeline.Annotation(text);
    (withPartsOfSpeech ? partsOfSpeech : withoutPartsOfSpeech).annotate(doc);
    edu.stanford.nlp.pipeline.Annotation named = withNames(doc, withPartsOfSpeech);
    ner.annotate(named);
    List<Sentence> sentences = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      int first = tokens.size();
      tokens.addAll(joinSpacedThousands(text, s.get(CoreAnnotations.TokensAnnotation.class)));
      if (tokens.size() == first) {
        continue;
      }
      int start = tokens.get(first).span().start();
      int end = tokens.get(tokens.size() - 1).span().end();
      sentences.add(new Sentence(sentences.size(), new Span(start, end), first, tokens.size()));
    }
    sentences = joinAfterAbbreviations(text, language, sentences);
    List<EntityMention> entities = new ArrayList<>();
    List<CoreMap> mentions = named.get(CoreAnnotations.MentionsAnnotation.class);
    if (mentions != null) {
      for (CoreMap m : mentions) {
        entity(text, m).map(e -> domain == null ? e : domain.retype(e)).ifPresent(entities::add);
      }
    }
    entities.addAll(RegionNames.bareMentions(text, entities));
    entities.sort(java.util.Comparator.comparingInt((EntityMention e) -> e.span().start()));
    List<TimeMention> timeMentions = times.find(text, published);
    List<QuantityMention> quantityMentions =
        quantities.find(text, timeMentions.stream().map(TimeMention::span).toList());
    return new Annotation(
        text, published, sentences, tokens, entities, timeMentions, quantityMentions);
  }

  /**
   * The sentences with each one that the English splitter closed at the period of an abbreviation
   * of the article's language ("Rund 23 Mio. Menschen", "ca. 40", "bzw. die") or of a day before a
   * month name ("am 26. März") joined to the next on the same line: German capitalises every noun,
   * so a capital after the period says nothing.
   */
  static List<Sentence> joinAfterAbbreviations(
      String text, String language, List<Sentence> sentences) {
    if (language == null || sentences.size() < 2 || Abbreviations.of(language).isEmpty()) {
      return sentences;
    }
    List<Sentence> out = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      Sentence prev = out.isEmpty() ? null : out.get(out.size() - 1);
      if (prev != null
          && text.substring(prev.span().end(), s.span().start()).indexOf('\n') < 0
          && (Abbreviations.closesAbbreviation(language, text, prev.span().end() - 1)
              || Abbreviations.closesDayBeforeMonth(language, text, prev.span().end() - 1))) {
        out.set(
            out.size() - 1,
            new Sentence(
                prev.index(),
                new Span(prev.span().start(), s.span().end()),
                prev.firstToken(),
                s.endToken()));
      } else {
        out.add(new Sentence(out.size(), s.span(), s.firstToken(), s.endToken()));
      }
    }
    return out;
  }

  /**
   * The document the entity tagger reads: {@code doc} itself, or, where the options ask for it and
   * parts of speech are tagged, a view of it with only the sentences that can carry a name (the
   * same sentence and token objects, and all the document's tokens, so token indexes still hold).
   * The tagger reads one sentence at a time, so a sentence's entities are the same either way.
   */
  private edu.stanford.nlp.pipeline.Annotation withNames(
      edu.stanford.nlp.pipeline.Annotation doc, boolean withPartsOfSpeech) {
    if (!options.nerOnlyWhereNamesCan() || !withPartsOfSpeech) {
      return doc;
    }
    List<CoreMap> all = doc.get(CoreAnnotations.SentencesAnnotation.class);
    List<CoreMap> named = new ArrayList<>(all.size());
    for (CoreMap s : all) {
      if (canCarryName(s.get(CoreAnnotations.TokensAnnotation.class))) {
        named.add(s);
      }
    }
    if (named.size() == all.size()) {
      return doc;
    }
    edu.stanford.nlp.pipeline.Annotation view =
        new edu.stanford.nlp.pipeline.Annotation(doc.get(CoreAnnotations.TextAnnotation.class));
    view.set(
        CoreAnnotations.TokensAnnotation.class, doc.get(CoreAnnotations.TokensAnnotation.class));
    view.set(CoreAnnotations.SentencesAnnotation.class, named);
    return view;
  }

  /**
   * Whether a tagged sentence can carry a name: a word tagged as a proper noun, a capitalised word
   * after the first (the first is capitalised in any sentence) or a capitalised adjective first, or
   * a letter of a script without case (Arabic, Hebrew, Chinese…), where capitals say nothing.
   */
  static boolean canCarryName(List<CoreLabel> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      CoreLabel l = tokens.get(i);
      String tag = l.tag();
      if (tag != null && tag.startsWith("NNP")) {
        return true;
      }
      String word = l.word();
      boolean capital = !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
      // After the first word a capital is enough; the first one has it anyway, so there it takes
      // an adjective's tag besides ("Dutch officials said …": a nationality the tagger calls JJ).
      if (capital && (i > 0 || (tag != null && tag.startsWith("JJ")))) {
        return true;
      }
      for (int k = 0; k < word.length(); ) {
        int c = word.codePointAt(k);
        if (Character.isLetter(c) && !Character.isUpperCase(c) && !Character.isLowerCase(c)) {
          return true;
        }
        k += Character.charCount(c);
      }
    }
    return false;
  }

  private static Optional<EntityMention> entity(String text, CoreMap m) {
    String tag = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
    Integer b = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    Integer e = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    if (tag == null || b == null || e == null || e <= b || e > text.length()) {
      return Optional.empty();
    }
    Optional<EntityType> type = typeOf(tag);
    String covered = text.substring(b, e);
    if (type.isEmpty() || covered.isBlank()) {
      return Optional.empty();
    }
    // Pronouns are coreference's business, not named entities.
    if (PRONOUNS.contains(covered.toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    if (type.get() == EntityType.LOCATION && FALSE_LOCATIONS.contains(covered)) {
      return Optional.empty();
    }
    return Optional.of(new EntityMention(new Span(b, e), type.get(), covered));
  }

  /**
   * CoreNLP's tags to the layer's types; numeric and time tags are left to the core's normalizers.
   */
  static Optional<EntityType> typeOf(String tag) {
    return switch (tag) {
      case "PERSON" -> Optional.of(EntityType.PERSON);
      case "ORGANIZATION" -> Optional.of(EntityType.ORGANIZATION);
      case "LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE" -> Optional.of(EntityType.LOCATION);
      case "MISC" -> Optional.of(EntityType.MISC);
      case "NATIONALITY", "RELIGION" -> Optional.of(EntityType.NATIONALITY);
      case "MILITARY_UNIT" -> Optional.of(EntityType.MILITARY_UNIT);
      case "AGENCY" -> Optional.of(EntityType.AGENCY);
      default -> Optional.empty();
    };
  }

  /**
   * The layer's tokens for one sentence, with space-grouped thousands ("12 000", "2 500") joined
   * into one number token: CoreNLP splits them in two.
   */
  static List<Token> joinSpacedThousands(String text, List<CoreLabel> labels) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    while (i < labels.size()) {
      CoreLabel l = labels.get(i);
      int start = l.beginPosition();
      int end = l.endPosition();
      String word = l.word();
      int j = i + 1;
      if (LEAD_DIGITS.matcher(word).matches()) {
        while (j < labels.size()
            && THREE_DIGITS.matcher(labels.get(j).word()).matches()
            && labels.get(j).beginPosition() == end + 1
            && " \u00A0\u202F".indexOf(text.charAt(end)) >= 0) {
          end = labels.get(j).endPosition();
          word = word + labels.get(j).word();
          j++;
        }
      }
      if (end > start) {
        if (j > i + 1) {
          out.add(new Token(new Span(start, end), word, "CD", word));
        } else {
          out.add(new Token(new Span(start, end), word, orEmpty(l.tag()), orEmpty(l.lemma())));
        }
      }
      i = j;
    }
    return out;
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  @Override
  public List<DependencyParse> parse(Annotation annotation, Collection<Integer> sentenceIndexes) {
    List<DependencyParse> out = new ArrayList<>();
    for (int index : sentenceIndexes) {
      if (index < 0 || index >= annotation.sentences().size()) {
        throw new IllegalArgumentException(
            "no sentence " + index + "; the annotation has " + annotation.sentences().size());
      }
      out.add(parseOne(annotation, annotation.sentences().get(index)));
    }
    return out;
  }

  private DependencyParse parseOne(Annotation annotation, Sentence s) {
    List<CoreLabel> labels = new ArrayList<>();
    List<Token> tokens = annotation.tokensOf(s);
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      CoreLabel l = new CoreLabel();
      l.setWord(t.word());
      l.setValue(t.word());
      l.setOriginalText(t.span().of(annotation.text()));
      l.setTag(t.pos());
      l.setLemma(t.lemma());
      l.setBeginPosition(t.span().start());
      l.setEndPosition(t.span().end());
      l.setIndex(k + 1);
      l.setSentIndex(s.index());
      labels.add(l);
    }
    CoreMap sentence = new ArrayCoreMap();
    sentence.set(CoreAnnotations.TokensAnnotation.class, labels);
    sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, s.index());
    edu.stanford.nlp.pipeline.Annotation doc =
        new edu.stanford.nlp.pipeline.Annotation(s.span().of(annotation.text()));
    doc.set(CoreAnnotations.TokensAnnotation.class, labels);
    doc.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentence));
    parser().annotate(doc);
    SemanticGraph g = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    List<Dependency> edges = new ArrayList<>();
    if (g != null) {
      for (var root : g.getRoots()) {
        edges.add(new Dependency("root", Dependency.ROOT, s.firstToken() + root.index() - 1));
      }
      for (SemanticGraphEdge e : g.edgeIterable()) {
        edges.add(
            new Dependency(
                e.getRelation().toString(),
                s.firstToken() + e.getGovernor().index() - 1,
                s.firstToken() + e.getDependent().index() - 1));
      }
    }
    edges.sort(java.util.Comparator.comparingInt(Dependency::dependent));
    return new DependencyParse(s.index(), edges);
  }

  /** The dependency parser, loaded on the first parse request only. */
  private DependencyParseAnnotator parser() {
    DependencyParseAnnotator p = parser;
    if (p == null) {
      synchronized (this) {
        p = parser;
        if (p == null) {
          p = new DependencyParseAnnotator(new Properties());
          parser = p;
        }
      }
    }
    return p;
  }
}
