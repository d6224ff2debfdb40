package io.corroborate.eval.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import io.corroborate.model.ModelJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A story's gold file: the facts a dossier should surface, the pairs it must not call conflicts and
 * the entities with their spellings. The format is the one documented beside the real-coverage
 * corpus ({@code <story>.gold.json}).
 *
 * <pre>{@code Gold g = Gold.read(Path.of("story.gold.json")); g.facts().size();}</pre>
 */
public record Gold(
    String story, List<Fact> facts, List<NotConflict> notConflicts, List<GoldEntity> entities) {
  public Gold {
    Objects.requireNonNull(story, "story");
    facts = List.copyOf(facts);
    notConflicts = List.copyOf(notConflicts);
    entities = List.copyOf(entities);
  }

  /**
   * One fact and the claims that make it. {@code kind} is update, conflict, agree, breakdown or
   * single.
   */
  public record Fact(String id, String kind, String measure, List<GoldClaim> claims, int origins) {
    public Fact {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(measure, "measure");
      claims = List.copyOf(claims);
    }
  }

  /**
   * One gold claim: a number, a range ({@code low < high}) or words, read in the page at {@code
   * url}, and who says it in the annotator's words ({@code source}, blank when not written). Where
   * the words are a spelling of one of the gold's entities, {@code spellings} holds that entity's
   * other spellings, so that a claim naming it in the page's own language matches ("Islamischer
   * Staat" for "Islamic State").
   */
  public record GoldClaim(
      String url,
      Optional<Double> low,
      Optional<Double> high,
      Optional<String> text,
      String quote,
      String source,
      List<String> spellings) {
    public GoldClaim {
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(low, "low");
      Objects.requireNonNull(high, "high");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(quote, "quote");
      Objects.requireNonNull(source, "source");
      spellings = List.copyOf(spellings);
    }

    /** A gold claim whose words name no entity of the gold. */
    public GoldClaim(
        String url,
        Optional<Double> low,
        Optional<Double> high,
        Optional<String> text,
        String quote,
        String source) {
      this(url, low, high, text, quote, source, List.of());
    }

    /** A gold claim whose source is not written down (blank). */
    public GoldClaim(
        String url,
        Optional<Double> low,
        Optional<Double> high,
        Optional<String> text,
        String quote) {
      this(url, low, high, text, quote, "");
    }

    /** The numbers a matching claim may carry: the value, or either end of a range. */
    public List<Double> numbers() {
      List<Double> out = new ArrayList<>();
      low.ifPresent(out::add);
      high.filter(h -> !h.equals(low.orElse(null))).ifPresent(out::add);
      return out;
    }

    /** The value as the gold file writes it, for reports. */
    public String display() {
      if (text.isPresent()) {
        return text.get();
      }
      List<Double> n = numbers();
      return n.size() == 1
          ? Values.format(n.get(0))
          : Values.format(n.get(0)) + "–" + Values.format(n.get(1));
    }
  }

  /** Values that must not be called a conflict, in the pages at {@code urls} (may be empty). */
  public record NotConflict(List<Double> values, List<String> urls, String why) {
    public NotConflict {
      values = List.copyOf(values);
      urls = List.copyOf(urls);
      Objects.requireNonNull(why, "why");
    }
  }

  /** An entity under the spellings the story uses. */
  public record GoldEntity(String name, List<String> spellings, String type) {
    public GoldEntity {
      Objects.requireNonNull(name, "name");
      spellings = List.copyOf(spellings);
      Objects.requireNonNull(type, "type");
    }
  }

  /** Reads a gold file; a malformed one fails with its path in the message. */
  public static Gold read(Path file) throws IOException {
    JsonNode root;
    try {
      root = ModelJson.mapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IOException(file + ": not a gold file: " + e.getMessage(), e);
    }
    List<Fact> facts = new ArrayList<>();
    for (JsonNode f : root.path("facts")) {
      List<GoldClaim> claims = new ArrayList<>();
      for (JsonNode c : f.path("claims")) {
        claims.add(claim(c));
      }
      facts.add(
          new Fact(
              f.path("id").asText(),
              f.path("kind").asText(),
              f.path("measure").asText(""),
              claims,
              f.path("origins").size()));
    }
    List<NotConflict> nots = new ArrayList<>();
    for (JsonNode n : root.path("not_conflicts")) {
      List<Double> values = new ArrayList<>();
      for (JsonNode v : n.path("values")) {
        if (v.isNumber()) {
          values.add(v.asDouble());
        } else if (v.isArray()) {
          v.forEach(x -> values.add(x.asDouble()));
        }
      }
      List<String> urls = new ArrayList<>();
      n.path("urls").forEach(u -> urls.add(u.asText()));
      nots.add(new NotConflict(values, urls, n.path("why").asText("")));
    }
    List<GoldEntity> entities = new ArrayList<>();
    for (JsonNode e : root.path("entities")) {
      List<String> spellings = new ArrayList<>();
      spellings.add(e.path("name").asText());
      e.path("also").forEach(a -> spellings.add(a.asText()));
      entities.add(
          new GoldEntity(
              e.path("name").asText(),
              spellings.stream().distinct().toList(),
              e.path("type").asText("")));
    }
    return new Gold(root.path("story").asText(""), named(facts, entities), nots, entities);
  }

  /**
   * The facts with each claim whose words are a spelling of an entity given that entity's other
   * spellings. A spelling matches with case and accents folded and a closing parenthesis dropped
   * ("Islamic State Khorasan (IS-K)" is "Islamic State Khorasan").
   */
  static List<Fact> named(List<Fact> facts, List<GoldEntity> entities) {
    List<Fact> out = new ArrayList<>();
    for (Fact f : facts) {
      List<GoldClaim> claims = new ArrayList<>();
      for (GoldClaim c : f.claims()) {
        List<String> alt = new ArrayList<>();
        c.text()
            .ifPresent(
                t -> {
                  for (GoldEntity e : entities) {
                    if (e.spellings().stream().anyMatch(sp -> sameName(sp, t))) {
                      alt.addAll(e.spellings());
                    }
                  }
                });
        claims.add(new GoldClaim(c.url(), c.low(), c.high(), c.text(), c.quote(), c.source(), alt));
      }
      out.add(new Fact(f.id(), f.kind(), f.measure(), claims, f.origins()));
    }
    return out;
  }

  private static boolean sameName(String a, String b) {
    return bare(a).equals(bare(b)) && !bare(a).isEmpty();
  }

  private static String bare(String s) {
    return DossierScorer.fold(s.replaceAll("\\s*\\([^)]*\\)\\s*$", ""));
  }

  private static GoldClaim claim(JsonNode c) {
    JsonNode v = c.path("value");
    Optional<Double> low = Optional.empty();
    Optional<Double> high = Optional.empty();
    Optional<String> text = Optional.empty();
    if (v.isNumber()) {
      low = Optional.of(v.asDouble());
      high = low;
    } else if (v.isArray() && v.size() == 2 && v.get(0).isNumber()) {
      low = Optional.of(v.get(0).asDouble());
      high = Optional.of(v.get(1).asDouble());
    } else if (v.isTextual() && !v.asText().isBlank()) {
      text = Optional.of(v.asText());
    }
    return new GoldClaim(
        c.path("url").asText(),
        low,
        high,
        text,
        c.path("quote").asText(""),
        c.path("source").asText(""));
  }
}
