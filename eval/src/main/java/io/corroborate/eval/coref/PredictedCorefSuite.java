package io.corroborate.eval.coref;

import io.corroborate.annotate.Annotation;
import io.corroborate.annotate.LanguageLayer;
import io.corroborate.annotate.corenlp.CoreNlpLayer;
import io.corroborate.eval.Checksums;
import io.corroborate.eval.EvalReport;
import io.corroborate.eval.EvalSuite;
import io.corroborate.eval.Figure;
import io.corroborate.eval.coref.CorefSuite.Setting;
import io.corroborate.eval.coref.EcbPlus.EcbDocument;
import io.corroborate.eval.coref.EcbPlus.EcbMention;
import io.corroborate.link.Entity;
import io.corroborate.link.LinkOptions;
import io.corroborate.link.LinkResult;
import io.corroborate.link.Linker;
import io.corroborate.link.Mention;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * {@code corroborate eval coref-predicted ../shared/bench/ecbplus}: the link stage on ECB+ with
 * PREDICTED mentions. The language layer annotates each document's text (its tokens joined by
 * spaces, a sentence a line, so gold spans are character spans of the same text) in the sentences
 * of the sentence index, the only ones annotated, the others blanked; its named entities (typed as
 * the link stage types them) and its verbs and deverbal nouns are linked by our linker in the three
 * scopes of {@link CorefSuite}, and scored against all gold mentions with the CoNLL-2012 scorer's
 * treatment of twinless mentions: a gold mention no predicted mention matches is a singleton
 * missing from the response (recall falls), a predicted mention that matches no gold mention is a
 * singleton missing from the key (precision falls). Its own suite because the annotation takes
 * minutes.
 *
 * <pre>{@code EvalReport r = new PredictedCorefSuite().run(Path.of("../shared/bench/ecbplus"));}
 * </pre>
 */
public final class PredictedCorefSuite implements EvalSuite {
  private final LinkOptions options;
  private final Supplier<LanguageLayer> layer;

  public PredictedCorefSuite() {
    this(CorefSuite.ecbOptions(), CoreNlpLayer::shared);
  }

  /** With another layer (tests pass a hand-made one) and other linker options. */
  public PredictedCorefSuite(LinkOptions options, Supplier<LanguageLayer> layer) {
    this.options = options;
    this.layer = layer;
  }

  @Override
  public String name() {
    return "coref-predicted";
  }

  @Override
  public String description() {
    return "entity and event coreference within and across documents on ECB+ with predicted mentions from the language layer (minutes: annotates every document)";
  }

  /** The predicted mentions of every document, and how long annotating took. */
  record Prediction(Map<String, List<Mention>> mentions, long annotateMillis) {
    Prediction {
      mentions = Map.copyOf(mentions);
    }
  }

  @Override
  public EvalReport run(Path data) throws IOException {
    EcbPlus.Corpus corpus = EcbPlus.read(data);
    String checksum = Checksums.of(corpus.files());
    Prediction p = predict(corpus);
    Map<String, CorefScores> s = score(corpus, p);
    Map<String, Predicted.Detection> md = detection(corpus, p);
    List<Figure> figures = new ArrayList<>();
    for (String kind : List.of("entities", "events")) {
      for (Predicted.Match match : Predicted.Match.values()) {
        String m = match.name().toLowerCase(Locale.ROOT);
        Prf d = md.get(kind + "." + m).prf();
        String base = kind + ".predicted." + m;
        figures.add(Figure.of(name(), base + ".mention_detection.precision", 100 * d.precision()));
        figures.add(Figure.of(name(), base + ".mention_detection.recall", 100 * d.recall()));
        figures.add(Figure.of(name(), base + ".mention_detection.f1", 100 * d.f1()));
        for (Setting setting : Setting.values()) {
          CorefScores c = s.get(kind + "." + setting.label + "." + m);
          String b = base + "." + setting.label;
          figures.add(Figure.of(name(), b + ".conll_f1", 100 * c.conllF1()));
          figures.add(Figure.of(name(), b + ".muc_f1", 100 * c.muc().f1()));
          figures.add(Figure.of(name(), b + ".b3_f1", 100 * c.bcubed().f1()));
          figures.add(Figure.of(name(), b + ".ceafe_f1", 100 * c.ceafe().f1()));
        }
      }
    }
    List<String> notes = new ArrayList<>();
    notes.add(
        "predicted mentions are looked for in the sentences of ECBplus_coreference_sentences.csv only (the annotated ones, as is usual), the others blanked before annotating");
    notes.add(
        "figures in percent; predicted mentions scored against ALL gold mentions of the kind (singletons included) as the CoNLL-2012 scorer does: twinless gold mentions are missing singletons of the response, twinless predicted mentions singletons outside the key");
    notes.add(
        "exact = a predicted mention matches a gold one with the same character span; head = else one whose span holds it and whose head word is its last word; one to one, same document and kind");
    notes.add(
        "predicted entities = the language layer's named entities (persons, organisations, agencies, places, units; nationalities and misc left out, as the link stage does), so nominal, pronoun and time gold mentions are never found: entity recall is bounded by the share of named gold mentions");
    notes.add(
        String.format(
            Locale.ROOT,
            "%.1f%% of gold entity mentions have a capitalised head word (names, roughly): about the ceiling of entity recall with named entities alone",
            100.0 * namedShare(corpus)));
    notes.add(
        "predicted events = verbs other than be/have/do/get/will, and common nouns on -tion/-sion/-ment/-ing/-ance/-ence/-ure/-al or in a short list of event nouns");
    notes.add(
        String.format(
            Locale.ROOT,
            "%d documents annotated by %s in %.1f s; %d predicted entity and %d event mentions; %d gold entity and %d event mentions",
            corpus.documents().size(),
            layer.get().name(),
            p.annotateMillis() / 1000.0,
            count(p, Mention.Kind.ENTITY),
            count(p, Mention.Kind.EVENT),
            corpus.mentionCount(false),
            corpus.mentionCount(true)));
    notes.add("linker options: " + options);
    return new EvalReport(
        name(), data.toString(), checksum, corpus.documents().size(), figures, notes);
  }

  /** The share of gold entity mentions whose head word is capitalised, as names are. */
  static double namedShare(EcbPlus.Corpus corpus) {
    long all = 0;
    long named = 0;
    for (EcbDocument d : corpus.documents()) {
      for (EcbMention m : d.mentions()) {
        if (!m.event()) {
          all++;
          String head = CorefSuite.head(m.tokens(), false);
          if (Character.isUpperCase(head.charAt(0)) && !PRONOUNS.contains(head)) {
            named++;
          }
        }
      }
    }
    return all == 0 ? 0 : (double) named / all;
  }

  private static final Set<String> PRONOUNS =
      Set.of("I", "He", "She", "It", "They", "We", "You", "His", "Her", "Its", "Their", "Our");

  private static long count(Prediction p, Mention.Kind kind) {
    return p.mentions().values().stream()
        .flatMap(List::stream)
        .filter(m -> m.kind() == kind)
        .count();
  }

  /** Annotates every document (on as many threads as there are cores) and reads its mentions. */
  Prediction predict(EcbPlus.Corpus corpus) throws IOException {
    LanguageLayer l = layer.get();
    long t0 = System.nanoTime();
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      Map<String, Future<List<Mention>>> futures = new LinkedHashMap<>();
      for (EcbDocument d : corpus.documents()) {
        futures.put(
            d.name(),
            pool.submit(
                () -> {
                  Annotation a = l.annotate(d.annotatedText(), Optional.empty());
                  return Predicted.mentions(d.name(), a);
                }));
      }
      Map<String, List<Mention>> out = new HashMap<>();
      for (Map.Entry<String, Future<List<Mention>>> e : futures.entrySet()) {
        out.put(e.getKey(), e.getValue().get());
      }
      return new Prediction(out, (System.nanoTime() - t0) / 1_000_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while annotating", e);
    } catch (ExecutionException e) {
      throw new IOException("the language layer failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Mention detection, keyed {@code <kind>.<exact|head>}, over the whole corpus. */
  static Map<String, Predicted.Detection> detection(EcbPlus.Corpus corpus, Prediction p) {
    Map<String, Predicted.Detection> out = new LinkedHashMap<>();
    for (boolean events : List.of(false, true)) {
      Mention.Kind kind = events ? Mention.Kind.EVENT : Mention.Kind.ENTITY;
      for (Predicted.Match match : Predicted.Match.values()) {
        Predicted.Detection total = new Predicted.Detection(0, 0, 0);
        for (EcbDocument d : corpus.documents()) {
          List<EcbMention> gold = d.mentions().stream().filter(m -> m.event() == events).toList();
          List<Mention> pred =
              p.mentions().getOrDefault(d.name(), List.of()).stream()
                  .filter(m -> m.kind() == kind)
                  .toList();
          total =
              total.plus(
                  new Predicted.Detection(
                      Predicted.align(gold, pred, match).size(), pred.size(), gold.size()));
        }
        out.put(
            (events ? "events" : "entities") + "." + match.name().toLowerCase(Locale.ROOT), total);
      }
    }
    return out;
  }

  /** Every score, keyed {@code <kind>.<setting>.<exact|head>}. */
  Map<String, CorefScores> score(EcbPlus.Corpus corpus, Prediction p) {
    Map<String, CorefScores> out = new LinkedHashMap<>();
    Map<Predicted.Match, Map<String, String>> goldOf = new HashMap<>();
    for (Predicted.Match match : Predicted.Match.values()) {
      Map<String, String> g = new HashMap<>();
      for (EcbDocument d : corpus.documents()) {
        g.putAll(
            Predicted.align(d.mentions(), p.mentions().getOrDefault(d.name(), List.of()), match));
      }
      goldOf.put(match, g);
    }
    for (Setting setting : Setting.values()) {
      Map<String, List<EcbDocument>> scopes = new LinkedHashMap<>();
      for (EcbDocument d : corpus.documents()) {
        String scope =
            switch (setting) {
              case WITHIN_DOCUMENT -> d.name();
              case SUBTOPIC -> d.topic() + d.subtopic();
              case TOPIC -> d.topic();
            };
        scopes.computeIfAbsent(scope, k -> new ArrayList<>()).add(d);
      }
      Map<String, String> entityLabels = new HashMap<>();
      Map<String, String> eventLabels = new HashMap<>();
      for (Map.Entry<String, List<EcbDocument>> e : scopes.entrySet()) {
        link(e.getKey(), e.getValue(), p, entityLabels, eventLabels);
      }
      for (boolean events : List.of(false, true)) {
        Map<String, String> key = new HashMap<>();
        for (EcbDocument d : corpus.documents()) {
          for (EcbMention m : d.mentions()) {
            if (m.event() == events) {
              key.put(
                  m.id(),
                  setting == Setting.WITHIN_DOCUMENT ? d.name() + "|" + m.cluster() : m.cluster());
            }
          }
        }
        Clustering gold = Clustering.fromLabels(key);
        for (Predicted.Match match : Predicted.Match.values()) {
          Clustering response =
              Predicted.response(events ? eventLabels : entityLabels, goldOf.get(match));
          out.put(
              (events ? "events" : "entities")
                  + "."
                  + setting.label
                  + "."
                  + match.name().toLowerCase(Locale.ROOT),
              CorefScores.of(gold, response));
        }
      }
    }
    return out;
  }

  /** Links one scope's predicted mentions; adds predicted id → entity label, by kind. */
  private void link(
      String scope,
      List<EcbDocument> docs,
      Prediction p,
      Map<String, String> entityLabels,
      Map<String, String> eventLabels) {
    List<Mention> mentions = new ArrayList<>();
    Map<String, String> texts = new HashMap<>();
    Map<String, Mention.Kind> kindOf = new HashMap<>();
    for (EcbDocument d : docs) {
      texts.put(d.name(), d.text());
      for (Mention m : p.mentions().getOrDefault(d.name(), List.of())) {
        mentions.add(m);
        kindOf.put(m.id(), m.kind());
      }
    }
    LinkResult r = new Linker(options).link(mentions, texts);
    for (Entity e : r.entities()) {
      for (String id : e.mentionIds()) {
        (kindOf.get(id) == Mention.Kind.EVENT ? eventLabels : entityLabels)
            .put(id, scope + "|" + e.id());
      }
    }
  }

  /** For tuning: the CoNLL F1 and mention detection of every cell, one line each. */
  static String table(Map<String, CorefScores> s, Map<String, Predicted.Detection> md) {
    StringBuilder b = new StringBuilder(CorefSuite.table(s));
    md.forEach(
        (k, v) ->
            b.append(
                String.format(
                    Locale.ROOT,
                    "%-40s md p %6.2f  r %6.2f  f1 %6.2f%n",
                    k,
                    100 * v.prf().precision(),
                    100 * v.prf().recall(),
                    100 * v.prf().f1())));
    return b.toString();
  }
}
