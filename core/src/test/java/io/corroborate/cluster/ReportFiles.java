package io.corroborate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.Corroborate;
import io.corroborate.RunListener;
import io.corroborate.RunSummary;
import io.corroborate.model.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Invented reports written as the files a feed would leave in a folder, read back as articles and
 * placed in stories by a fresh clusterer: what the story tests across languages share.
 */
final class ReportFiles {
  private ReportFiles() {}

  /**
   * Writes a report whose language the file name gives from its third letter ("b-ka1.txt":
   * Georgian), dated and titled as a feed would.
   */
  static void put(Path dir, String name, String date, String title, String body)
      throws IOException {
    String language = name.substring(2, 4);
    Files.writeString(
        dir.resolve(name),
        "---\nlanguage: "
            + language
            + "\n---\n date "
            + date
            + "\n"
            + title
            + "\n\n"
            + body
            + "\n");
  }

  /**
   * Writes invented reports into a fresh folder and reads them back as {@link #read} does, the
   * folder removed after. One report a paragraph, paragraphs apart by a blank line: a first line of
   * file name, date and title ("b-ka1.txt 2026-04-03 Dam breach floods Velmora"), then the body,
   * its lines joined by spaces (a line that ends in a backslash runs on with no space, as in any
   * text block).
   */
  static List<Article> read(String reports) {
    try {
      Path dir = Files.createTempDirectory("reports");
      try {
        for (String report : reports.strip().split("\n\\s*\n")) {
          String[] lines = report.strip().split("\n");
          String[] head = lines[0].split(" ", 3);
          if (head.length < 3 || lines.length < 2) {
            throw new IllegalArgumentException("not file, date, title and body: " + report);
          }
          put(
              dir,
              head[0],
              head[1],
              head[2],
              String.join(" ", List.of(lines).subList(1, lines.length)));
        }
        return read(dir);
      } finally {
        try (var files = Files.list(dir)) {
          for (Path f : files.toList()) {
            Files.delete(f);
          }
        }
        Files.delete(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every report of {@code dir} read as the product reads a folder, in the order of file names. */
  static List<Article> read(Path dir) {
    RunSummary run = Corroborate.create().run(List.of(dir.toString()), new RunListener() {});
    List<Article> articles = new ArrayList<>(run.articles());
    articles.sort(Comparator.comparing(a -> a.origin().file()));
    return articles;
  }

  /** The name of the file a report was read from. */
  static String name(Article a) {
    String f = a.origin().file();
    return f.substring(f.lastIndexOf('/') + 1);
  }

  /** Each report's story by its file name, {@code in} added as one batch to a fresh clusterer. */
  static Map<String, StoryAssignment> byFile(List<Article> in) {
    StoryClusterer c = new StoryClusterer(ClusterOptions.defaults(), Embedder.none());
    List<StoryAssignment> as = c.addBatch(in, id -> Optional.empty());
    Map<String, StoryAssignment> out = new HashMap<>();
    for (Article a : in) {
      as.stream().filter(s -> s.articleId().equals(a.id())).forEach(s -> out.put(name(a), s));
    }
    return out;
  }

  /**
   * Asserts that each report of {@code files} is placed in the story of the report {@code first}
   * when {@code articles} are added as one batch, with the clusterer's reason shown where not.
   */
  static void assertInStoryOf(List<Article> articles, String first, String... files) {
    assertStories(articles, first, true, files);
  }

  /** The same, each report of {@code files} placed in a story other than that of {@code first}. */
  static void assertNotInStoryOf(List<Article> articles, String first, String... files) {
    assertStories(articles, first, false, files);
  }

  private static void assertStories(
      List<Article> articles, String first, boolean same, String... files) {
    Map<String, StoryAssignment> s = byFile(articles);
    String story = s.get(first).storyId();
    for (String f : files) {
      var placed = assertThat(s.get(f).storyId()).as(f + ": " + s.get(f).reason());
      if (same) {
        placed.isEqualTo(story);
      } else {
        placed.isNotEqualTo(story);
      }
    }
  }
}
