package io.corroborate.eval.coref;

import io.corroborate.annotate.Annotation;
import io.corroborate.annotate.EntityMention;
import io.corroborate.annotate.EntityType;
import io.corroborate.annotate.Sentence;
import io.corroborate.annotate.Token;
import io.corroborate.eval.coref.EcbPlus.EcbMention;
import io.corroborate.link.Mention;
import io.corroborate.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Predicted mentions for the coreference suite: entity mentions are the language layer's named
 * entities (typed as the link stage types them), event mentions are its verbs and deverbal nouns;
 * each is aligned one-to-one with a gold mention of the same kind, or stays twinless.
 *
 * <pre>{@code List<Mention> ms = Predicted.mentions("9_1ecb", annotation);
 * Map<String, String> goldOf = Predicted.align(gold, ms, Predicted.Match.EXACT);}</pre>
 */
public final class Predicted {
  private Predicted() {}

  /**
   * How a predicted mention meets a gold one. EXACT: the same character span. HEAD: the predicted
   * span lies inside the gold span and its last word is the gold mention's head word (exact matches
   * are taken first).
   */
  public enum Match {
    EXACT,
    HEAD
  }

  /** Mention detection: predicted mentions aligned to gold ones, of all predicted and all gold. */
  public record Detection(int matched, int predicted, int gold) {
    public Detection {
      if (matched < 0 || matched > predicted || matched > gold) {
        throw new IllegalArgumentException(
            "matched " + matched + " must be in [0, min(" + predicted + ", " + gold + ")]");
      }
    }

    public Prf prf() {
      return new Prf(Prf.ratio(matched, predicted), Prf.ratio(matched, gold));
    }

    Detection plus(Detection o) {
      return new Detection(matched + o.matched, predicted + o.predicted, gold + o.gold);
    }
  }

  /** Auxiliaries and light verbs: never event mentions by themselves. */
  private static final Set<String> NON_EVENT_VERBS = Set.of("be", "have", "do", "get", "will");

  /**
   * Deverbal and event nouns beyond the suffix rule: the happenings news reports name with a noun.
   */
  private static final Set<String> EVENT_NOUNS =
      Set.of(
          "attack",
          "arrest",
          "crash",
          "death",
          "fire",
          "quake",
          "earthquake",
          "war",
          "murder",
          "strike",
          "raid",
          "trial",
          "deal",
          "win",
          "loss",
          "rehab",
          "visit",
          "release",
          "launch",
          "shot",
          "blast",
          "storm",
          "flood",
          "kill",
          "bid",
          "battle",
          "fight",
          "sentence",
          "case",
          "riot",
          "protest",
          "clash",
          "incident",
          "accident",
          "collapse",
          "hit",
          "offer",
          "move");

  private static final List<String> EVENT_SUFFIXES =
      List.of("tion", "sion", "ment", "ing", "ance", "ence", "ure", "al");

  /**
   * The predicted mentions of one document: named entities first (ids {@code <doc>:e<i>}, as the
   * link stage makes them, nationalities and miscellaneous names left out), then event words (ids
   * {@code <doc>:v<token>}).
   */
  public static List<Mention> mentions(String doc, Annotation a) {
    List<Mention> out = new ArrayList<>();
    List<EntityMention> ents = a.entities();
    for (int i = 0; i < ents.size(); i++) {
      EntityMention e = ents.get(i);
      String type = linkType(e.type());
      if (type.isEmpty()) {
        continue;
      }
      String[] words = e.text().trim().split("\\s+");
      out.add(
          Mention.entity(
              doc + ":e" + i,
              doc,
              e.span(),
              e.text(),
              words[words.length - 1],
              type,
              sentenceOf(a, e.span().start())));
    }
    for (Sentence s : a.sentences()) {
      for (int t = s.firstToken(); t < s.endToken(); t++) {
        Token tok = a.tokens().get(t);
        if (isEventWord(tok)) {
          String word = a.textOf(tok.span());
          out.add(Mention.event(doc + ":v" + t, doc, tok.span(), word, word, s.index(), List.of()));
        }
      }
    }
    return out;
  }

  private static int sentenceOf(Annotation a, int offset) {
    return a.sentenceAt(offset).map(Sentence::index).orElse(0);
  }

  /** The link stage's type for a named-entity type; empty for types it leaves out. */
  static String linkType(EntityType t) {
    return switch (t) {
      case PERSON -> "PERSON";
      case ORGANIZATION, AGENCY -> "ORGANIZATION";
      case LOCATION -> "LOCATION";
      case MILITARY_UNIT -> "UNIT";
      case MISC, NATIONALITY -> "";
    };
  }

  /**
   * A verb that is not an auxiliary, or a common noun that names a happening (an -tion/-ment/-ing…
   * noun or one of a short list). Proper nouns never are: "Apple" is not an event.
   */
  static boolean isEventWord(Token t) {
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    if (t.pos().startsWith("VB")) {
      return !NON_EVENT_VERBS.contains(lemma);
    }
    if (t.pos().equals("NN") || t.pos().equals("NNS")) {
      if (EVENT_NOUNS.contains(lemma)) {
        return true;
      }
      // Short words ending so are mostly not deverbal ("king", "sure", "deal" handled above).
      return lemma.length() > 5 && EVENT_SUFFIXES.stream().anyMatch(lemma::endsWith);
    }
    return false;
  }

  /**
   * Aligns predicted mentions with gold mentions of the same kind in the same document, one to one,
   * exact spans first, then (for HEAD) head matches in text order. Returns predicted id → gold id
   * for those aligned; the rest are twinless.
   */
  public static Map<String, String> align(
      List<EcbMention> gold, List<Mention> predicted, Match match) {
    Map<String, String> out = new HashMap<>();
    Set<String> taken = new HashSet<>();
    Map<String, List<EcbMention>> byKey = new HashMap<>();
    for (EcbMention g : gold) {
      byKey.computeIfAbsent(key(g.doc(), g.event(), g.span()), k -> new ArrayList<>()).add(g);
    }
    List<Mention> left = new ArrayList<>();
    for (Mention p : predicted) {
      boolean event = p.kind() == Mention.Kind.EVENT;
      Optional<EcbMention> g =
          byKey.getOrDefault(key(p.docId(), event, p.span()), List.of()).stream()
              .filter(c -> !taken.contains(c.id()))
              .findFirst();
      if (g.isPresent()) {
        taken.add(g.get().id());
        out.put(p.id(), g.get().id());
      } else {
        left.add(p);
      }
    }
    if (match == Match.HEAD) {
      Map<String, List<EcbMention>> byDoc = new HashMap<>();
      for (EcbMention g : gold) {
        byDoc.computeIfAbsent(g.doc(), k -> new ArrayList<>()).add(g);
      }
      for (Mention p : left) {
        String[] words = p.text().trim().split("\\s+");
        String last = words[words.length - 1];
        boolean event = p.kind() == Mention.Kind.EVENT;
        for (EcbMention g : byDoc.getOrDefault(p.docId(), List.of())) {
          if (g.event() == event
              && !taken.contains(g.id())
              && g.span().start() <= p.span().start()
              && p.span().end() <= g.span().end()
              && CorefSuite.head(g.tokens(), g.event()).equals(last)) {
            taken.add(g.id());
            out.put(p.id(), g.id());
            break;
          }
        }
      }
    }
    return out;
  }

  private static String key(String doc, boolean event, Span span) {
    return doc + "|" + event + "|" + span.start() + "|" + span.end();
  }

  /**
   * The response clustering of predicted mentions: each takes the id of its gold twin when it has
   * one, else keeps its own id, so that the metrics treat it as a twinless response mention.
   */
  static Clustering response(Map<String, String> labelOf, Map<String, String> goldOf) {
    Map<String, String> renamed = new HashMap<>();
    labelOf.forEach((id, label) -> renamed.put(goldOf.getOrDefault(id, id), label));
    return Clustering.fromLabels(renamed);
  }
}
