package io.corroborate.reconcile;

import io.corroborate.annotate.quantity.Bounds;
import io.corroborate.annotate.quantity.Hedge;
import io.corroborate.annotate.time.Granularity;
import io.corroborate.annotate.time.Relation;
import io.corroborate.annotate.time.TimeInterval;
import io.corroborate.extract.Attribution;
import io.corroborate.extract.Claim;
import io.corroborate.extract.ClaimKind;
import io.corroborate.extract.ClaimLink;
import io.corroborate.extract.ClaimValue;
import io.corroborate.extract.Evidence;
import io.corroborate.extract.Hedging;
import io.corroborate.extract.HoldsAt;
import io.corroborate.extract.Subject;
import io.corroborate.extract.Voice;
import io.corroborate.link.LinkResult;
import io.corroborate.model.Article;
import io.corroborate.model.DateStamp;
import io.corroborate.model.Format;
import io.corroborate.model.Origin;
import io.corroborate.model.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Test helper: an invented story written claim by claim. Each claim is one sentence of its article;
 * the article text is its sentences in order, so every span is real.
 */
final class Story {
  private record Meta(String outlet, LocalDate published, String language) {}

  private final Map<String, Meta> meta = new LinkedHashMap<>();
  private final Map<String, StringBuilder> texts = new LinkedHashMap<>();
  private final Map<String, List<Claim>> claims = new LinkedHashMap<>();
  private final Map<String, String> copies = new LinkedHashMap<>();
  private final Map<String, String> credits = new LinkedHashMap<>();

  Story article(String id, String outlet, LocalDate published) {
    return article(id, outlet, published, Article.UNDETERMINED_LANGUAGE);
  }

  /** An article in a language given by its ISO 639-1 code. */
  Story article(String id, String outlet, LocalDate published, String language) {
    meta.put(id, new Meta(outlet, published, language));
    texts.put(id, new StringBuilder());
    claims.put(id, new ArrayList<>());
    return this;
  }

  /** An article that does not say when it was published. */
  Story undated(String id, String outlet) {
    return article(id, outlet, null);
  }

  /** An article whose wire credit the cleaner kept as its metadata, off its text. */
  Story credited(String id, String wire) {
    credits.put(id, wire);
    return this;
  }

  Story copy(String id, String group) {
    copies.put(id, group);
    return this;
  }

  /** A claim builder for one sentence of an article. */
  final class Line {
    final String articleId;
    final String sentence;
    ClaimKind kind = ClaimKind.NUMERIC;
    String subject = "(unstated)";
    String measure;
    String valueWords;
    ClaimValue.Amount amount;
    TimeInterval when;
    String text;
    HoldsAt time;
    List<Voice> speakers = new ArrayList<>();
    List<Voice> cited = new ArrayList<>();
    List<ClaimLink> links = new ArrayList<>();
    String place;

    Line(String articleId, String sentence) {
      this.articleId = articleId;
      this.sentence = sentence;
    }

    Line subject(String s) {
      subject = s;
      return this;
    }

    Line amount(String measure, String words, double value, Bounds b, Hedge h) {
      this.measure = measure;
      this.valueWords = words;
      this.amount = new ClaimValue.Amount(new Span(0, 0), value, b, h, Optional.empty());
      return this;
    }

    /** The amount set so far, in a unit: "km", "USD". */
    Line in(String unit) {
      this.amount =
          new ClaimValue.Amount(
              amount.span(), amount.value(), amount.bounds(), amount.hedge(), Optional.of(unit));
      return this;
    }

    Line exactly(String measure, String words, double value) {
      return amount(measure, words, value, Bounds.exactly(value), Hedge.EXACT);
    }

    Line attribute(String measure, String words, double value) {
      kind = ClaimKind.ATTRIBUTE;
      return exactly(measure, words, value);
    }

    /** An attribute told in words: "injured in the hand and jaw". */
    Line describes(String measure, String words) {
      kind = ClaimKind.ATTRIBUTE;
      this.measure = measure;
      this.valueWords = words;
      this.text = words;
      return this;
    }

    /** A word claim: a vessel's flag, a deal's status, a holder's rank, told as {@code label}. */
    Line word(String measure, String words, String label) {
      describes(measure, words);
      kind = ClaimKind.WORD;
      this.text = label;
      return this;
    }

    /** A word claim whose value is a day or a month: when a deal closed. */
    Line wordDays(String measure, String words, LocalDate first, LocalDate last) {
      kind = ClaimKind.WORD;
      this.measure = measure;
      this.valueWords = words;
      this.when =
          TimeInterval.ofDays(
              first, last.plusDays(1), first.equals(last) ? Granularity.DAY : Granularity.MONTH);
      return this;
    }

    Line year(String measure, String words, int year) {
      kind = ClaimKind.ATTRIBUTE;
      this.measure = measure;
      this.valueWords = words;
      this.when =
          TimeInterval.ofDays(
              LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1), Granularity.YEAR);
      return this;
    }

    Line event(String measure, String words, LocalDate day) {
      kind = ClaimKind.EVENT;
      this.measure = measure;
      this.valueWords = words;
      this.when = TimeInterval.ofDays(day, day.plusDays(1), Granularity.DAY);
      return this;
    }

    Line eventMonth(String measure, String words, int year, int month) {
      kind = ClaimKind.EVENT;
      this.measure = measure;
      this.valueWords = words;
      LocalDate d = LocalDate.of(year, month, 1);
      this.when = TimeInterval.ofDays(d, d.plusMonths(1), Granularity.MONTH);
      return this;
    }

    Line on(LocalDate day) {
      time =
          new HoldsAt.During(
              TimeInterval.ofDays(day, day.plusDays(1), Granularity.DAY),
              new Span(0, 0),
              Relation.AT);
      return this;
    }

    /** The location the language layer found nearest the figure in its sentence. */
    Line place(String name) {
      place = name;
      return this;
    }

    Line said(String who) {
      speakers.add(new Voice(who, new Span(0, 0), "said", Optional.empty(), false));
      return this;
    }

    Line citing(String outlet) {
      cited.add(new Voice(outlet, new Span(0, 0), "citing", Optional.empty(), false));
      return this;
    }

    Line link(ClaimLink.Kind k, int other) {
      links.add(new ClaimLink(k, other));
      return this;
    }

    Story add() {
      StringBuilder t = texts.get(articleId);
      List<Claim> list = claims.get(articleId);
      // The same sentence written twice in a row is one sentence holding two claims.
      boolean same = t.toString().endsWith(sentence) && !list.isEmpty();
      if (!same && t.length() > 0) {
        t.append(' ');
      }
      int start = same ? t.length() - sentence.length() : t.length();
      if (!same) {
        t.append(sentence);
      }
      int index = same ? list.get(list.size() - 1).evidence().sentenceIndex() : list.size();
      Span s = new Span(start, t.length());
      int at = sentence.indexOf(valueWords);
      if (at < 0) {
        throw new IllegalArgumentException("'" + valueWords + "' is not in '" + sentence + "'");
      }
      Span v = new Span(start + at, start + at + valueWords.length());
      java.util.regex.Matcher word =
          java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(subject) + "\\b")
              .matcher(sentence);
      int sAt = word.find() ? word.start() : 0;
      Span subj =
          new Span(start + sAt, start + sAt + Math.min(subject.length(), sentence.length() - sAt));
      ClaimValue value;
      if (amount != null) {
        value =
            new ClaimValue.Amount(
                v, amount.value(), amount.bounds(), amount.hedge(), amount.unit());
      } else if (text != null) {
        value = new ClaimValue.Text(v, text);
      } else {
        value = new ClaimValue.When(v, when);
      }
      HoldsAt holds = time;
      if (holds == null) {
        holds =
            when != null && kind == ClaimKind.EVENT
                ? new HoldsAt.During(when, v, Relation.AT)
                : new HoldsAt.ArticleDate(Optional.ofNullable(meta.get(articleId).published()));
      }
      list.add(
          new Claim(
              kind,
              new Subject(subject, subj, Optional.empty()),
              measure,
              value,
              holds,
              Optional.ofNullable(place),
              amount != null && amount.hedge() != Hedge.EXACT
                  ? new Hedging(List.of("hedged"), false)
                  : Hedging.NONE,
              new Attribution(speakers, cited, meta.get(articleId).outlet()),
              new Evidence(articleId, index, s, v),
              0.8,
              links));
      return Story.this;
    }
  }

  Line line(String articleId, String sentence) {
    return new Line(articleId, sentence);
  }

  StoryInput input() {
    List<Article> articles = new ArrayList<>();
    for (Map.Entry<String, Meta> e : meta.entrySet()) {
      Article.Builder b =
          Article.builder()
              .id(e.getKey())
              .origin(new Origin(e.getKey() + ".txt", 0, Format.TEXT))
              .outlet(e.getValue().outlet())
              .language(e.getValue().language())
              .text(texts.get(e.getKey()).toString(), List.of(), List.of());
      if (e.getValue().published() != null) {
        b.published(DateStamp.of(e.getValue().published()));
      }
      if (credits.containsKey(e.getKey())) {
        b.addProvenance(
            new io.corroborate.model.FieldSource(
                "relays", credits.get(e.getKey()), "text: wire dateline"));
      }
      articles.add(b.build());
    }
    return new StoryInput(
        "story",
        articles,
        claims,
        copies,
        new LinkResult(List.of(), List.of()).forStory(articles, claims));
  }

  Reconciliation reconcile() {
    return new Reconciler(ReconcileOptions.defaults()).reconcile(input());
  }
}
