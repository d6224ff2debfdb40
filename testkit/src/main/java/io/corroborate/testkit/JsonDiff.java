package io.corroborate.testkit;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Where two JSON documents first differ: a path such as {@code /articles/3/origin/file} with both
 * values, so a test comparing two renderings of one value can say what broke in a line.
 *
 * <pre>{@code
 * assertThat(JsonDiff.first(fromServer, fromCli)).isEmpty();
 * }</pre>
 */
public final class JsonDiff {
  private JsonDiff() {}

  /**
   * The first difference in document order, or the empty string where the two are equal. Numbers
   * are compared by value, fields by name whatever their order.
   */
  public static String first(JsonNode a, JsonNode b) {
    return first(a, b, "");
  }

  private static String first(JsonNode a, JsonNode b, String path) {
    if (a.isNumber() && b.isNumber()) {
      // 0 read back from text and 0L from a record are one number.
      return a.decimalValue().compareTo(b.decimalValue()) == 0
          ? ""
          : path + ": " + a + " against " + b;
    }
    if (a.getNodeType() != b.getNodeType()
        || a.size() != b.size()
        || (a.isValueNode() && !a.equals(b))) {
      return path + ": " + abbreviate(a) + " against " + abbreviate(b);
    }
    if (a.isArray()) {
      for (int i = 0; i < a.size(); i++) {
        String d = first(a.get(i), b.get(i), path + "/" + i);
        if (!d.isEmpty()) {
          return d;
        }
      }
    } else if (a.isObject()) {
      for (var names = a.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        String d =
            b.has(name)
                ? first(a.get(name), b.get(name), path + "/" + name)
                : path + "/" + name + ": missing from the second";
        if (!d.isEmpty()) {
          return d;
        }
      }
    }
    return "";
  }

  private static String abbreviate(JsonNode n) {
    String s = n.toString();
    return s.length() <= 300 ? s : s.substring(0, 300) + "…";
  }
}
