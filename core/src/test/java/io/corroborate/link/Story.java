package io.corroborate.link;

import io.corroborate.model.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test helper: documents written by hand, one sentence a line, with mentions found by their text,
 * in order.
 */
final class Story {
  final Map<String, String> texts = new LinkedHashMap<>();
  final List<Mention> mentions = new ArrayList<>();
  private String doc;
  private int cursor;

  /** A story begun by a report in English, document {@code "en"}, that names one entity. */
  static Story english(String text, String id, String name, String type) {
    return new Story().doc("en", text).ent(id, name, type);
  }

  Story doc(String id, String text) {
    texts.put(id, text);
    doc = id;
    cursor = 0;
    return this;
  }

  /**
   * The next occurrence of {@code text} in the current document, as an entity mention of {@code
   * type}.
   */
  Story ent(String id, String text, String type) {
    return add(id, text, "", Mention.Kind.ENTITY, type, List.of());
  }

  /** The same, with an explicit head word ("head" in "the head of the directorate"). */
  Story entHead(String id, String text, String head, String type) {
    return add(id, text, head, Mention.Kind.ENTITY, type, List.of());
  }

  Story event(String id, String text, String... arguments) {
    return add(id, text, text, Mention.Kind.EVENT, "EVENT", List.of(arguments));
  }

  /** Moves the cursor back to the start of the document, for nested mentions. */
  Story rewind() {
    cursor = 0;
    return this;
  }

  private Story add(
      String id, String text, String head, Mention.Kind kind, String type, List<String> args) {
    String body = texts.get(doc);
    int at = body.indexOf(text, cursor);
    if (at < 0) {
      throw new IllegalArgumentException(
          "\"" + text + "\" not found after " + cursor + " in " + doc);
    }
    cursor = at + 1;
    int sentence = 0;
    for (int i = 0; i < at; i++) {
      if (body.charAt(i) == '\n') {
        sentence++;
      }
    }
    mentions.add(
        new Mention(
            id, doc, new Span(at, at + text.length()), text, head, kind, type, sentence, args));
    return this;
  }

  /**
   * Adds reports in which nothing is tagged, each a language and its text in turn ({@code "ja",
   * "…", "zh", "…"}), the language naming the document, and links the story.
   */
  LinkResult linkWith(String... languagesAndTexts) {
    if (languagesAndTexts.length % 2 != 0) {
      throw new IllegalArgumentException(
          "a language without its text: " + languagesAndTexts.length);
    }
    for (int i = 0; i < languagesAndTexts.length; i += 2) {
      doc(languagesAndTexts[i], languagesAndTexts[i + 1]);
    }
    return link();
  }

  LinkResult link() {
    return new Linker(LinkOptions.defaults()).link(mentions, texts);
  }
}
