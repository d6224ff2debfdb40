package io.corroborate.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One report: where it came from, its metadata with the evidence for each field, its main text as
 * ordered passages, and the passages that were removed with why.
 *
 * <pre>{@code
 * Article a = Article.builder().id("3f2a…").origin(origin).outlet("Kyiv Post")
 *     .blocks(List.of(new Block("Ri said…", Role.BODY, 0.9, "paragraph"))).build();
 * a.text();  // "Ri said…"
 * }</pre>
 *
 * @param id stable id derived from the content (see {@link Ids#articleId(String)})
 * @param outlet the publishing outlet's name, or {@code "unknown"}
 * @param language ISO 639-1 code, or {@code "und"} when undetermined
 * @param text the main text: content passages joined by blank lines
 * @param passages the content passages, each with its span in {@code text}
 * @param removed the blocks that are not content, with their role and reason
 * @param provenance the source of every metadata field
 */
public record Article(
    String id,
    Origin origin,
    Optional<String> url,
    String outlet,
    Optional<String> title,
    List<String> authors,
    Optional<DateStamp> published,
    Optional<DateStamp> updated,
    String language,
    String text,
    List<Passage> passages,
    List<RemovedPassage> removed,
    List<FieldSource> provenance) {

  public static final String UNKNOWN_OUTLET = "unknown";
  public static final String UNDETERMINED_LANGUAGE = "und";

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(updated, "updated");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(text, "text");
    authors = List.copyOf(authors);
    passages = List.copyOf(passages);
    removed = List.copyOf(removed);
    provenance = List.copyOf(provenance);
    int last = 0;
    for (Passage p : passages) {
      if (p.span().start() < last || p.span().end() > text.length()) {
        throw new IllegalArgumentException(
            "article "
                + id
                + ": passage "
                + p.index()
                + " span "
                + p.span()
                + " out of order or past text end "
                + text.length());
      }
      last = p.span().end();
    }
  }

  /**
   * The main text without image captions, as extractors print it by default: the content passages
   * other than {@link Role#CAPTION}, joined by blank lines.
   */
  public String textWithoutCaptions() {
    StringBuilder sb = new StringBuilder();
    for (Passage p : passages) {
      if (p.role() != Role.CAPTION) {
        if (sb.length() > 0) {
          sb.append("\n\n");
        }
        sb.append(textOf(p));
      }
    }
    return sb.toString();
  }

  /** The text of one passage. */
  public String textOf(Passage p) {
    return p.span().of(text);
  }

  /**
   * The outlet as a reader sees it: its name, or for an article that does not name its outlet,
   * "unnamed outlet" with the file it came from, so that two such articles stay apart.
   */
  public String outletShown() {
    if (!outlet.equals(UNKNOWN_OUTLET)) {
      return outlet;
    }
    String file = origin.file().replaceAll(".*[/\\\\]", "");
    return "unnamed outlet (" + (file.isBlank() ? id : file) + ")";
  }

  /** The source recorded for {@code field}, if any. */
  public Optional<FieldSource> sourceOf(String field) {
    return provenance.stream().filter(f -> f.field().equals(field)).findFirst();
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.origin = origin;
    b.url = url.orElse(null);
    b.outlet = outlet;
    b.title = title.orElse(null);
    b.authors = new ArrayList<>(authors);
    b.published = published.orElse(null);
    b.updated = updated.orElse(null);
    b.language = language;
    b.text = text;
    b.passages = new ArrayList<>(passages);
    b.removed = new ArrayList<>(removed);
    b.provenance = new ArrayList<>(provenance);
    return b;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Article}; {@link #blocks(List)} assembles text, passages and removed. */
  public static final class Builder {
    private String id;
    private Origin origin;
    private String url;
    private String outlet = UNKNOWN_OUTLET;
    private String title;
    private List<String> authors = new ArrayList<>();
    private DateStamp published;
    private DateStamp updated;
    private String language = UNDETERMINED_LANGUAGE;
    private String text = "";
    private List<Passage> passages = new ArrayList<>();
    private List<RemovedPassage> removed = new ArrayList<>();
    private List<FieldSource> provenance = new ArrayList<>();

    private Builder() {}

    public Builder id(String id) {
      this.id = id;
      return this;
    }

    public Builder origin(Origin origin) {
      this.origin = origin;
      return this;
    }

    public Builder url(String url) {
      this.url = url;
      return this;
    }

    public Builder outlet(String outlet) {
      this.outlet = outlet;
      return this;
    }

    public Builder title(String title) {
      this.title = title;
      return this;
    }

    public Builder authors(List<String> authors) {
      this.authors = new ArrayList<>(authors);
      return this;
    }

    public Builder published(DateStamp published) {
      this.published = published;
      return this;
    }

    public Builder updated(DateStamp updated) {
      this.updated = updated;
      return this;
    }

    public Builder language(String language) {
      this.language = language;
      return this;
    }

    public Builder provenance(List<FieldSource> provenance) {
      this.provenance = new ArrayList<>(provenance);
      return this;
    }

    public Builder addProvenance(FieldSource source) {
      this.provenance.add(source);
      return this;
    }

    /** Sets text and passages directly; used when reading an article back from a store. */
    public Builder text(String text, List<Passage> passages, List<RemovedPassage> removed) {
      this.text = text;
      this.passages = new ArrayList<>(passages);
      this.removed = new ArrayList<>(removed);
      return this;
    }

    /**
     * Assembles the main text from the page's blocks in order: content blocks are joined with a
     * blank line and become passages with their spans; the rest become removed passages.
     */
    public Builder blocks(List<Block> blocks) {
      StringBuilder sb = new StringBuilder();
      List<Passage> kept = new ArrayList<>();
      List<RemovedPassage> cut = new ArrayList<>();
      for (int i = 0; i < blocks.size(); i++) {
        Block b = blocks.get(i);
        String t = b.text().strip();
        if (t.isEmpty()) {
          continue;
        }
        if (b.role().isContent()) {
          if (sb.length() > 0) {
            sb.append("\n\n");
          }
          int start = sb.length();
          sb.append(t);
          kept.add(new Passage(i, new Span(start, sb.length()), b.role(), b.confidence()));
        } else {
          cut.add(new RemovedPassage(i, t, b.role(), b.confidence(), b.reason()));
        }
      }
      return text(sb.toString(), kept, cut);
    }

    public Article build() {
      return new Article(
          id,
          origin,
          Optional.ofNullable(url),
          outlet,
          Optional.ofNullable(title),
          authors,
          Optional.ofNullable(published),
          Optional.ofNullable(updated),
          language,
          text,
          passages,
          removed,
          provenance);
    }
  }
}
