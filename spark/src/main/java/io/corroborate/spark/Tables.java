package io.corroborate.spark;

import io.corroborate.annotate.Annotation;
import io.corroborate.annotate.EntityMention;
import io.corroborate.extract.Claim;
import io.corroborate.model.Article;
import io.corroborate.model.DateStamp;
import io.corroborate.model.ModelJson;
import io.corroborate.model.Rejection;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The job's output tables, their schemas, and how the core's values become rows. Each row carries
 * the flat columns people filter on and, for claims, the full value as JSON.
 *
 * <pre>{@code
 * Row r = Tables.rejectionRow(rejection);
 * }</pre>
 */
public final class Tables {
  /** One output table; the name is the output sub-directory. */
  public enum Table {
    ARTICLES,
    CLAIMS,
    ENTITIES,
    QUARANTINE,
    /** Not written: each article and its annotation as JSON, with its MinHash, for stories. */
    ANNOTATED;

    /**
     * The tables the per-article stage writes as they are; {@code articles} and {@code claims} are
     * written by the story stage, which reads each article's claims in its story.
     */
    public static final List<Table> WRITTEN = List.of(ENTITIES, QUARANTINE);

    public String dir() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** A row bound for {@code table}. */
  public record Out(Table table, Row row) implements Serializable {}

  public static final StructType ARTICLES =
      new StructType()
          .add("id", DataTypes.StringType, false)
          .add("file", DataTypes.StringType, false)
          .add("offset", DataTypes.LongType, false)
          .add("format", DataTypes.StringType, false)
          .add("url", DataTypes.StringType, true)
          .add("outlet", DataTypes.StringType, false)
          .add("title", DataTypes.StringType, true)
          .add("published", DataTypes.StringType, true)
          .add("language", DataTypes.StringType, false)
          .add("chars", DataTypes.IntegerType, false)
          .add("claims", DataTypes.IntegerType, false)
          .add("text", DataTypes.StringType, false);

  public static final StructType CLAIMS =
      new StructType()
          .add("article_id", DataTypes.StringType, false)
          .add("outlet", DataTypes.StringType, false)
          .add("kind", DataTypes.StringType, false)
          .add("measure", DataTypes.StringType, false)
          .add("confidence", DataTypes.DoubleType, false)
          .add("json", DataTypes.StringType, false);

  public static final StructType ENTITIES =
      new StructType()
          .add("article_id", DataTypes.StringType, false)
          .add("type", DataTypes.StringType, false)
          .add("text", DataTypes.StringType, false)
          .add("start", DataTypes.IntegerType, false)
          .add("end", DataTypes.IntegerType, false);

  public static final StructType QUARANTINE =
      new StructType()
          .add("file", DataTypes.StringType, false)
          .add("offset", DataTypes.LongType, false)
          .add("kind", DataTypes.StringType, false)
          .add("reason", DataTypes.StringType, false);

  /**
   * Internal: article id, article JSON, annotation JSON, the text's MinHash signature ({@link
   * Blocking#signature}), the publication day (epoch day, null when undated) and what story
   * assignment counts of it in its word statistics ({@link Stories#words}). These rows never become
   * a DataFrame, so the signature and words travel as plain arrays.
   */
  public static final StructType ANNOTATED =
      new StructType()
          .add("id", DataTypes.StringType, false)
          .add("article", DataTypes.StringType, false)
          .add("annotation", DataTypes.StringType, false)
          .add("signature", DataTypes.createArrayType(DataTypes.LongType, false), false)
          .add("day", DataTypes.LongType, true)
          .add("words", DataTypes.createArrayType(DataTypes.StringType, false), false);

  public static final StructType STORIES =
      new StructType()
          .add("story_id", DataTypes.StringType, false)
          .add("title", DataTypes.StringType, false)
          .add("articles", DataTypes.IntegerType, false)
          .add("article_ids", DataTypes.createArrayType(DataTypes.StringType, false), false);

  public static final StructType FINDINGS =
      new StructType()
          .add("story_id", DataTypes.StringType, false)
          .add("finding_id", DataTypes.StringType, false)
          .add("kind", DataTypes.StringType, false)
          .add("variable_key", DataTypes.StringType, false)
          .add("variable", DataTypes.StringType, false)
          .add("independent_origins", DataTypes.IntegerType, false)
          .add("explanation", DataTypes.StringType, false)
          .add("support", DataTypes.IntegerType, false)
          .add("values", DataTypes.createArrayType(DataTypes.StringType, false), false);

  private Tables() {}

  public static StructType schema(Table t) {
    return switch (t) {
      case ARTICLES -> ARTICLES;
      case CLAIMS -> CLAIMS;
      case ENTITIES -> ENTITIES;
      case QUARANTINE -> QUARANTINE;
      case ANNOTATED -> ANNOTATED;
    };
  }

  /**
   * The rows of one article the per-article stage writes: its annotated form for the story stage
   * and its entity mentions. Its {@code articles} row and its claims come from its story ({@link
   * #articleRow}, {@link #claimRow}).
   */
  public static List<Out> rows(Article a, Annotation an, long[] signature, String[] words) {
    List<Out> out = new ArrayList<>(1 + an.entities().size());
    out.add(
        new Out(
            Table.ANNOTATED,
            RowFactory.create(
                a.id(),
                ModelJson.write(a),
                ModelJson.write(an),
                signature.clone(),
                a.published().map(d -> d.date().toEpochDay()).orElse(null),
                words)));
    for (EntityMention m : an.entities()) {
      out.add(
          new Out(
              Table.ENTITIES,
              RowFactory.create(
                  a.id(),
                  m.type().name().toLowerCase(java.util.Locale.ROOT),
                  m.text(),
                  m.span().start(),
                  m.span().end())));
    }
    return out;
  }

  /** The {@code articles} row of an article whose story read {@code claims} claims in it. */
  public static Row articleRow(Article a, int claims) {
    return RowFactory.create(
        a.id(),
        a.origin().file(),
        a.origin().offset(),
        a.origin().format().name().toLowerCase(java.util.Locale.ROOT),
        a.url().orElse(null),
        a.outlet(),
        a.title().orElse(null),
        a.published().map(DateStamp::date).map(Object::toString).orElse(null),
        a.language(),
        a.text().length(),
        claims,
        a.text());
  }

  /** The {@code claims} row of one claim of {@code a}, as its story read it. */
  public static Row claimRow(Article a, Claim c) {
    return RowFactory.create(
        a.id(),
        a.outlet(),
        c.kind().name().toLowerCase(java.util.Locale.ROOT),
        c.measure(),
        c.confidence(),
        ModelJson.write(c));
  }

  public static Out rejectionRow(Rejection r) {
    return new Out(
        Table.QUARANTINE,
        RowFactory.create(
            r.file(), r.offset(), r.kind().name().toLowerCase(java.util.Locale.ROOT), r.reason()));
  }
}
