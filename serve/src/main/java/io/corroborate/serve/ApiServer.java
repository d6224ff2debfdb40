package io.corroborate.serve;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.corroborate.dossier.ClaimLine;
import io.corroborate.dossier.Dossier;
import io.corroborate.dossier.HtmlRenderer;
import io.corroborate.dossier.MarkdownRenderer;
import io.corroborate.model.Article;
import io.corroborate.model.ModelJson;
import io.corroborate.model.Rejection;
import io.corroborate.store.Membership;
import io.corroborate.store.SearchHit;
import io.corroborate.store.Store;
import io.corroborate.store.StorySummary;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.UploadedFile;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The HTTP API and web UI over one store. Reading is open unless {@link
 * ServeOptions#readTokenRequired()}; writing always needs the bearer token.
 *
 * <pre>{@code
 * try (ApiServer s = ApiServer.start(store, adder, ServeOptions.withToken(0, "t"))) {
 *   System.out.println("http://localhost:" + s.port() + "/");
 * }
 * }</pre>
 */
public final class ApiServer implements AutoCloseable {
  static final String WEB = "/io/corroborate/serve/web";
  static final String OPENAPI = "/io/corroborate/serve/openapi.json";
  static final int SEARCH_LIMIT = 50;

  /** How deep search pages go: ranking more hits than this costs more than it tells. */
  static final int MAX_SEARCH_POSITION = 10_000;

  /** What pasted text without a name is called in rejections. */
  static final String PASTED = "pasted text";

  /** No inline script or style, nothing from elsewhere: article text can never run as code. */
  static final String CSP =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src"
          + " 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

  /** The HTML rendering of a dossier is one self-contained page with its own stylesheet. */
  static final String HTML_DOSSIER_CSP =
      "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'none'";

  private static final ObjectMapper JSON = ModelJson.mapper();

  private static final long BYTES_PER_MB = 1024L * 1024;

  /** What a refused upload is told to wait before sending again, in seconds. */
  private static final String RETRY_AFTER_SECONDS = "30";

  /** The start of the name of every server's temp directory. */
  static final String SCRATCH_PREFIX = "corroborate-serve-";

  /** The file in a server's temp directory that holds the server's process id. */
  static final String OWNER_FILE = "pid";

  /** How often a request waiting for its upload looks whether its client is still there. */
  private static final long CLIENT_CHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

  /** How long closing waits for uploads that were told to stop. */
  private static final long STOP_WAIT_SECONDS = 10;

  private final Store store;
  private final Adder adder;
  private final ServeOptions options;
  private final Javalin app;
  private final List<String> routes = new CopyOnWriteArrayList<>();

  /**
   * The server's own temp directory: multipart parts and uploads are written under it, and it is
   * deleted when the server closes, so no upload outlives the server.
   */
  private final Path scratch;

  /** The bounded pool uploads are analysed in (see {@link ServeOptions#uploadWorkers()}). */
  private final ThreadPoolExecutor uploads;

  /**
   * At most this many bytes of story answers are kept ({@link StoryAnswers}): an eighth of the
   * heap, and no more than 256 MB.
   */
  static final long ANSWER_BYTES = Math.min(256L << 20, Runtime.getRuntime().maxMemory() / 8);

  /**
   * The dossiers, findings and entities the story page asks for, kept while their story is
   * unchanged: answering them again costs a one-row read of the story instead of reading, inflating
   * and parsing its dossier.
   */
  private final StoryAnswers answers = new StoryAnswers(ANSWER_BYTES);

  /** Each article's story, as far as this server has read the memberships. */
  private final Map<String, String> storyOf = new ConcurrentHashMap<>();

  private ApiServer(Store store, Adder adder, ServeOptions options) {
    this.store = Objects.requireNonNull(store, "store");
    this.adder = Objects.requireNonNull(adder, "adder");
    this.options = Objects.requireNonNull(options, "options");
    this.scratch = makeScratch();
    AtomicInteger workers = new AtomicInteger();
    this.uploads =
        new ThreadPoolExecutor(
            options.uploadWorkers(),
            options.uploadWorkers(),
            0,
            TimeUnit.MILLISECONDS,
            options.uploadQueue() == 0
                ? new SynchronousQueue<>()
                : new ArrayBlockingQueue<>(options.uploadQueue()),
            r -> {
              Thread t = new Thread(r, "corroborate-upload-" + workers.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    this.app =
        Javalin.create(
            cfg -> {
              cfg.showJavalinBanner = false;
              cfg.startupWatcherEnabled = false;
              cfg.http.maxRequestSize = options.maxBodyBytes();
              cfg.jetty.multipartConfig.maxTotalRequestSize(options.maxBodyBytes(), SizeUnit.BYTES);
              cfg.jetty.multipartConfig.maxFileSize(options.maxBodyBytes(), SizeUnit.BYTES);
              cfg.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
              cfg.jetty.multipartConfig.cacheDirectory(scratch.toString());
              cfg.jsonMapper(new JavalinJackson(JSON, false));
              cfg.staticFiles.add(
                  sf -> {
                    sf.hostedPath = "/";
                    sf.directory = WEB;
                    sf.location = Location.CLASSPATH;
                  });
              cfg.events(
                  ev ->
                      ev.handlerAdded(
                          h -> {
                            if (h.getHttpMethod().isHttpMethod()) {
                              routes.add(h.getHttpMethod() + " " + h.getPath());
                            }
                          }));
            });
    app.before(this::guard);
    app.exception(Exception.class, (e, ctx) -> fail(ctx, e));
    app.error(404, ctx -> notFound(ctx));
    app.get("/api/openapi.json", this::openApi);
    app.post("/api/articles", this::addArticles);
    app.get("/api/articles/{id}", this::article);
    app.get(
        "/api/stories",
        ctx -> json(ctx, Paging.page(store.stories(), StorySummary::id, Paging.request(ctx))));
    app.get("/api/stories/{id}", ctx -> json(ctx, summary(ctx.pathParam("id"))));
    app.get("/api/stories/{id}/dossier", this::dossier);
    app.get("/api/claims", this::claims);
    app.get(
        "/api/entities",
        ctx -> {
          Paging.request(ctx); // a bad limit or cursor is named before a missing story
          perStory(ctx, "entities", this::entities);
        });
    app.get("/api/findings", ctx -> perStory(ctx, "findings", this::findings));
    app.get("/api/search", this::search);
    app.get("/api/rejections", this::rejections);
  }

  /**
   * Starts serving {@code store} on {@code options.bind()} and {@code options.port()} (0: any free
   * port). Every route is in place before the port opens, so the first request is answered.
   */
  public static ApiServer start(Store store, Adder adder, ServeOptions options) {
    ApiServer s = new ApiServer(store, adder, options);
    try {
      s.app.start(options.bind(), options.port());
    } catch (RuntimeException e) {
      s.close();
      throw e;
    }
    return s;
  }

  public int port() {
    return app.port();
  }

  /**
   * A fresh temp directory for this server, holding a file with its process id; first deletes the
   * directories of servers whose process is gone (killed before they could delete their own).
   */
  private static Path makeScratch() {
    try {
      Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
      try (Stream<Path> dirs = Files.list(tmp)) {
        dirs.filter(d -> d.getFileName().toString().startsWith(SCRATCH_PREFIX))
            .filter(ApiServer::ownerIsGone)
            .forEach(ApiServer::deleteTree);
      }
      Path dir = Files.createTempDirectory(tmp, SCRATCH_PREFIX);
      Files.writeString(dir.resolve(OWNER_FILE), Long.toString(ProcessHandle.current().pid()));
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make the server's temp directory", e);
    }
  }

  /** Whether {@code dir} names a process id that no running process has. */
  static boolean ownerIsGone(Path dir) {
    try {
      long pid = Long.parseLong(Files.readString(dir.resolve(OWNER_FILE)).strip());
      return ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
    } catch (IOException | NumberFormatException e) {
      return false; // not ours to judge: another program's, or one being made right now
    }
  }

  /** The server's temp directory, which closing deletes with every upload in it. */
  Path scratch() {
    return scratch;
  }

  /** Every route the server answers, as "METHOD /path" in registration order. */
  public List<String> routes() {
    return List.copyOf(routes);
  }

  /** Stops listening, stops the uploads in progress and deletes every upload's files. */
  @Override
  public void close() {
    try {
      app.stop();
    } finally {
      uploads.shutdownNow();
      try {
        uploads.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      deleteTree(scratch);
    }
  }

  // --- security --------------------------------------------------------------------------------

  private void guard(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
    if (!ctx.path().startsWith("/api/")) {
      return;
    }
    ctx.header("Cache-Control", "no-store");
    boolean write = ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD;
    if (write) {
      if (options.token().isEmpty()) {
        throw new ApiException(
            403,
            "Authorization",
            "writing is turned off on this server: start it with CORROBORATE_TOKEN set or with"
                + " --token-file FILE, then send the token as 'Authorization: Bearer TOKEN'");
      }
      requireToken(ctx);
      long length = ctx.contentLength();
      if (length > options.maxBodyBytes()) {
        throw tooLarge();
      }
    } else if (options.readTokenRequired()) {
      requireToken(ctx);
    }
  }

  private void requireToken(Context ctx) {
    String header = ctx.header("Authorization");
    String given =
        header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
            ? header.substring(7).trim()
            : "";
    byte[] expected = options.token().orElseThrow().getBytes(StandardCharsets.UTF_8);
    if (given.isEmpty()
        || !MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8))) {
      throw new ApiException(
          401,
          "Authorization",
          given.isEmpty()
              ? "this needs the server's token: send 'Authorization: Bearer TOKEN'"
              : "the token is not the server's token");
    }
  }

  private ApiException tooLarge() {
    long mb = options.maxBodyBytes() / BYTES_PER_MB;
    return new ApiException(
        413,
        "body",
        "the upload is larger than this server takes ("
            + (mb > 0 ? mb + " MB" : options.maxBodyBytes() + " bytes")
            + "; see --max-body-mb)");
  }

  // --- errors ----------------------------------------------------------------------------------

  /** The one place an exception becomes a status and a JSON body. */
  private static void fail(Context ctx, Exception e) {
    int status;
    String field = null;
    String message;
    if (e instanceof ApiException a) {
      status = a.status();
      field = a.field().orElse(null);
      message = a.getMessage();
    } else if (e instanceof HttpResponseException h) {
      status = h.getStatus();
      message =
          status == 413
              ? "the request body is larger than this server takes (see --max-body-mb)"
              : h.getMessage();
      field = status == 413 ? "body" : null;
    } else if (e instanceof CancellationException) {
      status = 503;
      message = "the upload was stopped: " + e.getMessage();
      field = "body";
    } else if (e instanceof NoSuchElementException) {
      status = 404;
      message = e.getMessage();
    } else if (e instanceof IllegalArgumentException) {
      status = 400;
      message = e.getMessage();
    } else {
      status = 500;
      message = "the server failed: " + e.getClass().getSimpleName() + ": " + e.getMessage();
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", message == null ? "error" : message);
    body.put("field", field);
    json(ctx.status(status), body);
  }

  private static void notFound(Context ctx) {
    String type = ctx.res().getContentType();
    if (ctx.path().startsWith("/api/") && (type == null || !type.contains("json"))) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("error", "no such API route: " + ctx.method() + " " + ctx.path());
      body.put("field", "path");
      json(ctx, body);
    }
  }

  // --- reading ---------------------------------------------------------------------------------

  /**
   * Sends {@code value} as JSON, written straight to UTF-8 bytes (Javalin's own {@code ctx.json}
   * writes a string first and encodes it after).
   */
  private static void json(Context ctx, Object value) {
    byte[] body;
    try {
      body = JSON.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    ctx.contentType(ContentType.APPLICATION_JSON).result(body);
  }

  private void openApi(Context ctx) throws IOException {
    try (InputStream in = ApiServer.class.getResourceAsStream(OPENAPI)) {
      ctx.contentType(ContentType.APPLICATION_JSON).result(in.readAllBytes());
    }
  }

  private StorySummary summary(String id) {
    return summary(id, "id");
  }

  private StorySummary summary(String id, String field) {
    return store.story(id).orElseThrow(() -> ApiException.notFound(field, "no story " + id));
  }

  private void dossier(Context ctx) {
    String id = ctx.pathParam("id");
    String format = ctx.queryParam("format");
    if (format == null || format.equals("json")) {
      send(ctx, dossierAnswer(summary(id), "id"));
      return;
    }
    String json =
        store.dossierJson(id).orElseThrow(() -> ApiException.notFound("id", "no story " + id));
    Dossier d = ModelJson.read(json, Dossier.class);
    switch (format) {
      case "md" ->
          ctx.contentType("text/markdown; charset=utf-8").result(new MarkdownRenderer().render(d));
      case "html" -> {
        ctx.header("Content-Security-Policy", HTML_DOSSIER_CSP);
        ctx.contentType(ContentType.TEXT_HTML).result(new HtmlRenderer().render(d));
      }
      default -> throw ApiException.badRequest("format", "format is json, md or html");
    }
  }

  /** The parts of a dossier the lists below read; the rest (articles, figures...) is skipped. */
  static final Set<String> LISTED_PARTS = Set.of("findings", "entities", "profiles");

  /**
   * The findings, entity cards and (in dossiers of earlier schemas) profiles of a story's dossier,
   * as a tree, read from the stored bytes as they are inflated: the articles' texts, figures and
   * dates that make most of a dossier are passed over without being decoded into strings or nodes,
   * which made a story page's findings and entities cost a fraction of parsing the whole dossier.
   * Read anew on each request, so a dossier rewritten meanwhile is seen at once. Callers copy what
   * they change.
   */
  private JsonNode dossierTree(String storyId) {
    byte[] json = dossierAnswer(summary(storyId, "story"), "story").json();
    try (InputStream in = new ByteArrayInputStream(json)) {
      return listedParts(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The dossier's JSON of the story {@code version} names, as the stored UTF-8 bytes (never decoded
   * and encoded again), kept while the story is unchanged. Read whole before it is sent, so a
   * dossier that cannot be read is a 500, never a cut answer.
   */
  private StoryAnswers.Answer dossierAnswer(StorySummary version, String field) {
    String id = version.id();
    return answers.get(
        version,
        "dossier",
        () -> {
          try (InputStream in =
              store
                  .dossierBytes(id)
                  .orElseThrow(() -> ApiException.notFound(field, "no story " + id))) {
            return in.readAllBytes();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** A list's answer as a value, to be sent as JSON. */
  @FunctionalInterface
  private interface Answer {
    Object of(Context ctx);
  }

  /**
   * Answers a list of one story's parts ({@code ?story=ID}) from what is kept of that story while
   * it is unchanged, keyed by the whole query (filters and paging); a list over every story is made
   * anew.
   */
  private void perStory(Context ctx, String list, Answer answer) {
    String story = ctx.queryParam("story");
    if (story == null || story.isBlank()) {
      json(ctx, answer.of(ctx));
      return;
    }
    StorySummary version = summary(story.trim(), "story");
    StoryAnswers.Answer body =
        answers.get(
            version,
            list + "?" + ctx.queryString(),
            () -> {
              try {
                return JSON.writeValueAsBytes(answer.of(ctx));
              } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
              }
            });
    send(ctx, body);
  }

  /**
   * Sends a kept JSON answer: gzipped as it was kept where the client takes gzip (a browser does),
   * so it is not compressed again on each request, else as it is.
   */
  private static void send(Context ctx, StoryAnswers.Answer answer) {
    ctx.header("Vary", "Accept-Encoding");
    ctx.contentType(ContentType.APPLICATION_JSON);
    if (answer.gzip() != null && takesGzip(ctx.header("Accept-Encoding"))) {
      // A response that names its encoding is passed on by Javalin as it is.
      ctx.header("Content-Encoding", "gzip").result(answer.gzip());
    } else {
      ctx.result(answer.json());
    }
  }

  /**
   * Whether an Accept-Encoding header takes gzip: gzip (or x-gzip) named with a weight above zero,
   * or, where it is not named, "*" with one.
   */
  static boolean takesGzip(String acceptEncoding) {
    if (acceptEncoding == null) {
      return false;
    }
    Boolean named = null;
    boolean any = false;
    for (String part : acceptEncoding.split(",")) {
      String[] params = part.split(";");
      String coding = params[0].trim().toLowerCase(Locale.ROOT);
      boolean weighted = true;
      for (int i = 1; i < params.length; i++) {
        String p = params[i].replace(" ", "").toLowerCase(Locale.ROOT);
        if (p.startsWith("q=")) {
          try {
            weighted = Double.parseDouble(p.substring(2)) > 0;
          } catch (NumberFormatException e) {
            weighted = false; // a weight that cannot be read takes nothing
          }
        }
      }
      if (coding.equals("gzip") || coding.equals("x-gzip")) {
        named = (named != null && named) || weighted;
      } else if (coding.equals("*")) {
        any = weighted;
      }
    }
    return named != null ? named : any;
  }

  /** The {@link #LISTED_PARTS} of the dossier JSON on {@code in}, as one object. */
  static ObjectNode listedParts(InputStream in) throws IOException {
    ObjectNode out = JSON.createObjectNode();
    try (JsonParser p = JSON.createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("a stored dossier is not a JSON object");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        if (LISTED_PARTS.contains(field)) {
          out.set(field, JSON.readTree(p));
        } else {
          p.skipChildren();
        }
      }
    }
    return out;
  }

  /** A copy of {@code node} that shares its values: what a list adds to it stays in the copy. */
  private static ObjectNode shallowCopy(JsonNode node) {
    ObjectNode copy = JSON.createObjectNode();
    node.fields().forEachRemaining(f -> copy.set(f.getKey(), f.getValue()));
    return copy;
  }

  /**
   * The stories a query names with {@code ?story=}, or every story. A named story is not looked up
   * here: reading its dossier answers 404 when there is none.
   */
  private List<String> storyIds(Context ctx) {
    String story = ctx.queryParam("story");
    if (story != null && !story.isBlank()) {
      return List.of(story.trim());
    }
    return store.stories().stream().map(StorySummary::id).toList();
  }

  private Object entities(Context ctx) {
    Paging.Window<JsonNode> page = new Paging.Window<>(Paging.request(ctx));
    stories:
    for (String id : storyIds(ctx)) {
      int index = 0;
      for (JsonNode e : entityCards(dossierTree(id))) {
        ObjectNode copy = (ObjectNode) e;
        copy.put("storyId", id);
        if (!page.offer(copy, id + "/" + index++)) {
          break stories;
        }
      }
    }
    return page.body();
  }

  /**
   * A dossier's entity cards: name, type, aliases, the reasons they were merged, mentions, and the
   * attributes the sources give (role, age). Dossiers of schema 4 hold them in one list, each card
   * with its entity's id, and are passed on as they are; only dossiers of earlier schemas, still in
   * a store, kept attributes in a separate {@code profiles} list, which is joined here by name
   * because those dossiers carry no entity ids.
   */
  static List<JsonNode> entityCards(JsonNode dossier) {
    List<JsonNode> cards = new ArrayList<>();
    Map<String, ObjectNode> byName = new HashMap<>();
    for (JsonNode e : dossier.path("entities")) {
      ObjectNode card = shallowCopy(e);
      cards.add(card);
      for (String n : names(e)) {
        byName.putIfAbsent(n, card);
      }
    }
    for (JsonNode p : dossier.path("profiles")) {
      ObjectNode card =
          names(p).stream().map(byName::get).filter(Objects::nonNull).findFirst().orElse(null);
      if (card == null) {
        cards.add(shallowCopy(p));
      } else {
        if (p.has("attributes")) {
          card.set("attributes", p.get("attributes").deepCopy());
        }
        if (p.has("merges")) {
          card.set("merges", p.get("merges").deepCopy());
        }
      }
    }
    return cards;
  }

  /** An entity's name and aliases, lower-cased. */
  private static List<String> names(JsonNode entity) {
    List<String> all = new ArrayList<>();
    all.add(entity.path("name").asText().toLowerCase(Locale.ROOT));
    entity.path("aliases").forEach(a -> all.add(a.asText().toLowerCase(Locale.ROOT)));
    return all;
  }

  private Object findings(Context ctx) {
    String kind = upper(ctx.queryParam("kind"));
    ArrayNode out = JSON.createArrayNode();
    for (String id : storyIds(ctx)) {
      int index = 0;
      for (JsonNode f : dossierTree(id).path("findings")) {
        if (kind == null || kind.equals(f.path("kind").asText())) {
          ObjectNode copy = shallowCopy(f);
          copy.put("storyId", id);
          copy.put("index", index);
          out.add(copy);
        }
        index++;
      }
    }
    List<JsonNode> sorted = new ArrayList<>();
    sortConflictsFirst(out).forEach(sorted::add);
    return Paging.page(
        sorted,
        f -> f.path("storyId").asText() + "/" + f.path("index").asInt(),
        Paging.request(ctx));
  }

  private static ArrayNode sortConflictsFirst(ArrayNode in) {
    List<JsonNode> list = new ArrayList<>();
    in.forEach(list::add);
    list.sort(
        Comparator.comparingInt(
            (JsonNode f) -> "CONFLICT".equals(f.path("kind").asText()) ? 0 : 1));
    ArrayNode out = JSON.createArrayNode();
    list.forEach(out::add);
    return out;
  }

  private void claims(Context ctx) {
    String kind = ctx.queryParam("kind");
    String entity = ctx.queryParam("entity");
    String finding = ctx.queryParam("finding");
    List<String> stories = storyIds(ctx);
    if (ctx.queryParam("story") != null && !ctx.queryParam("story").isBlank()) {
      summary(stories.get(0), "story");
    }
    Paging.Window<Map<String, Object>> page = new Paging.Window<>(Paging.request(ctx));
    stories:
    for (String storyId : stories) {
      JsonNode d = null;
      Set<String> names = null;
      if (entity != null && !entity.isBlank()) {
        d = dossierTree(storyId);
        names = entityNames(d, entity.trim());
      }
      Set<String> findingKeys = null;
      if (finding != null && !finding.isBlank()) {
        d = d != null ? d : dossierTree(storyId);
        findingKeys = findingKeys(d, finding.trim());
      }
      for (String articleId : store.storyArticleIds(storyId)) {
        int index = 0;
        for (ClaimLine c : store.claims(articleId)) {
          String key = storyId + "/" + articleId + "/" + index++;
          if (kind != null && !kind.isBlank() && !kind.equalsIgnoreCase(c.kind())) {
            continue;
          }
          if (names != null && !mentionsAny(c, names)) {
            continue;
          }
          if (findingKeys != null && !findingKeys.contains(c.articleId() + "\n" + c.value())) {
            continue;
          }
          Map<String, Object> line = new LinkedHashMap<>(JSON.convertValue(c, Map.class));
          line.put("storyId", storyId);
          if (!page.offer(line, key)) {
            break stories;
          }
        }
      }
    }
    json(ctx, page.body());
  }

  /** The names an entity goes by in a dossier: its card's name and aliases, else the query. */
  private static Set<String> entityNames(JsonNode dossier, String query) {
    Set<String> names = new HashSet<>();
    String q = query.toLowerCase(Locale.ROOT);
    names.add(q);
    for (JsonNode e : entityCards(dossier)) {
      List<String> all = names(e);
      if (all.contains(q)) {
        names.addAll(all);
      }
    }
    return names;
  }

  private static boolean mentionsAny(ClaimLine c, Set<String> names) {
    String text = (c.sentence() + "\n" + c.chain() + "\n" + c.measure()).toLowerCase(Locale.ROOT);
    return names.stream().anyMatch(text::contains);
  }

  /**
   * The (article, value) pairs a finding rests on. {@code finding} is the finding's id, as the
   * dossier's findings carry it, or its index in that list.
   */
  private static Set<String> findingKeys(JsonNode dossier, String finding) {
    JsonNode found = null;
    int i = 0;
    for (JsonNode f : dossier.path("findings")) {
      if (finding.equals(f.path("id").asText()) || finding.equals(Integer.toString(i))) {
        found = f;
        break;
      }
      i++;
    }
    if (found == null) {
      if (!finding.matches("\\d+") && !finding.contains(":")) {
        throw ApiException.badRequest(
            "finding",
            "finding is a finding's id (e.g. conflict:...) or its index, got " + finding);
      }
      throw ApiException.notFound("finding", "no finding " + finding + " in this story");
    }
    Set<String> keys = new HashSet<>();
    for (JsonNode s : found.path("support")) {
      keys.add(s.path("articleId").asText() + "\n" + s.path("value").asText());
    }
    return keys;
  }

  private void search(Context ctx) {
    String q = ctx.queryParam("q");
    if (q == null || q.isBlank()) {
      throw ApiException.badRequest("q", "give words to search for: ?q=...");
    }
    Paging.Request page = Paging.request(ctx, SEARCH_LIMIT);
    int start = page.start();
    if (start > MAX_SEARCH_POSITION) {
      throw ApiException.badRequest(
          "cursor", "search lists its best " + MAX_SEARCH_POSITION + " hits; narrow the words");
    }
    List<SearchHit> hits = store.search(q, start + page.limit() + 1);
    json(ctx, Paging.pageByPosition(hits.subList(Math.min(start, hits.size()), hits.size()), page));
  }

  /** The rejections in the order they were kept: new ones come last, so the order holds. */
  private void rejections(Context ctx) {
    Paging.Request page = Paging.request(ctx);
    List<Rejection> all = store.rejections();
    int start = Math.min(page.start(), all.size());
    json(
        ctx,
        Paging.pageByPosition(
            all.subList(start, Math.min(all.size(), start + page.limit() + 1)), page));
  }

  private void article(Context ctx) {
    String id = ctx.pathParam("id");
    Article a =
        store.article(id).orElseThrow(() -> ApiException.notFound("id", "no article " + id));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", a.id());
    out.put("outlet", a.outlet());
    out.put("title", a.title());
    out.put("url", a.url());
    out.put("authors", a.authors());
    out.put("published", a.published().map(Object::toString));
    out.put("language", a.language());
    out.put("text", a.text());
    out.put("passages", a.passages());
    out.put("removed", a.removed());
    out.put("storyId", storyOf(id));
    json(ctx, out);
  }

  /**
   * The story an article is in. An article keeps the first story it was given (see {@link
   * Store#assign}), so what this server has learnt stays true and only new memberships are read
   * again, when an article is not known yet: reading them all for each article cost 50 ms with
   * 10,000 articles.
   */
  private Optional<String> storyOf(String articleId) {
    String story = storyOf.get(articleId);
    if (story == null) {
      for (Membership m : store.memberships()) {
        storyOf.putIfAbsent(m.articleId(), m.storyId());
      }
      story = storyOf.get(articleId);
    }
    return Optional.ofNullable(story);
  }

  private static String upper(String s) {
    return s == null || s.isBlank() ? null : s.trim().toUpperCase(Locale.ROOT);
  }

  // --- writing ---------------------------------------------------------------------------------

  private void addArticles(Context ctx) throws IOException {
    Path dir = Files.createTempDirectory(scratch, "upload-");
    try {
      Map<String, String> names = new LinkedHashMap<>();
      if (ctx.isMultipartFormData()) {
        for (UploadedFile f : uploadedFiles(ctx)) {
          try (InputStream in = f.content()) {
            save(dir, f.filename(), f.filename(), in, names);
          }
        }
        String text = ctx.formParam("text");
        if (text != null && !text.isBlank()) {
          String name = ctx.formParam("name");
          boolean named = name != null && !name.isBlank();
          save(
              dir,
              named ? name : guessName(text),
              named ? name : PASTED,
              new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
              names);
        }
      } else {
        String name = ctx.queryParam("name");
        if (name == null || name.isBlank()) {
          name =
              Uploads.nameFor(ctx.contentType())
                  .orElseThrow(
                      () ->
                          new ApiException(
                              415,
                              "Content-Type",
                              "send news-please JSON (application/json or application/x-ndjson),"
                                  + " HTML (text/html), text (text/plain), a WARC"
                                  + " (application/warc or application/gzip) or a multipart"
                                  + " upload, got "
                                  + ctx.contentType()));
        }
        try (InputStream in = ctx.bodyInputStream()) {
          save(dir, name, name, in, names);
        }
      }
      if (names.isEmpty()) {
        throw ApiException.badRequest(
            "body", "nothing to add: the upload held no file and no text");
      }
      AddReport r =
          inPool(ctx, () -> adder.add(List.of(dir.toString()), f -> uploadName(dir, f, names)));
      r.touched().forEach(s -> answers.remove(s.id()));
      List<Map<String, Object>> rejections = new ArrayList<>();
      for (Rejection rej : r.rejections()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", uploadName(dir, rej.file(), names));
        m.put("offset", rej.offset());
        m.put("kind", rej.kind());
        m.put("reason", rej.reason());
        rejections.add(m);
      }
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("added", r.added());
      body.put("alreadyStored", r.alreadyStored());
      body.put("touched", r.touched());
      body.put("rejections", rejections);
      body.put("message", outcome(r));
      if (r.added().isEmpty() && !rejections.isEmpty()) {
        body.put(
            "error",
            "nothing was added: "
                + rejections.get(0).get("file")
                + ": "
                + rejections.get(0).get("reason"));
        body.put("field", "body");
        ctx.status(422);
      } else {
        ctx.status(r.added().isEmpty() ? 200 : 201);
      }
      json(ctx, body);
    } finally {
      deleteTree(dir);
    }
  }

  /** One line on what an upload did: "added 2 articles", or "nothing new: ... already stored". */
  static String outcome(AddReport r) {
    int stored = r.alreadyStored().size();
    String already =
        stored == 1 ? "1 article was already stored" : stored + " articles were already stored";
    if (r.added().isEmpty()) {
      return "nothing new: " + (stored == 0 ? "the upload held no article" : already);
    }
    int n = r.added().size();
    return "added " + (n == 1 ? "1 article" : n + " articles") + (stored > 0 ? "; " + already : "");
  }

  /**
   * The parts of a multipart body; a body that is not one (no boundary, cut short, a part past the
   * size limit) is the client's error, answered 400 or 413 with why, never 500.
   */
  private List<UploadedFile> uploadedFiles(Context ctx) {
    String type = Objects.requireNonNullElse(ctx.contentType(), "");
    if (!type.toLowerCase(Locale.ROOT).contains("boundary=")) {
      throw ApiException.badRequest(
          "Content-Type", "a multipart body needs a boundary: multipart/form-data; boundary=...");
    }
    try {
      List<UploadedFile> files = ctx.uploadedFiles();
      ctx.formParamMap(); // reads the plain fields too, so their errors are caught here
      return files;
    } catch (Exception e) { // Javalin passes on the servlet's IOException undeclared
      String why = rootMessage(e);
      if (why.contains("exceeds") || why.contains("too large") || why.contains("max")) {
        throw tooLarge();
      }
      throw ApiException.badRequest("body", "the multipart body could not be read: " + why);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage();
    return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
  }

  /**
   * Runs {@code work} in the upload pool within the time limit and returns what it returns. A full
   * pool refuses at once with 503; work past the limit is stopped (its thread interrupted) and
   * answered 503; work whose client closed the connection is stopped at once.
   */
  private <T> T inPool(Context ctx, Callable<T> work) {
    Future<T> f;
    try {
      f = uploads.submit(work);
    } catch (RejectedExecutionException e) {
      ctx.header("Retry-After", RETRY_AFTER_SECONDS);
      throw new ApiException(
          503,
          "body",
          "the server is busy with "
              + (options.uploadWorkers() + options.uploadQueue())
              + " uploads; send this one again later");
    }
    ClientWatch client = ClientWatch.of(ctx);
    // The watch's read interest may still be set when the answer goes out; the connection is then
    // closed after it rather than read for a next request (which would find that interest taken).
    ctx.header("Connection", "close");
    long deadline = System.nanoTime() + options.uploadTimeLimit().toNanos();
    try {
      while (true) {
        long left = deadline - System.nanoTime();
        try {
          return f.get(Math.min(left, CLIENT_CHECK_NANOS), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
          if (client.gone()) {
            f.cancel(true);
            throw new CancellationException("the client closed the connection");
          }
          if (left <= CLIENT_CHECK_NANOS) {
            throw e;
          }
        }
      }
    } catch (TimeoutException e) {
      f.cancel(true);
      throw new ApiException(
          503,
          "body",
          "the upload took longer than this server allows ("
              + options.uploadTimeLimit().toSeconds()
              + " s) and was stopped; articles it had stored stay, and sending it again adds"
              + " only the rest");
    } catch (InterruptedException e) {
      f.cancel(true);
      Thread.currentThread().interrupt();
      throw new CancellationException("the server is stopping");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /**
   * Writes one upload into {@code dir} under a safe form of {@code given}; {@code shown} is the
   * name the user knows it by, which its rejections carry.
   */
  private void save(Path dir, String given, String shown, InputStream in, Map<String, String> names)
      throws IOException {
    String safe = Uploads.safeName(given);
    String name = safe;
    for (int i = 2; names.containsKey(name); i++) {
      name = i + "-" + safe;
    }
    Path target = dir.resolve(name).normalize();
    if (!dir.equals(target.getParent())) {
      throw ApiException.badRequest("file", "the file name is not usable: " + given);
    }
    long written = 0;
    byte[] buf = new byte[64 * 1024];
    try (OutputStream out = Files.newOutputStream(target)) {
      for (int n; (n = in.read(buf)) > 0; ) {
        written += n;
        if (written > options.maxBodyBytes()) {
          throw tooLarge();
        }
        out.write(buf, 0, n);
      }
    }
    if (written == 0) {
      throw ApiException.badRequest("body", "the upload " + safe + " is empty");
    }
    names.put(name, shown == null || shown.isBlank() ? name : shown);
  }

  /** A file name that tells ingest what pasted text is. */
  private static String guessName(String text) {
    String t = text.stripLeading();
    if (t.startsWith("{")) {
      return "pasted.jsonl";
    }
    if (t.startsWith("<")) {
      return "pasted.html";
    }
    return "pasted.txt";
  }

  /** A rejection's file as the user named it, never the server's temp path. */
  private static String uploadName(Path dir, String file, Map<String, String> names) {
    String prefix = dir.toString();
    if (file.startsWith(prefix)) {
      String rest = file.substring(prefix.length()).replaceFirst("^[/\\\\]+", "");
      String head = rest.split("[/\\\\#:]", 2)[0];
      String shown = names.getOrDefault(head, head);
      return shown + rest.substring(head.length());
    }
    return file;
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.deleteIfExists(p);
                } catch (IOException e) {
                  // a leftover temp file is harmless; the next request uses a fresh directory
                }
              });
    } catch (IOException e) {
      // as above
    }
  }
}
