package io.corroborate.dossier;

import io.corroborate.annotate.Annotation;
import io.corroborate.annotate.time.Resolution;
import io.corroborate.annotate.time.TimeMention;
import io.corroborate.extract.Claim;
import io.corroborate.extract.ClaimKind;
import io.corroborate.extract.ClaimValue;
import io.corroborate.extract.HoldsAt;
import io.corroborate.link.Entity;
import io.corroborate.link.LinkResult;
import io.corroborate.link.MergeReason;
import io.corroborate.model.Article;
import io.corroborate.reconcile.EntityProfile;
import io.corroborate.reconcile.Range;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Turns annotations into the dossier's entity cards and dated mentions. */
public final class Facts {
  private Facts() {}

  static List<EntityCard> entities(LinkResult r) {
    List<EntityCard> cards = new ArrayList<>();
    for (Entity e : r.entities()) {
      Set<String> docs = new LinkedHashSet<>();
      e.mentionIds().forEach(m -> docs.add(m.substring(0, m.indexOf(':'))));
      // Merges of identical names say little: they are counted in one line after the merges that
      // joined different names, each of which is listed once.
      Set<String> reasonSet = new LinkedHashSet<>();
      long identical = 0;
      for (MergeReason m : e.reasons()) {
        if (m.rule().startsWith("same-name")) {
          identical++;
        } else {
          reasonSet.add(
              String.format(Locale.ROOT, "%s (%.2f): %s", m.rule(), m.confidence(), m.detail()));
        }
      }
      List<String> reasons = new ArrayList<>(reasonSet);
      if (identical > 0) {
        reasons.add(
            identical
                + (identical == 1 ? " merge" : " merges")
                + " of the same name written the same way");
      }
      cards.add(
          new EntityCard(
              e.id(),
              e.canonical(),
              e.type(),
              e.aliases(),
              e.mentionIds().size(),
              List.copyOf(docs),
              reasons));
    }
    cards.sort(
        Comparator.comparing((EntityCard c) -> -c.articleIds().size())
            .thenComparing(c -> -c.mentions())
            .thenComparing(EntityCard::name));
    return cards;
  }

  /**
   * The entity cards with what reconciling learnt of each entity: a profile joins the card of the
   * linked entity it was resolved to (by entity id, never by name, so that two people of one name
   * stay apart), adding its attributes, its other names and why each was taken for it; a profile of
   * no linked entity becomes a card of its own, of type {@link EntityCard#OTHER}. So the dossier
   * has one list of entities.
   */
  static List<EntityCard> withProfiles(List<EntityCard> cards, List<EntityProfile> profiles) {
    List<EntityCard> out = new ArrayList<>(cards);
    Map<String, Integer> byId = new HashMap<>();
    for (int i = 0; i < cards.size(); i++) {
      byId.putIfAbsent(cards.get(i).id(), i);
    }
    for (EntityProfile p : profiles) {
      if (p.attributes().isEmpty() && p.merges().isEmpty()) {
        continue;
      }
      Integer at = byId.get(p.entityId());
      if (at == null) {
        byId.put(p.entityId(), out.size());
        out.add(
            new EntityCard(
                p.entityId(),
                p.name(),
                EntityCard.OTHER,
                p.aliases(),
                0,
                List.of(),
                p.merges(),
                p.attributes()));
        continue;
      }
      EntityCard c = out.get(at);
      Set<String> aliases = new LinkedHashSet<>(c.aliases());
      Set<String> known = new java.util.HashSet<>(lower(c.name(), c.aliases()));
      List<String> theirs = new ArrayList<>();
      theirs.add(p.name());
      theirs.addAll(p.aliases());
      for (String a : theirs) {
        // Names already on the card, in any case, are not repeated.
        if (known.add(a.toLowerCase(Locale.ROOT))) {
          aliases.add(a);
        }
      }
      List<String> reasons = new ArrayList<>(c.reasons());
      p.merges().stream().filter(m -> !reasons.contains(m)).forEach(reasons::add);
      List<EntityProfile.Attribute> attributes = new ArrayList<>(c.attributes());
      attributes.addAll(p.attributes());
      out.set(
          at,
          new EntityCard(
              c.id(),
              c.name(),
              c.type(),
              List.copyOf(aliases),
              c.mentions(),
              c.articleIds(),
              reasons,
              attributes));
    }
    return out;
  }

  /** A name and its aliases, lower-cased. */
  private static List<String> lower(String name, java.util.Collection<String> aliases) {
    List<String> all = new ArrayList<>();
    all.add(name.toLowerCase(Locale.ROOT));
    aliases.forEach(a -> all.add(a.toLowerCase(Locale.ROOT)));
    return all;
  }

  /**
   * What writing one story's dossier keeps for its next writing: each article's figure lines and
   * dated mentions, which depend on that article alone, so a story that grows by one article reads
   * only that article's. Keep one per story; the dossier is the same as without it.
   *
   * <pre>{@code Facts.Memo memo = new Facts.Memo();}</pre>
   */
  public static final class Memo {
    private record Lines(Article article, List<Claim> claims, List<ClaimLine> lines) {}

    private record Dates(Annotation annotation, List<DateMention> dates) {}

    private Map<String, Lines> lines = new HashMap<>();
    private Map<String, Dates> dates = new HashMap<>();
  }

  /** The numeric claims of the annotated articles, grouped by what they measure, then by time. */
  static List<ClaimLine> claims(List<Article> articles, Map<String, List<Claim>> claims) {
    return claims(articles, claims, new Memo());
  }

  static List<ClaimLine> claims(
      List<Article> articles, Map<String, List<Claim>> claims, Memo memo) {
    List<ClaimLine> out = new ArrayList<>();
    Map<String, Memo.Lines> kept = new HashMap<>();
    for (Article a : articles) {
      List<Claim> mine = claims.getOrDefault(a.id(), List.of());
      Memo.Lines before = memo.lines.get(a.id());
      if (before == null || !before.article().equals(a) || !before.claims().equals(mine)) {
        List<ClaimLine> lines = new ArrayList<>();
        for (Claim c : mine) {
          if (c.kind() != ClaimKind.NUMERIC || c.measure().equals("count")) {
            continue;
          }
          lines.add(line(a, c));
        }
        before = new Memo.Lines(a, mine, lines);
      }
      kept.put(a.id(), before);
      out.addAll(before.lines());
    }
    memo.lines = kept;
    out.sort(
        Comparator.comparing(ClaimLine::measure)
            .thenComparing(ClaimLine::holds)
            .thenComparing(ClaimLine::articleId));
    return out;
  }

  /** A claim as the dossier and the store list it, read against its article's text. */
  public static ClaimLine line(Article a, Claim c) {
    String interval =
        c.value() instanceof ClaimValue.Amount amount
            ? amount.bounds().toString()
            : c.kind() == ClaimKind.WORD
                ? io.corroborate.extract.WordClaims.shown(c.value())
                : c.value().span().of(a.text());
    return new ClaimLine(
        a.id(),
        a.outletShown(),
        c.kind().name().toLowerCase(Locale.ROOT),
        c.measure(),
        c.value().span().of(a.text()),
        interval,
        holds(c),
        io.corroborate.reconcile.Reconciler.chain(c, a),
        c.evidence().sentence().of(a.text()).strip(),
        c.value() instanceof ClaimValue.Amount amount ? Range.of(amount.bounds()) : null);
  }

  /** When a claim holds, as a reader says it: a date, a range, or before / since one. */
  public static String holds(Claim c) {
    if (c.time() instanceof HoldsAt.During d) {
      return d.words();
    }
    if (c.time() instanceof HoldsAt.ArticleDate d && d.date().isPresent()) {
      return d.date().get().toString();
    }
    return "article date (unknown)";
  }

  static List<DateMention> dates(List<Article> articles, Map<String, Annotation> annotations) {
    return dates(articles, annotations, new Memo());
  }

  static List<DateMention> dates(
      List<Article> articles, Map<String, Annotation> annotations, Memo memo) {
    List<DateMention> out = new ArrayList<>();
    Map<String, Memo.Dates> kept = new HashMap<>();
    for (Article a : articles) {
      Annotation an = annotations.get(a.id());
      if (an == null) {
        continue;
      }
      Memo.Dates before = memo.dates.get(a.id());
      if (before == null || before.annotation() != an) {
        before = new Memo.Dates(an, dates(a, an));
      }
      kept.put(a.id(), before);
      out.addAll(before.dates());
    }
    memo.dates = kept;
    out.sort(
        Comparator.comparing(DateMention::first)
            .thenComparing(DateMention::last)
            .thenComparing(DateMention::articleId));
    return out;
  }

  /** The resolved dates an article's annotation holds, each with its sentence. */
  private static List<DateMention> dates(Article a, Annotation an) {
    List<DateMention> out = new ArrayList<>();
    for (TimeMention t : an.times()) {
      if (t.resolution() instanceof Resolution.Resolved r) {
        String sentence =
            an.sentenceAt(t.span().start()).map(s -> an.textOf(s.span())).orElse(t.text());
        out.add(
            new DateMention(
                r.interval().startDate(),
                r.interval().lastDate(),
                r.interval().granularity().name().toLowerCase(Locale.ROOT),
                t.text(),
                r.basis(),
                a.id(),
                sentence.strip()));
      }
    }
    return out;
  }
}
