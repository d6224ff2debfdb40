package io.corroborate.clean;

import io.corroborate.model.Block;
import io.corroborate.model.RawDocument;
import io.corroborate.model.Role;
import java.util.ArrayList;
import java.util.List;

/** Plain text: one block per paragraph (blank-line separated), all body. */
public final class TextExtractor implements Extractor {
  @Override
  public Extraction extract(RawDocument doc) {
    List<Block> blocks = new ArrayList<>();
    for (String para : doc.content().split("\\n\\s*\\n")) {
      if (!para.isBlank()) {
        blocks.add(new Block(para.strip(), Role.BODY, 0.5, "paragraph of plain text"));
      }
    }
    return new Extraction(blocks, List.of());
  }
}
