package io.corroborate.link;

import io.corroborate.annotate.Annotation;
import io.corroborate.annotate.EntityMention;
import io.corroborate.annotate.EntityType;
import io.corroborate.extract.Claim;
import io.corroborate.model.Article;
import io.corroborate.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The link stage over a set of annotated articles: turns the language layer's named-entity mentions
 * into linker mentions and merges them within and across articles.
 *
 * <pre>{@code LinkResult r = new Link(LinkOptions.defaults()).link(articles, annotations);}</pre>
 */
public final class Link {
  private final Linker linker;

  public Link(LinkOptions options) {
    this.linker = new Linker(options);
  }

  /** The id of the {@code index}-th entity mention of an article's annotation. */
  public static String mentionId(String articleId, int index) {
    return articleId + ":" + index;
  }

  /**
   * Links the entity mentions of every article that has an annotation, and resolves the names its
   * claims give (subjects, speakers, cited sources) and its outlets against them (see {@link
   * LinkResult#names()}). Nationalities and miscellaneous names are left out: they name groups and
   * things, not the actors of a story.
   *
   * @param claims by article id, as the extractor returned them
   */
  public LinkResult link(
      List<Article> articles,
      Map<String, Annotation> annotations,
      Map<String, List<Claim>> claims) {
    return link(articles, annotations, claims, new Linker.Memo());
  }

  /**
   * Links as {@link #link(List, Map, Map)} does, with what {@code memo} kept from this story's
   * previous linking (see {@link Linker.Memo}).
   */
  public LinkResult link(
      List<Article> articles,
      Map<String, Annotation> annotations,
      Map<String, List<Claim>> claims,
      Linker.Memo memo) {
    List<Mention> mentions = new ArrayList<>();
    Map<String, String> texts = new LinkedHashMap<>();
    Map<String, Read> kept = new HashMap<>();
    synchronized (memo) {
      for (Article a : articles) {
        Annotation an = annotations.get(a.id());
        if (an == null) {
          continue;
        }
        texts.put(a.id(), an.text());
        Read before = memo.mentions.get(a.id());
        if (before == null || before.annotation() != an) {
          before = new Read(an, mentions(a.id(), an));
        }
        kept.put(a.id(), before);
        mentions.addAll(before.mentions());
      }
      memo.mentions = kept;
    }
    return linker.link(mentions, texts, memo).forStory(articles, claims);
  }

  /** An article's mentions, as read from its annotation. */
  record Read(Annotation annotation, List<Mention> mentions) {}

  private static List<Mention> mentions(String articleId, Annotation an) {
    List<Mention> mentions = new ArrayList<>();
    List<EntityMention> ents = an.entities();
    for (int i = 0; i < ents.size(); i++) {
      EntityMention e = ents.get(i);
      String type = linkType(e.type());
      if (type.isEmpty()) {
        continue;
      }
      int sentence = an.sentenceAt(e.span().start()).map(s -> s.index()).orElse(0);
      String[] words = e.text().trim().split("\\s+");
      int start = kindWordBefore(an.text(), e.span());
      mentions.add(
          Mention.entity(
              mentionId(articleId, i),
              articleId,
              new Span(start, e.span().end()),
              an.text().substring(start, e.span().start()) + e.text(),
              words[words.length - 1],
              type,
              sentence));
    }
    return mentions;
  }

  /**
   * Where a name's mention starts once the lower-case word right before it is taken in, when that
   * word says what kind of place or body the name is ({@link Names#kindWord}): taggers leave it out
   * of "rivière Ostrand" or "puente Velmora", and the name is the river's or the bridge's. Else the
   * mention's own start.
   */
  static int kindWordBefore(String text, Span span) {
    int start = span.start();
    if (start < 2 || start > text.length() || text.charAt(start - 1) != ' ') {
      return start;
    }
    int end = start - 1;
    int at = end;
    while (at > 0 && Character.isLetter(text.charAt(at - 1))) {
      at--;
    }
    if (at == end
        || !Character.isLowerCase(text.charAt(at))
        || (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1)))
        || !Names.kindWord(Names.fold(text.substring(at, end)))) {
      return start;
    }
    return at;
  }

  private static String linkType(EntityType t) {
    return switch (t) {
      case PERSON -> "PERSON";
      case ORGANIZATION, AGENCY -> "ORGANIZATION";
      case LOCATION -> "LOCATION";
      case MILITARY_UNIT -> "UNIT";
      case MISC, NATIONALITY -> "";
    };
  }
}
