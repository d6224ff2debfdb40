package io.corroborate.clean;

import io.corroborate.model.Article;
import io.corroborate.model.DateStamp;
import io.corroborate.model.FieldSource;
import io.corroborate.model.Format;
import io.corroborate.model.Ids;
import io.corroborate.model.RawDocument;
import io.corroborate.model.Rejection;
import io.corroborate.pipeline.Capability;
import io.corroborate.pipeline.Doc;
import io.corroborate.pipeline.DocumentStage;
import io.corroborate.pipeline.Outcome;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The clean stage: extracts the main text and metadata of a raw document and makes it an
 * {@link Article}. Container hints (a JSON Lines field, a feed item's author, the caller's outlet)
 * come before what the page itself says; every chosen value keeps its source.
 */
public final class Clean implements DocumentStage {
  private final CleanOptions options;
  private final Extractor html = new HtmlExtractor();
  private final Extractor text = new TextExtractor();

  public Clean(CleanOptions options) {
    this.options = options;
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
    return Set.of(Capability.ARTICLE);
  }

  @Override
  public Outcome apply(Doc doc) {
    RawDocument raw = doc.raw();
    Extraction ex = (raw.format() == Format.TEXT ? text : html).extract(raw);
    List<FieldSource> fields = new ArrayList<>(raw.hints());
    fields.addAll(ex.metadata());
    Article.Builder b =
        Article.builder().id(Ids.articleId(raw.contentId())).origin(raw.origin()).blocks(ex.blocks());
    Article draft = b.build();
    if (draft.text().strip().length() < options.minArticleChars()) {
      return Outcome.rejected(
          Rejection.of(
              raw.origin(),
              Rejection.Kind.NO_ARTICLE,
              "no article text found (" + draft.text().strip().length() + " characters of main text)"));
    }
    List<FieldSource> chosen = new ArrayList<>();
    first(fields, "url").ifPresent(f -> chosen.add(use(f, b::url)));
    first(fields, "title").ifPresent(f -> chosen.add(use(f, b::title)));
    first(fields, "outlet").ifPresent(f -> chosen.add(use(f, b::outlet)));
    first(fields, "language").ifPresent(f -> chosen.add(use(f, b::language)));
    first(fields, "published").ifPresent(f -> chosen.add(use(f, v -> b.published(DateStamp.parse(v)))));
    first(fields, "updated").ifPresent(f -> chosen.add(use(f, v -> b.updated(DateStamp.parse(v)))));
    Set<String> authors = new LinkedHashSet<>();
    String authorSource = null;
    for (FieldSource f : fields) {
      if (f.field().equals("author") && (authorSource == null || authorSource.equals(f.source()))) {
        authorSource = f.source();
        if (authors.add(f.value())) {
          chosen.add(f);
        }
      }
    }
    b.authors(List.copyOf(authors));
    b.provenance(chosen);
    return Outcome.done(doc.withArticle(b.build()));
  }

  private static Optional<FieldSource> first(List<FieldSource> fields, String name) {
    return fields.stream().filter(f -> f.field().equals(name) && !f.value().isBlank()).findFirst();
  }

  private static FieldSource use(FieldSource f, java.util.function.Consumer<String> setter) {
    setter.accept(f.value());
    return f;
  }
}
