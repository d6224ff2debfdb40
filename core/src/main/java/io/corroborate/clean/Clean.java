package io.corroborate.clean;

import io.corroborate.clean.lang.Languages;
import io.corroborate.clean.text.Dates;
import io.corroborate.internal.Failures;
import io.corroborate.internal.TimeLimit;
import io.corroborate.model.Article;
import io.corroborate.model.DateStamp;
import io.corroborate.model.Extraction;
import io.corroborate.model.FieldSource;
import io.corroborate.model.Format;
import io.corroborate.model.Ids;
import io.corroborate.model.RawDocument;
import io.corroborate.model.Rejection;
import io.corroborate.model.RemovedPassage;
import io.corroborate.pipeline.Capability;
import io.corroborate.pipeline.Doc;
import io.corroborate.pipeline.DocumentStage;
import io.corroborate.pipeline.Outcome;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clean stage: extracts the main text and metadata of a raw document and makes it an {@link
 * Article} with its language. Plain text (a text file, a JSON Lines {@code maintext}) goes to the
 * {@link TextExtractor}, markup to the {@link HtmlExtractor}. Container hints (a news-please field,
 * a feed item's author, the caller's outlet, a leading date line) come before what the page itself
 * says; every chosen value keeps its source in {@link Article#provenance()}.
 *
 * <pre>{@code Outcome o = new Clean(CleanOptions.defaults()).apply(Doc.of(raw));}</pre>
 */
public final class Clean implements DocumentStage {
  private static final Pattern MARKUP =
      Pattern.compile(
          "(?i)<!doctype html|<html[\\s>]|<body[\\s>]|</(?:p|div|article|span|a|li|h[1-6]|td)>|<(?:br|p|img)\\b[^>]*>");

  private final CleanOptions options;
  private final Extractor html;
  private final Extractor text;

  public Clean(CleanOptions options) {
    this.options = options;
    this.html = new HtmlExtractor(options.html());
    this.text = new TextExtractor(options.text());
  }

  @Override
  public String name() {
    return "clean";
  }

  @Override
  public Set<Capability> requires() {
    return Set.of(Capability.RAW);
  }

  @Override
  public Set<Capability> provides() {
    return Set.of(Capability.ARTICLE, Capability.LANGUAGE);
  }

  @Override
  public Outcome apply(Doc doc) {
    RawDocument raw = doc.raw();
    CleanLimits limits = options.limits();
    // 1. Control bytes and stacks of combining marks cost only themselves.
    String content = Guard.tame(raw.content(), limits.maxCombiningMarks());
    Extractor extractor = extractorFor(raw);
    if (fragment(raw)) {
      // A record's text kept in its body's markup is the article already: its paragraphs are
      // read as text, none judged boilerplate by the page cleaner.
      if (content.length() > options.html().maxInputChars()) {
        return tooLarge(
            raw,
            "markup text is "
                + content.length()
                + " characters, over the "
                + options.html().maxInputChars()
                + "-character page limit");
      }
      content = MarkupText.paragraphs(content);
    }
    // 2. Shapes no article has are rejected before any regular expression sees them.
    if (extractor == text) {
      Guard.LineShape shape = Guard.lines(content);
      if (shape.lines() > limits.maxLines()) {
        return tooLarge(
            raw,
            shape.lines() + " lines, over the limit of " + limits.maxLines() + " for one article");
      }
      if (shape.longest() > limits.maxLineChars()) {
        return tooLarge(
            raw,
            "line "
                + (shape.longestLine() + 1)
                + " is "
                + shape.longest()
                + " characters, over the "
                + limits.maxLineChars()
                + "-character line limit");
      }
    } else {
      // Scripts and styles are no article text: only what remains counts against the page limit.
      content = Guard.withoutScriptBodies(content);
      if (content.length() > options.html().maxInputChars()) {
        return tooLarge(
            raw,
            "page is "
                + content.length()
                + " characters without its scripts and styles, over the "
                + options.html().maxInputChars()
                + "-character page limit");
      }
    }
    RawDocument tamed =
        content.equals(raw.content())
            ? raw
            : new RawDocument(
                raw.origin(),
                raw.contentId(),
                content,
                raw.charset(),
                raw.charsetSource(),
                raw.hints());
    // 3. Extraction within the time limit.
    Extraction ex;
    try {
      ex = TimeLimit.call(() -> extractor.extract(tamed), limits.maxArticleTime());
    } catch (TimeoutException e) {
      return tooLarge(
          raw,
          "cleaning took longer than the "
              + limits.maxArticleTime().toMillis()
              + " ms limit for one article and was given up");
    } catch (ExecutionException e) {
      return Outcome.rejected(
          Rejection.of(
              raw.origin(),
              Rejection.Kind.UNREADABLE,
              "the page could not be cleaned: " + Failures.describe(e.getCause())));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Outcome.rejected(
          Rejection.of(
              raw.origin(),
              Rejection.Kind.UNREADABLE,
              "the page could not be cleaned: " + Failures.describe(e)));
    }
    // 4. A passage holding a megabyte-long "word" is junk, whatever its role.
    Guard.Dropped kept = Guard.dropLongTokens(ex.blocks(), limits.maxTokenChars());
    Article.Builder b =
        Article.builder()
            .id(Ids.articleId(raw.contentId()))
            .origin(raw.origin())
            .blocks(kept.blocks());
    Article draft = b.build();
    int chars = draft.text().strip().length();
    if (chars < options.minArticleChars()) {
      String why = noArticle(draft, chars);
      if (kept.count() > 0) {
        why +=
            "; "
                + kept.count()
                + " of them for a token over the "
                + limits.maxTokenChars()
                + "-character limit";
      }
      return Outcome.rejected(Rejection.of(raw.origin(), Rejection.Kind.NO_ARTICLE, why));
    }
    // Container hints first, then the page's own evidence, in the extractor's priority order.
    List<FieldSource> fields = new ArrayList<>(raw.hints());
    fields.addAll(ex.metadata());
    List<FieldSource> chosen = new ArrayList<>();
    Optional<FieldSource> url = first(fields, "url");
    url.ifPresent(f -> chosen.add(use(f, b::url)));
    // A "title" of thousands of words is junk, and later stages read titles whole.
    fields.stream()
        .filter(f -> f.field().equals("title") && !f.value().isBlank())
        .filter(f -> f.value().length() <= limits.maxTitleChars())
        .findFirst()
        .ifPresent(f -> chosen.add(use(f, b::title)));
    first(fields, "outlet")
        .or(() -> url.flatMap(Clean::domain))
        .ifPresent(f -> chosen.add(use(f, b::outlet)));
    date(fields, "published")
        .ifPresent(f -> chosen.add(use(f, v -> b.published(DateStamp.parse(v)))));
    date(fields, "updated").ifPresent(f -> chosen.add(use(f, v -> b.updated(DateStamp.parse(v)))));
    // A wire's credit the cleaner took off with its dateline line: the article relays the wire.
    first(fields, "relays").ifPresent(chosen::add);
    List<String> authors = authors(fields, chosen);
    b.authors(authors);
    language(fields, draft.text(), chosen, b);
    b.provenance(chosen);
    return Outcome.done(doc.withArticle(b.build()));
  }

  private static Outcome tooLarge(RawDocument raw, String reason) {
    return Outcome.rejected(
        Rejection.of(raw.origin(), Rejection.Kind.TOO_LARGE, "limit: " + reason));
  }

  /** Markup goes to the HTML extractor, plain text to the text extractor. */
  Extractor extractorFor(RawDocument raw) {
    return switch (raw.format()) {
      case TEXT -> text;
      case HTML, WARC, FEED -> html;
        // A JSON Lines record carries plain text (news-please's maintext) unless it plainly holds a
        // page's markup; an unknown input is judged the same way. The body's markup alone (its
        // paragraphs in tags) is read as text once its tags are gone.
      case JSONL, UNKNOWN -> looksLikeMarkup(raw) && !fragment(raw) ? html : text;
    };
  }

  /** Whether a record's text is markup of the article's body alone, not a whole page. */
  private static boolean fragment(RawDocument raw) {
    return (raw.format() == Format.JSONL || raw.format() == Format.UNKNOWN)
        && looksLikeMarkup(raw)
        && !MarkupText.isPage(raw.content().substring(0, Math.min(raw.content().length(), 8192)));
  }

  private static boolean looksLikeMarkup(RawDocument raw) {
    Optional<String> type = raw.hint("content-type").map(f -> f.value().toLowerCase(Locale.ROOT));
    if (type.isPresent() && (type.get().contains("html") || type.get().contains("text/plain"))) {
      return type.get().contains("html");
    }
    String head = raw.content().substring(0, Math.min(raw.content().length(), 8192));
    // One tag may be quoted in prose ("the <br> tag"); a page has a document tag or several.
    Matcher m = MARKUP.matcher(head);
    int tags = 0;
    while (tags < 3 && m.find()) {
      String tag = m.group().toLowerCase(Locale.ROOT);
      tags += tag.startsWith("<!doctype") || tag.startsWith("<html") ? 3 : 1;
    }
    return tags >= 3;
  }

  private static String noArticle(Article draft, int chars) {
    Map<String, Integer> byRole = new TreeMap<>();
    for (RemovedPassage r : draft.removed()) {
      byRole.merge(r.role().name().toLowerCase(Locale.ROOT), 1, Integer::sum);
    }
    return "no article text found: "
        + chars
        + " characters of main text in "
        + draft.passages().size()
        + " passages; "
        + draft.removed().size()
        + " blocks removed"
        + (byRole.isEmpty() ? "" : " " + byRole);
  }

  private static Optional<FieldSource> first(List<FieldSource> fields, String name) {
    return fields.stream().filter(f -> f.field().equals(name) && !f.value().isBlank()).findFirst();
  }

  /** The first value of a date field that reads as a date, in ISO form, with its source. */
  private static Optional<FieldSource> date(List<FieldSource> fields, String name) {
    for (FieldSource f : fields) {
      if (f.field().equals(name)) {
        Optional<DateStamp> d = Dates.find(f.value());
        if (d.isPresent()) {
          return Optional.of(new FieldSource(name, d.get().toString(), f.source()));
        }
      }
    }
    return Optional.empty();
  }

  /** The outlet named by the url's host, without {@code www.}. */
  private static Optional<FieldSource> domain(FieldSource url) {
    try {
      String host = URI.create(url.value().strip()).getHost();
      if (host == null || host.isBlank()) {
        return Optional.empty();
      }
      String h = host.toLowerCase(Locale.ROOT).replaceFirst("^www\\d?\\.", "");
      return Optional.of(new FieldSource("outlet", h, "url domain"));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Authors from the first source that names any (a byline lists all its authors at once). */
  private static List<String> authors(List<FieldSource> fields, List<FieldSource> chosen) {
    Set<String> seen = new LinkedHashSet<>();
    List<String> authors = new ArrayList<>();
    String source = null;
    for (FieldSource f : fields) {
      if (f.field().equals("author")
          && !f.value().isBlank()
          && (source == null || source.equals(f.source()))) {
        source = f.source();
        if (seen.add(f.value().strip().toLowerCase(Locale.ROOT))) {
          authors.add(f.value().strip());
          chosen.add(f);
        }
      }
    }
    return authors;
  }

  /**
   * The container's or page's language where it names one; detection otherwise. Detection, which
   * costs more than the rest of cleaning, is skipped when the declared language is plausible for
   * the text ({@link Languages#plausible}); otherwise it runs and is recorded beside a declared
   * language it disagrees with.
   */
  private void language(
      List<FieldSource> fields, String articleText, List<FieldSource> chosen, Article.Builder b) {
    Optional<FieldSource> declared =
        fields.stream()
            .filter(f -> f.field().equals("language"))
            .flatMap(
                f ->
                    Languages.normalize(f.value())
                        .map(c -> new FieldSource("language", c, f.source()))
                        .stream())
            .findFirst();
    if (declared.isPresent()
        && Languages.plausible(declared.get().value(), articleText, options.language())) {
      chosen.add(use(declared.get(), b::language));
      return;
    }
    Languages.Guess guess = Languages.detect(articleText, options.language());
    FieldSource detected = new FieldSource("language", guess.code(), guess.reason());
    if (declared.isPresent()) {
      chosen.add(use(declared.get(), b::language));
      if (guess.determined() && !guess.code().equals(declared.get().value())) {
        chosen.add(
            new FieldSource(
                "language",
                guess.code(),
                guess.reason() + ", disagrees with " + declared.get().source()));
      }
    } else {
      chosen.add(use(detected, b::language));
    }
  }

  private static FieldSource use(FieldSource f, Consumer<String> setter) {
    setter.accept(f.value());
    return f;
  }
}
