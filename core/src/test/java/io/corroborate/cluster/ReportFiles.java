package io.corroborate.cluster;

import io.corroborate.Corroborate;
import io.corroborate.RunListener;
import io.corroborate.RunSummary;
import io.corroborate.model.Article;
import java.io.IOException;
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
}
