package io.corroborate.dossier;

import io.corroborate.model.Article;
import io.corroborate.reconcile.Finding;
import io.corroborate.reconcile.Range;
import io.corroborate.reconcile.Support;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Claims, findings and articles as CSV tables for spreadsheets and the tools fact-checkers use: RFC
 * 4180 (every field that holds a comma, a quote or a line break is quoted, quotes doubled, records
 * end with CRLF), a header row, one row per item, UTF-8 when written to a file.
 *
 * <p>Spreadsheets run a cell that starts with {@code =}, {@code +}, {@code -} or {@code @} (or a
 * tab or carriage return) as a formula, and article text is written by others. Every text cell that
 * starts with one of those gets a leading apostrophe ({@code '=HYPERLINK(…)}), which spreadsheets
 * show as text; the numeric columns ({@code low}, {@code high}, counts, offsets) are written as
 * plain numbers and never prefixed.
 *
 * <pre>{@code String csv = CsvTables.findings(dossier);}</pre>
 */
public final class CsvTables {
  /** The columns of {@link #claims}. */
  public static final List<String> CLAIM_COLUMNS =
      List.of(
          "article",
          "outlet",
          "kind",
          "measure",
          "value",
          "interval",
          "low",
          "low_inclusive",
          "high",
          "high_inclusive",
          "holds",
          "who_says_it",
          "sentence");

  /** The columns of {@link #findings}: one row per claim behind a finding. */
  public static final List<String> FINDING_COLUMNS =
      List.of(
          "finding",
          "verdict",
          "variable",
          "independent_origins",
          "explanation",
          "article",
          "outlet",
          "who_says_it",
          "value",
          "interval",
          "low",
          "low_inclusive",
          "high",
          "high_inclusive",
          "holds",
          "evidence_start",
          "evidence_end",
          "sentence");

  /** The columns of {@link #articles}. */
  public static final List<String> ARTICLE_COLUMNS =
      List.of(
          "id",
          "published",
          "updated",
          "outlet",
          "title",
          "authors",
          "language",
          "url",
          "file",
          "offset",
          "format",
          "words");

  private CsvTables() {}

  /** One row per claim line (a figure, a date, a role…), with its interval as numbers. */
  public static String claims(List<ClaimLine> claims) {
    List<List<Object>> rows = new ArrayList<>();
    for (ClaimLine c : claims) {
      List<Object> row = new ArrayList<>();
      row.add(text(c.articleId()));
      row.add(text(c.outlet()));
      row.add(text(c.kind().toLowerCase(Locale.ROOT)));
      row.add(text(c.measure()));
      row.add(text(c.value()));
      row.add(text(c.interval()));
      range(row, c.range());
      row.add(text(c.holds()));
      row.add(text(c.chain()));
      row.add(text(c.sentence()));
      rows.add(row);
    }
    return write(CLAIM_COLUMNS, rows);
  }

  /**
   * The dossier's findings, conflicts first: one row per claim behind each finding, the finding's
   * columns repeated on each, so that a filter on {@code verdict} keeps whole findings.
   */
  public static String findings(Dossier d) {
    List<List<Object>> rows = new ArrayList<>();
    for (Finding f : d.findings()) {
      for (Support s : f.support()) {
        List<Object> row = new ArrayList<>();
        row.add(text(f.id()));
        row.add(text(Words.kind(f.kind()).toLowerCase(Locale.ROOT)));
        row.add(text(f.variable().label()));
        row.add(f.independentOrigins());
        row.add(text(f.explanation()));
        row.add(text(s.articleId()));
        row.add(text(s.outlet()));
        row.add(text(s.chain()));
        row.add(text(s.value()));
        row.add(text(s.interval()));
        range(row, s.range());
        row.add(text(s.holds()));
        row.add(s.evidence().claim().start());
        row.add(s.evidence().claim().end());
        row.add(text(s.sentence()));
        rows.add(row);
      }
    }
    return write(FINDING_COLUMNS, rows);
  }

  /** One row per article: its metadata and where it was read from, not its text. */
  public static String articles(List<Article> articles) {
    List<List<Object>> rows = new ArrayList<>();
    for (Article a : articles) {
      List<Object> row = new ArrayList<>();
      row.add(text(a.id()));
      row.add(a.published().map(Object::toString).orElse(""));
      row.add(a.updated().map(Object::toString).orElse(""));
      row.add(text(a.outletShown()));
      row.add(text(a.title().orElse("")));
      row.add(text(String.join("; ", a.authors())));
      row.add(text(a.language()));
      row.add(text(a.url().orElse("")));
      row.add(text(a.origin().file()));
      row.add(a.origin().offset());
      row.add(a.origin().format().name().toLowerCase(Locale.ROOT));
      row.add(Words.count(a.text()));
      rows.add(row);
    }
    return write(ARTICLE_COLUMNS, rows);
  }

  /**
   * A text cell made safe for spreadsheets: a leading {@code = + - @}, tab or carriage return gets
   * an apostrophe in front, so the cell is shown as text and never run as a formula.
   */
  public static String text(String s) {
    if (s == null || s.isEmpty()) {
      return "";
    }
    char c = s.charAt(0);
    if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
      return "'" + s;
    }
    return s;
  }

  private static void range(List<Object> row, Range r) {
    if (r == null) {
      row.add("");
      row.add("");
      row.add("");
      row.add("");
      return;
    }
    row.add(number(r.low()));
    row.add(r.low() == null ? "" : Boolean.toString(r.lowInclusive()));
    row.add(number(r.high()));
    row.add(r.high() == null ? "" : Boolean.toString(r.highInclusive()));
  }

  /** A number as spreadsheets read it: no grouping, a point for decimals, "" when absent. */
  private static String number(Double v) {
    if (v == null) {
      return "";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString(v.longValue());
    }
    return Double.toString(v);
  }

  private static String write(List<String> header, List<List<Object>> rows) {
    StringBuilder sb = new StringBuilder();
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get();
    try (CSVPrinter printer = new CSVPrinter(sb, format)) {
      for (List<Object> row : rows) {
        printer.printRecord(row);
      }
    } catch (IOException e) {
      // A StringBuilder does not fail; the printer declares it for other appendables.
      throw new UncheckedIOException(e);
    }
    return sb.toString();
  }
}
