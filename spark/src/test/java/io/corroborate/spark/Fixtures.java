package io.corroborate.spark;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Small inputs of a fictional story (a ferry stranded on Lake Orvel), written by the tests. */
final class Fixtures {
  private Fixtures() {}

  static String page(String outlet, String title, String published, String... paragraphs) {
    StringBuilder body = new StringBuilder();
    for (String p : paragraphs) {
      body.append("<p>").append(p).append("</p>\n");
    }
    return """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
        <title>%s | %s</title>
        <meta property="og:site_name" content="%s">
        <meta property="og:type" content="article">
        <meta property="article:published_time" content="%s">
        </head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <article><h1>%s</h1>
        %s</article>
        <footer>Copyright %s</footer></body></html>
        """
        .formatted(title, outlet, outlet, published, title, body, outlet);
  }

  /** A gzipped WARC with one response record per page. */
  static Path warc(Path file, String... urlAndHtml) throws IOException {
    try (WarcWriter w =
        new WarcWriter(
            Files.newByteChannel(
                file,
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE),
            WarcCompression.GZIP)) {
      for (int i = 0; i < urlAndHtml.length; i += 2) {
        byte[] html = urlAndHtml[i + 1].getBytes(StandardCharsets.UTF_8);
        byte[] http =
            ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                    + html.length
                    + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] block = new byte[http.length + html.length];
        System.arraycopy(http, 0, block, 0, http.length);
        System.arraycopy(html, 0, block, http.length, html.length);
        w.write(
            new WarcResponse.Builder(URI.create(urlAndHtml[i]))
                .date(Instant.parse("2031-05-03T10:00:00Z"))
                .body(MediaType.HTTP_RESPONSE, block)
                .build());
      }
    }
    return file;
  }

  static String[] ferryPages() {
    return new String[] {
      "https://www.orvelgazette.example/news/2031/05/02/ferry-stranded",
      page(
          "Orvel Gazette",
          "Ferry stranded on Lake Orvel with 212 passengers",
          "2031-05-02T08:30:00+00:00",
          "The ferry Saint Brannoch ran aground near Kessin Point on Friday with 212 passengers"
              + " on board, the lake authority said.",
          "Harbour master Tomas Elund said two tugs had failed to pull the ship free by noon and"
              + " that nobody was hurt.",
          "The ferry, built in 1998, links Kessin with the island town of Varrow three times a"
              + " day."),
      "https://www.lakesidetimes.example/2031/05/02/saint-brannoch-aground",
      page(
          "Lakeside Times",
          "About 200 stuck as Saint Brannoch runs aground",
          "2031-05-02T11:10:00+00:00",
          "About 200 people were stuck on the ferry Saint Brannoch after it ran aground near"
              + " Kessin Point on Friday morning, according to the lake authority.",
          "Passengers were given water and blankets, a spokesman for the operator Orvel Lines"
              + " said, adding that a third tug would arrive by evening.",
          "Harbour master Tomas Elund told reporters that the water level had fallen by 40"
              + " centimetres since March.")
    };
  }
}
