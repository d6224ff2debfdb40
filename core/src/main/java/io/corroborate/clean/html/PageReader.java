package io.corroborate.clean.html;

import io.corroborate.model.Block;
import io.corroborate.model.Extraction;
import io.corroborate.model.FieldSource;
import io.corroborate.model.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Reads one HTML page into blocks and metadata: step 0 (cut an oversized page), step 1 (parse and
 * segment), then the {@link Cascade} (steps 2 to 6) and {@link Metadata}.
 *
 * <pre>
 * {@code Extraction ex = new PageReader(HtmlThresholds.defaults()).read(html, "https://example.org/a");}
 * </pre>
 */
public final class PageReader {
  private final HtmlThresholds t;
  private final Cascade cascade;

  public PageReader(HtmlThresholds t) {
    this.t = t;
    this.cascade = new Cascade(t);
  }

  public Extraction read(String html, String url) {
    // Step 0: a page past the size limit is cut; the parser closes what the cut leaves open.
    String page = html.length() > t.maxInputChars() ? html.substring(0, t.maxInputChars()) : html;
    // Step 1: parse and segment.
    Document doc = Jsoup.parse(page, url == null ? "" : url, Parser.htmlParser());
    PageIndex index = PageIndex.of(doc);
    JsonLd ld = JsonLd.of(index.jsonLdScripts());
    Metadata meta = new Metadata(doc, index, ld, url == null ? "" : url);
    Segmenter.Result seg = Segmenter.segment(doc, t.maxSegments());
    // Steps 2-3: the container; step 4: JSON-LD articleBody.
    Cascade.Container container = cascade.choose(seg);
    Optional<String> articleBody = ld.article().flatMap(a -> JsonLd.text(a, "articleBody"));
    if (articleBody.isPresent()) {
      container = cascade.checkArticleBody(container, seg, articleBody.get());
    }
    // Step 5: roles.
    List<Block> blocks = new ArrayList<>(cascade.classify(container, seg, meta.title().orElse("")));
    // Step 6: nothing from the DOM, the JSON-LD body is the text.
    if (blocks.stream().noneMatch(b -> b.role().isContent()) && articleBody.isPresent()) {
      for (String para : articleBody.get().split("\\n\\s*\\n|\\r?\\n")) {
        String p = Cascade.squash(para);
        if (!p.isEmpty()) {
          blocks.add(
              new Block(p, Role.BODY, 0.6, "json-ld articleBody (the page's markup gave no text)"));
        }
      }
    }
    List<String> dateLines = new ArrayList<>();
    for (Block b : blocks) {
      if ((b.role() == Role.DATELINE || b.role() == Role.BYLINE) && dateLines.size() < 5) {
        dateLines.add(b.text());
      }
    }
    List<FieldSource> fields = meta.all(container.elements(), dateLines);
    return new Extraction(blocks, fields);
  }
}
