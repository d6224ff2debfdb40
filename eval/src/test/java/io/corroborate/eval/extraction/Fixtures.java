package io.corroborate.eval.extraction;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Tiny benchmark directories in both layouts, written by hand for the tests. */
final class Fixtures {
  private Fixtures() {}

  static final String ARTICLE =
      "<html><head><title>Night trains return | Rail Notes</title></head><body>"
          + "<nav><ul><li><a href='/'>Home</a></li><li><a href='/routes'>Routes</a></li></ul></nav>"
          + "<article><div class='entry-content'>"
          + "<p>The night train between the two capitals runs again from Friday, after a pause of four winters.</p>"
          + "<p>Sleeping cars were refitted with new berths, and a dining car now serves breakfast before arrival.</p>"
          + "<p>Tickets went on sale on Monday and the first three departures sold out within a day, the operator said.</p>"
          + "</div></article>"
          + "<footer><p>Imprint and privacy notice of the Rail Notes blog</p></footer></body></html>";

  static Path trafilatura(Path dir) throws IOException {
    Files.createDirectories(dir.resolve("eval"));
    Files.writeString(dir.resolve("eval/night-train.html"), ARTICLE, StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("evaldata.json"),
        "{\"https://rail.example/night-train\": {\"file\": \"night-train.html\","
            + " \"with\": [\"runs again from Friday\", \"dining car now serves breakfast\", \"not in the page at all\"],"
            + " \"without\": [\"Imprint and privacy notice\", \"Routes\", \"first three departures\"]},"
            + " \"https://rail.example/missing\": {\"file\": \"missing.html\", \"with\": [\"x\"], \"without\": []}}",
        StandardCharsets.UTF_8);
    return dir;
  }

  static Path scrapinghub(Path dir) throws IOException {
    Files.createDirectories(dir.resolve("html"));
    try (OutputStream out =
        new GZIPOutputStream(Files.newOutputStream(dir.resolve("html/a1.html.gz")))) {
      out.write(ARTICLE.getBytes(StandardCharsets.UTF_8));
    }
    Files.writeString(
        dir.resolve("ground-truth.json"),
        "{\"a1\": {\"url\": \"https://rail.example/night-train\", \"articleBody\": "
            + "\"The night train between the two capitals runs again from Friday, after a pause of four winters.\\n"
            + "Sleeping cars were refitted with new berths, and a dining car now serves breakfast before arrival.\\n"
            + "Tickets went on sale on Monday and the first three departures sold out within a day, the operator said.\"}}",
        StandardCharsets.UTF_8);
    return dir;
  }
}
