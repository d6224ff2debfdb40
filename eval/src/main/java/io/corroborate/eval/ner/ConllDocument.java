package io.corroborate.eval.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One CoNLL-2003 document rebuilt as text: tokens joined by spaces, one sentence per line, with
 * every token's offsets and the gold entities as token ranges.
 *
 * <pre>{@code List<ConllDocument> docs = ConllDocument.readAll(Path.of("eng.testa"));}</pre>
 */
public record ConllDocument(String text, List<int[]> tokenSpans, List<Entity> gold) {
  /** An entity as a half-open token range with its CoNLL class (PER, ORG, LOC, MISC). */
  public record Entity(int first, int end, String type) {
    public Entity {
      Objects.requireNonNull(type, "type");
      if (first < 0 || end <= first) {
        throw new IllegalArgumentException(
            "entity needs 0 <= first < end, got [" + first + ", " + end + ")");
      }
    }
  }

  public ConllDocument {
    Objects.requireNonNull(text, "text");
    tokenSpans = List.copyOf(tokenSpans);
    gold = List.copyOf(gold);
  }

  static final int SENTENCES_PER_PIECE = 40;

  /**
   * Reads a CoNLL-2003 file (word POS chunk NER, IOB1 or IOB2 tags); {@code -DOCSTART-} lines split
   * documents.
   */
  public static List<ConllDocument> readAll(Path file) throws IOException {
    List<ConllDocument> docs = new ArrayList<>();
    Builder b = new Builder();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int lineNo = 0;
      while ((line = r.readLine()) != null) {
        lineNo++;
        String l = line.strip();
        if (l.startsWith("-DOCSTART-")) {
          b.flush(docs);
          b = new Builder();
          continue;
        }
        if (l.isEmpty()) {
          b.endSentence();
          // Mirrors without -DOCSTART- lines are cut into pieces of a news article's size.
          if (b.sentences >= SENTENCES_PER_PIECE) {
            b.flush(docs);
            b = new Builder();
          }
          continue;
        }
        String[] cols = l.split("\\s+");
        if (cols.length < 2) {
          throw new IOException(file + ":" + lineNo + ": expected 'word ... tag', got '" + l + "'");
        }
        b.token(cols[0], cols[cols.length - 1]);
      }
    }
    b.flush(docs);
    return docs;
  }

  private static final class Builder {
    final StringBuilder text = new StringBuilder();
    final List<int[]> spans = new ArrayList<>();
    final List<Entity> gold = new ArrayList<>();
    boolean sentenceOpen;
    int sentences;
    int openStart = -1;
    String openType;

    void token(String word, String tag) {
      if (sentenceOpen) {
        text.append(' ');
      }
      sentenceOpen = true;
      int start = text.length();
      text.append(word);
      int index = spans.size();
      spans.add(new int[] {start, text.length()});
      String type = tag.equals("O") ? null : tag.substring(2);
      boolean begins = tag.startsWith("B-") || (type != null && !type.equals(openType));
      if (type == null || begins) {
        close(index);
      }
      if (type != null && openStart < 0) {
        openStart = index;
        openType = type;
      }
    }

    void close(int end) {
      if (openStart >= 0) {
        gold.add(new Entity(openStart, end, openType));
      }
      openStart = -1;
      openType = null;
    }

    void endSentence() {
      close(spans.size());
      if (sentenceOpen) {
        text.append('\n');
        sentences++;
      }
      sentenceOpen = false;
    }

    void flush(List<ConllDocument> docs) {
      endSentence();
      if (!spans.isEmpty()) {
        docs.add(new ConllDocument(text.toString(), spans, gold));
      }
    }
  }
}
