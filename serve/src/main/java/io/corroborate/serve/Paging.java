package io.corroborate.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.corroborate.model.ModelJson;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * How every list endpoint pages: {@code ?limit=N} items at most (default {@value #DEFAULT_LIMIT},
 * at most {@value #MAX_LIMIT}) and {@code ?cursor=C}, the {@code next} of the page before. A page
 * is {@code {"items": [...], "next": C}}, {@code next} being null on the last page. Each endpoint
 * lists in an order that does not change between requests, and an item's key (a cursor is the last
 * key a page gave) says where the next page starts, so items added meanwhile are not listed twice.
 *
 * <pre>{@code Paging.Request r = Paging.request(ctx); ctx.json(Paging.page(all, Story::id, r));}
 * </pre>
 */
final class Paging {
  static final int DEFAULT_LIMIT = 100;
  static final int MAX_LIMIT = 1000;

  private static final ObjectMapper JSON = ModelJson.mapper();

  private Paging() {}

  /** The page a request asks for: how many items, and after which key. */
  record Request(int limit, Optional<String> after) {
    /** Where a list keyed by position (0, 1, 2...) starts. */
    int start() {
      if (after.isEmpty()) {
        return 0;
      }
      try {
        int last = Integer.parseInt(after.get());
        if (last >= 0) {
          return last + 1;
        }
      } catch (NumberFormatException e) {
        // falls through to the error below
      }
      throw badCursor();
    }
  }

  /** Reads {@code limit} and {@code cursor}, answering 400 naming the parameter when one is bad. */
  static Request request(Context ctx, int defaultLimit) {
    String l = ctx.queryParam("limit");
    int limit = defaultLimit;
    if (l != null && !l.isBlank()) {
      try {
        limit = Integer.parseInt(l.trim());
      } catch (NumberFormatException e) {
        limit = -1;
      }
      if (limit < 1 || limit > MAX_LIMIT) {
        throw ApiException.badRequest(
            "limit", "limit is a whole number from 1 to " + MAX_LIMIT + ", got " + l);
      }
    }
    String c = ctx.queryParam("cursor");
    if (c == null || c.isBlank()) {
      return new Request(limit, Optional.empty());
    }
    try {
      return new Request(
          limit,
          Optional.of(new String(Base64.getUrlDecoder().decode(c.trim()), StandardCharsets.UTF_8)));
    } catch (IllegalArgumentException e) {
      throw badCursor();
    }
  }

  static Request request(Context ctx) {
    return request(ctx, DEFAULT_LIMIT);
  }

  /**
   * The page of {@code all} (in its endpoint's order) that {@code r} asks for. A cursor naming no
   * item of the list is 400.
   */
  static <T> ObjectNode page(List<T> all, Function<T, String> key, Request r) {
    Window<T> w = new Window<>(r);
    for (T item : all) {
      if (!w.offer(item, key.apply(item))) {
        break;
      }
    }
    return w.body();
  }

  /**
   * A page filled one item at a time, for lists made as they are read: items up to the cursor are
   * passed over, and {@link #offer} says when the page is full so that nothing more is read.
   */
  static final class Window<T> {
    private final Request request;
    private final List<T> items = new ArrayList<>();
    private boolean reached;
    private boolean more;
    private String lastKey;

    Window(Request request) {
      this.request = request;
      this.reached = request.after().isEmpty();
    }

    /** Takes the next item of the list; false once the page is full (stop reading then). */
    boolean offer(T item, String key) {
      if (!reached) {
        reached = key.equals(request.after().get());
        return true;
      }
      if (items.size() == request.limit()) {
        more = true;
        return false;
      }
      items.add(item);
      lastKey = key;
      return true;
    }

    ObjectNode body() {
      if (!reached) {
        throw badCursor();
      }
      return Paging.body(items, more ? cursor(lastKey) : null);
    }
  }

  /**
   * The page of a list keyed by position, of which {@code window} holds the items from {@link
   * Request#start()} on (at most one more than the limit, to tell whether there is a next page).
   */
  static <T> ObjectNode pageByPosition(List<T> window, Request r) {
    int start = r.start();
    boolean more = window.size() > r.limit();
    List<T> items = more ? window.subList(0, r.limit()) : window;
    return body(items, more ? cursor(Integer.toString(start + r.limit() - 1)) : null);
  }

  /**
   * The page as a tree, so that an empty page keeps its {@code items} and the last page its {@code
   * next: null} (the model's mapper leaves empty and absent values out of objects).
   */
  private static ObjectNode body(List<?> items, String next) {
    ObjectNode m = JSON.createObjectNode();
    ArrayNode list = m.putArray("items");
    for (Object item : items) {
      // Items are taken as they are and written when the page is: converting them to nodes first
      // would copy every one (a search page's hits were half its cost).
      if (item instanceof JsonNode node) {
        list.add(node);
      } else {
        list.addPOJO(item);
      }
    }
    if (next == null) {
      m.putNull("next");
    } else {
      m.put("next", next);
    }
    return m;
  }

  static String cursor(String key) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(key.getBytes(StandardCharsets.UTF_8));
  }

  private static ApiException badCursor() {
    return ApiException.badRequest(
        "cursor", "the cursor is not one this list gave; start again without it");
  }
}
