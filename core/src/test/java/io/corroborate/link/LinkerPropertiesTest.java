package io.corroborate.link;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

class LinkerPropertiesTest {
  private static final List<String> WORDS =
      List.of(
          "Anna",
          "Ri",
          "Tomas",
          "Mr.",
          "the",
          "sniper",
          "Veldan",
          "region",
          "Oblast",
          "SBO",
          "(SBO)",
          "Security",
          "Service",
          "of",
          "Ostravia",
          "Paek",
          "Baek",
          "kelvar",
          "Kelvar",
          "he",
          "a",
          "head",
          ",",
          "attack",
          "attacked",
          "GUR",
          "HUR",
          "A.",
          "");
  private static final List<String> TYPES =
      List.of("PERSON", "ORGANIZATION", "LOCATION", "UNIT", "TIME", "");

  record Draft(String doc, String text, String type, boolean event, int sentence) {}

  @Provide
  Arbitrary<Draft> drafts() {
    Arbitrary<String> text =
        Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(5).map(ws -> String.join(" ", ws));
    return Combinators.combine(
            Arbitraries.of("d1", "d2", "d3"),
            text,
            Arbitraries.of(TYPES),
            Arbitraries.of(true, false),
            Arbitraries.integers().between(0, 3))
        .as(Draft::new);
  }

  /** Mentions written in turn into the texts of their documents, and those texts. */
  private record Written(List<Mention> mentions, Map<String, String> texts) {}

  /**
   * Each draft appended to the text of the document {@code docOf} gives it (from its place and
   * itself), every third followed by a comma and the others by a parenthesis, as a mention {@code
   * "m<place>"}; a draft that is an event takes one of the mentions before it as its argument.
   */
  private static Written write(List<Draft> drafts, BiFunction<Integer, Draft, String> docOf) {
    Map<String, StringBuilder> texts = new HashMap<>();
    List<Mention> ms = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (int n = 0; n < drafts.size(); n++) {
      Draft d = drafts.get(n);
      String doc = docOf.apply(n, d);
      StringBuilder body = texts.computeIfAbsent(doc, k -> new StringBuilder());
      int start = body.length();
      body.append(d.text()).append(n % 3 == 0 ? ", " : " (");
      List<String> args =
          d.event() && !ids.isEmpty() ? List.of(ids.get(n % ids.size())) : List.of();
      String id = "m" + n;
      ids.add(id);
      ms.add(
          new Mention(
              id,
              doc,
              new Span(start, start + d.text().length()),
              d.text(),
              "",
              d.event() ? Mention.Kind.EVENT : Mention.Kind.ENTITY,
              d.event() ? "EVENT" : d.type(),
              d.sentence(),
              args));
    }
    Map<String, String> plain = new HashMap<>();
    texts.forEach((k, v) -> plain.put(k, v.toString()));
    return new Written(ms, plain);
  }

  @Property(tries = 200)
  void everyMentionEndsInExactlyOneEntityAndEveryMergeHasAReason(
      @ForAll @Size(max = 30) List<@net.jqwik.api.From("drafts") Draft> drafts) {
    Written w = write(drafts, (n, d) -> d.doc());
    List<String> ids = w.mentions().stream().map(Mention::id).toList();

    LinkResult r = new Linker(LinkOptions.defaults()).link(w.mentions(), w.texts());

    List<String> seen = r.entities().stream().flatMap(e -> e.mentionIds().stream()).toList();
    assertThat(seen).containsExactlyInAnyOrderElementsOf(ids);
    for (Entity e : r.entities()) {
      if (e.mentionIds().size() > 1) {
        assertThat(e.reasons()).isNotEmpty();
      }
      assertThat(e.reasons()).allSatisfy(m -> assertThat(m.confidence()).isBetween(0.0, 1.0));
      assertThat(e.canonical()).isNotNull();
    }
  }

  @Property(tries = 200)
  void linkingWithWhatAnEarlierLinkingKeptGivesWhatLinkingAfreshGives(
      @ForAll @Size(max = 30) List<@net.jqwik.api.From("drafts") Draft> drafts,
      @ForAll @net.jqwik.api.constraints.IntRange(max = 30) int earlier) {
    Map<String, StringBuilder> texts = new HashMap<>();
    List<Mention> ms = new ArrayList<>();
    for (int n = 0; n < drafts.size(); n++) {
      Draft d = drafts.get(n);
      StringBuilder body = texts.computeIfAbsent(d.doc(), k -> new StringBuilder());
      int start = body.length();
      body.append(d.text()).append(n % 2 == 0 ? ", " : " (");
      ms.add(
          Mention.entity(
              "m" + n,
              d.doc(),
              new Span(start, start + d.text().length()),
              d.text(),
              "",
              d.type(),
              d.sentence()));
    }
    Map<String, String> plain = new HashMap<>();
    texts.forEach((k, v) -> plain.put(k, v.toString()));
    Linker linker = new Linker(LinkOptions.defaults());
    Linker.Memo memo = new Linker.Memo();
    // The story as it was: its last mentions first, so that kept readings move to new places.
    List<Mention> before = new ArrayList<>(ms.subList(Math.min(earlier, ms.size()), ms.size()));
    linker.link(before, plain, memo);

    assertThat(linker.link(ms, plain, memo)).isEqualTo(linker.link(ms, plain));
  }

  /**
   * A story that grows one document at a time, linked each time with what the last linking kept
   * (each document's own groups among it), links as linking it afresh does at every step, events
   * and their arguments included.
   */
  @Property(tries = 150)
  void aStoryGrownOneDocumentAtATimeLinksAsLinkingItAfreshDoes(
      @ForAll @Size(max = 40) List<@net.jqwik.api.From("drafts") Draft> drafts,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 6) int docs) {
    Written w = write(drafts, (n, d) -> "d" + (n * 7 + d.doc().hashCode()) % docs);
    List<Mention> ms = w.mentions();
    Map<String, String> plain = w.texts();
    List<String> order = ms.stream().map(Mention::docId).distinct().toList();
    Linker linker = new Linker(LinkOptions.defaults());
    Linker.Memo memo = new Linker.Memo();
    for (int n = 1; n <= order.size(); n++) {
      List<String> story = order.subList(0, n);
      List<Mention> grown = ms.stream().filter(m -> story.contains(m.docId())).toList();
      assertThat(linker.link(grown, plain, memo))
          .as("after %d documents", n)
          .isEqualTo(linker.link(grown, plain));
    }
    // The first document dropped, then the whole story again: the kept groups of the others move.
    List<Mention> rest = ms.stream().filter(m -> !m.docId().equals(order.get(0))).toList();
    assertThat(linker.link(rest, plain, memo)).isEqualTo(linker.link(rest, plain));
    assertThat(linker.link(ms, plain, memo)).isEqualTo(linker.link(ms, plain));
  }

  @Property(tries = 300)
  void anyTextAndAnySpanLinkWithoutAnException(
      @ForAll @Size(max = 12) List<@net.jqwik.api.constraints.StringLength(max = 30) String> texts,
      @ForAll @net.jqwik.api.constraints.IntRange(max = 500) int offset,
      @ForAll @net.jqwik.api.constraints.StringLength(max = 60) String docText) {
    List<Mention> ms = new ArrayList<>();
    for (int n = 0; n < texts.size(); n++) {
      String t = texts.get(n);
      ms.add(
          new Mention(
              "m" + n,
              n % 2 == 0 ? "d1" : "d2",
              new Span(offset + n, offset + n + t.length()),
              t,
              n % 3 == 0 ? t : "",
              n % 4 == 0 ? Mention.Kind.EVENT : Mention.Kind.ENTITY,
              TYPES.get(n % TYPES.size()),
              n % 2,
              List.of("m0", "m1")));
    }
    LinkResult r =
        new Linker(LinkOptions.defaults()).link(ms, Map.of("d1", docText, "d2", docText));
    assertThat(r.entities().stream().mapToInt(e -> e.mentionIds().size()).sum())
        .isEqualTo(ms.size());
  }
}
