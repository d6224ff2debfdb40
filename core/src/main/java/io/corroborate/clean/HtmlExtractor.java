package io.corroborate.clean;

import io.corroborate.model.Block;
import io.corroborate.model.FieldSource;
import io.corroborate.model.RawDocument;
import io.corroborate.model.Role;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** HTML pages: paragraphs of the page as body blocks, title from {@code <title>}. */
public final class HtmlExtractor implements Extractor {
  @Override
  public Extraction extract(RawDocument doc) {
    Document d = Jsoup.parse(doc.content(), doc.hint("url").map(FieldSource::value).orElse(""));
    List<Block> blocks = new ArrayList<>();
    for (Element p : d.select("p")) {
      String t = p.text();
      if (!t.isBlank()) {
        blocks.add(new Block(t, Role.BODY, 0.5, "<p> element"));
      }
    }
    List<FieldSource> meta = new ArrayList<>();
    String title = d.title();
    if (!title.isBlank()) {
      meta.add(new FieldSource("title", title.strip(), "html <title>"));
    }
    return new Extraction(blocks, meta);
  }
}
