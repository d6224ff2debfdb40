package io.corroborate.clean.html;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org objects a page declares in {@code <script type="application/ld+json">}, read
 * leniently (control characters in strings, comments, trailing commas) and flattened ({@code
 * @graph}, arrays, {@code @id} references). Broken JSON is skipped, never thrown.
 *
 * <pre>{@code JsonLd ld = JsonLd.of(document); ld.article().flatMap(a -> JsonLd.text(a, "headline"));}</pre>
 */
public final class JsonLd {
  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
          .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .build();
  private static final int MAX_SCRIPT_CHARS = 2_000_000;
  private static final int MAX_NODES = 5_000;

  private final List<JsonNode> objects;
  private final Map<String, JsonNode> byId;

  private JsonLd(List<JsonNode> objects, Map<String, JsonNode> byId) {
    this.objects = objects;
    this.byId = byId;
  }

  public static JsonLd of(Document doc) {
    return of(PageIndex.of(doc).jsonLdScripts());
  }

  /** From the page's {@code ld+json} script elements, as {@link PageIndex} found them. */
  public static JsonLd of(List<Element> scripts) {
    List<JsonNode> objects = new ArrayList<>();
    Map<String, JsonNode> byId = new HashMap<>();
    for (Element script : scripts) {
      String json = script.data();
      if (json.isBlank() || json.length() > MAX_SCRIPT_CHARS) {
        continue;
      }
      JsonNode root;
      try {
        root = MAPPER.readTree(json.strip());
      } catch (Exception | StackOverflowError e) {
        continue; // a broken block is no evidence; the rest of the page still is
      }
      flatten(root, objects, byId);
    }
    return new JsonLd(objects, byId);
  }

  /** Objects and arrays, breadth first, without recursion; {@code @graph} members included. */
  private static void flatten(JsonNode root, List<JsonNode> out, Map<String, JsonNode> byId) {
    Deque<JsonNode> todo = new ArrayDeque<>();
    todo.add(root);
    int seen = 0;
    while (!todo.isEmpty() && seen++ < MAX_NODES) {
      JsonNode n = todo.poll();
      if (n == null) {
        continue;
      }
      if (n.isArray()) {
        n.forEach(todo::add);
      } else if (n.isObject()) {
        if (n.has("@type")) {
          out.add(n);
          String id = n.path("@id").asText("");
          if (!id.isEmpty()) {
            byId.putIfAbsent(id, n);
          }
        }
        JsonNode graph = n.get("@graph");
        if (graph != null) {
          todo.add(graph);
        }
        JsonNode main = n.get("mainEntity");
        if (main != null && main.isObject()) {
          todo.add(main);
        }
      }
    }
  }

  /** The first object whose type is an article, posting or report. */
  public Optional<JsonNode> article() {
    for (JsonNode n : objects) {
      if (isArticleType(n.get("@type"))) {
        return Optional.of(n);
      }
    }
    return Optional.empty();
  }

  /** The first object of a web-page type (a weaker source of dates and names). */
  public Optional<JsonNode> webPage() {
    for (JsonNode n : objects) {
      String t = typeText(n.get("@type"));
      if (t.contains("webpage")) {
        return Optional.of(n);
      }
    }
    return Optional.empty();
  }

  /** Follows an {@code {"@id": ...}} reference to the object it names, if the page declares it. */
  public JsonNode resolve(JsonNode n) {
    if (n != null && n.isObject() && n.size() == 1 && n.has("@id")) {
      JsonNode target = byId.get(n.get("@id").asText(""));
      if (target != null) {
        return target;
      }
    }
    return n;
  }

  private static boolean isArticleType(JsonNode type) {
    String t = typeText(type);
    return t.contains("article")
        || t.contains("posting")
        || t.contains("report")
        || t.contains("review")
        || t.contains("recipe")
        || t.contains("howto");
  }

  private static String typeText(JsonNode type) {
    if (type == null) {
      return "";
    }
    if (type.isArray()) {
      StringBuilder sb = new StringBuilder();
      type.forEach(t -> sb.append(t.asText("").toLowerCase(Locale.ROOT)).append(' '));
      return sb.toString();
    }
    return type.asText("").toLowerCase(Locale.ROOT);
  }

  /** A field's text: a string, the first string of an array, or an object's {@code name}. */
  public static Optional<String> text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null) {
      return Optional.empty();
    }
    if (v.isArray() && v.size() > 0) {
      v = v.get(0);
    }
    if (v.isObject()) {
      v = v.has("name") ? v.get("name") : v.get("@value");
    }
    if (v == null || !v.isValueNode()) {
      return Optional.empty();
    }
    String s = v.asText("").strip();
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  /** The names of a person-or-organisation field that may be a string, an object or an array. */
  public List<String> names(JsonNode n, String field) {
    JsonNode v = n.get(field);
    List<String> out = new ArrayList<>();
    if (v == null) {
      return out;
    }
    List<JsonNode> items = new ArrayList<>();
    if (v.isArray()) {
      v.forEach(items::add);
    } else {
      items.add(v);
    }
    for (JsonNode item : items) {
      JsonNode r = resolve(item);
      String name = "";
      if (r.isTextual()) {
        name = r.asText();
      } else if (r.isObject()) {
        JsonNode nm = r.get("name");
        if (nm != null && nm.isArray() && nm.size() > 0) {
          nm = nm.get(0);
        }
        name = nm == null ? "" : nm.asText("");
      }
      name = name.strip();
      if (!name.isEmpty() && out.size() < 20) {
        out.add(name);
      }
    }
    return out;
  }
}
