package io.corroborate.link;

import io.corroborate.model.Span;
import java.util.List;
import java.util.Objects;

/**
 * One mention the linker groups: a name, a role noun, a pronoun or an event word in one document.
 * The language layer fills these; the linker needs no more than what is here.
 *
 * <pre>{@code new Mention("m1", "doc1", new Span(0, 12), "Anna Dravko", "Dravko",
 *     Mention.Kind.ENTITY, "PERSON", 0, List.of())}</pre>
 *
 * @param id unique among the mentions given to one {@link Linker#link} call
 * @param docId the article (document) the mention is in
 * @param span character offsets into the document's text
 * @param text the mention's surface text, as written
 * @param head its head word (the last word of a name, the noun of "the head of the agency", the
 *     verb or noun of an event); empty when unknown, then the linker takes the last word
 * @param kind entity or event
 * @param type PERSON, ORGANIZATION, LOCATION, UNIT, DOCUMENT, TIME, THING, EVENT… (upper case);
 *     empty when unknown, which is compatible with every type
 * @param sentence the index of its sentence in the document, for appositions and event arguments
 * @param arguments for events: ids of the entity mentions that are its participants, place and time
 *     (empty when unknown); ignored for entities
 */
public record Mention(
    String id,
    String docId,
    Span span,
    String text,
    String head,
    Kind kind,
    String type,
    int sentence,
    List<String> arguments) {
  /** Whether a mention names a participant (person, place, organisation…) or an event. */
  public enum Kind {
    ENTITY,
    EVENT
  }

  public Mention {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(head, "head");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(type, "type");
    if (id.isBlank()) {
      throw new IllegalArgumentException("mention id is blank");
    }
    if (sentence < 0) {
      throw new IllegalArgumentException(
          "sentence index must be >= 0, got " + sentence + " for mention " + id);
    }
    arguments = List.copyOf(arguments);
  }

  /** An entity mention with no arguments. */
  public static Mention entity(
      String id, String docId, Span span, String text, String head, String type, int sentence) {
    return new Mention(id, docId, span, text, head, Kind.ENTITY, type, sentence, List.of());
  }

  /** An event mention with the ids of its argument mentions. */
  public static Mention event(
      String id,
      String docId,
      Span span,
      String text,
      String head,
      int sentence,
      List<String> arguments) {
    return new Mention(id, docId, span, text, head, Kind.EVENT, "EVENT", sentence, arguments);
  }
}
