package io.corroborate.annotate;

import io.corroborate.annotate.quantity.QuantityMention;
import io.corroborate.annotate.time.TimeMention;
import io.corroborate.model.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the language layer found in one article's text: sentences, tokens, named entities, time
 * expressions and quantities, each with its span into {@code text}. Dependency parses are not here:
 * they cost more than everything else together and are asked for per sentence with {@link
 * LanguageLayer#parse}.
 *
 * <pre>{@code
 * Annotation a = layer.annotate(article);
 * for (Sentence s : a.sentences()) { a.tokensOf(s); }
 * }</pre>
 *
 * @param anchor the article date relative time expressions were resolved against, if known
 */
public record Annotation(
    String text,
    Optional<LocalDate> anchor,
    List<Sentence> sentences,
    List<Token> tokens,
    List<EntityMention> entities,
    List<TimeMention> times,
    List<QuantityMention> quantities) {
  public Annotation {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(anchor, "anchor");
    sentences = List.copyOf(sentences);
    tokens = List.copyOf(tokens);
    entities = List.copyOf(entities);
    times = List.copyOf(times);
    quantities = List.copyOf(quantities);
    check("sentence", sentences.stream().map(Sentence::span).toList(), text.length());
    check("token", tokens.stream().map(Token::span).toList(), text.length());
    check("entity", entities.stream().map(EntityMention::span).toList(), text.length());
    check("time", times.stream().map(TimeMention::span).toList(), text.length());
    check("quantity", quantities.stream().map(QuantityMention::span).toList(), text.length());
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      if (s.index() != i || s.endToken() > tokens.size()) {
        throw new IllegalArgumentException(
            "sentence " + i + " has index " + s.index() + " or token range past " + tokens.size());
      }
    }
  }

  private static void check(String what, List<Span> spans, int length) {
    int last = 0;
    for (Span s : spans) {
      if (s.end() > length || s.start() < last) {
        throw new IllegalArgumentException(
            what + " span " + s + " out of order or past the text's end " + length);
      }
      last = s.start();
    }
  }

  /** An annotation of nothing, for empty articles. */
  public static Annotation empty(String text, Optional<LocalDate> anchor) {
    return new Annotation(text, anchor, List.of(), List.of(), List.of(), List.of(), List.of());
  }

  public List<Token> tokensOf(Sentence s) {
    return tokens.subList(s.firstToken(), s.endToken());
  }

  /** The sentence that contains {@code offset}, if any. */
  public Optional<Sentence> sentenceAt(int offset) {
    return sentences.stream()
        .filter(s -> s.span().start() <= offset && offset < s.span().end())
        .findFirst();
  }

  public String textOf(Span span) {
    return span.of(text);
  }

  /** Entities of one type, in text order. */
  public List<EntityMention> entities(EntityType type) {
    return entities.stream().filter(e -> e.type() == type).toList();
  }
}
