package io.corroborate.dossier;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;
import io.corroborate.model.Article;
import io.corroborate.model.ModelJson;
import io.corroborate.reconcile.Support;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes one story's dossier as {@link ModelJson#writePretty(Object, Writer)} does, to the
 * character, reusing the text of the parts that have not changed since this writer last wrote the
 * story: its articles, figure lines, dated mentions and the evidence behind findings. A story that
 * grows by one article is rewritten at each update, and most of its dossier is what it was; keep
 * one per story.
 *
 * <pre>{@code
 * DossierJson json = new DossierJson();
 * json.write(dossier, writer);
 * }</pre>
 */
public final class DossierJson {
  /** The values whose text is kept: many per dossier, each rarely changing once written. */
  private static final Set<Class<?>> KEPT =
      Set.of(Article.class, ClaimLine.class, DateMention.class, Support.class);

  private static final ObjectWriter WRITER =
      ModelJson.mapper()
          .copy()
          .registerModule(
              new SimpleModule("dossier-parts")
                  .setSerializerModifier(
                      new BeanSerializerModifier() {
                        @Override
                        public JsonSerializer<?> modifySerializer(
                            SerializationConfig config,
                            BeanDescription desc,
                            JsonSerializer<?> serializer) {
                          return KEPT.contains(desc.getBeanClass())
                              ? new Kept(serializer)
                              : serializer;
                        }
                      }))
          .writerWithDefaultPrettyPrinter()
          .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  /** The writer without kept parts, to write a part the first time. */
  private static final ObjectMapper PLAIN = ModelJson.mapper();

  /** A part's text as written at one depth: the text's indentation depends on it. */
  private record Part(int depth, Object value) {}

  /** What the last write wrote of each part. */
  private Map<Part, String> written = new HashMap<>();

  /** What this write has written, to keep for the next. */
  private Map<Part, String> writing = new HashMap<>();

  /** Writes {@code dossier} to {@code out} and leaves it open. */
  public synchronized void write(Dossier dossier, Writer out) throws IOException {
    writing = new HashMap<>();
    try {
      WRITER.withAttribute(DossierJson.class, this).writeValue(out, dossier);
      written = writing;
    } finally {
      writing = new HashMap<>();
    }
  }

  /** The text of {@code value} written at {@code depth}, as kept or written now. */
  private String text(Object value, int depth) throws IOException {
    Part p = new Part(depth, value);
    String t = written.get(p);
    if (t == null) {
      t = writing.get(p);
    }
    if (t == null) {
      t = alone(value, depth);
    }
    writing.put(p, t);
    return t;
  }

  /**
   * {@code value} written by the plain writer inside {@code depth} objects: the pretty printer
   * indents by the objects around a value, not by the arrays.
   */
  private static String alone(Object value, int depth) throws IOException {
    Object wrapped = List.of(value);
    for (int i = 0; i < depth; i++) {
      wrapped = Map.of("a", wrapped);
    }
    String all = PLAIN.writerWithDefaultPrettyPrinter().writeValueAsString(wrapped);
    int start = all.indexOf("[ ") + 2;
    int end = all.lastIndexOf(" ]");
    if (start < 2 || end < start) {
      throw new IOException("unexpected form of a written part: " + all);
    }
    return all.substring(start, end);
  }

  /** The objects around the value about to be written. */
  private static int depth(JsonGenerator gen) {
    int n = 0;
    for (JsonStreamContext c = gen.getOutputContext(); c != null; c = c.getParent()) {
      if (c.inObject()) {
        n++;
      }
    }
    return n;
  }

  /** A part's serializer: its kept text while writing a dossier, its own serializer otherwise. */
  private static final class Kept extends JsonSerializer<Object>
      implements ContextualSerializer, ResolvableSerializer {
    private final JsonSerializer<Object> own;

    @SuppressWarnings("unchecked")
    Kept(JsonSerializer<?> own) {
      this.own = (JsonSerializer<Object>) own;
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      Object memo = provider.getAttribute(DossierJson.class);
      if (memo instanceof DossierJson json) {
        gen.writeRawValue(json.text(value, depth(gen)));
      } else {
        own.serialize(value, gen, provider);
      }
    }

    @Override
    public void serializeWithType(
        Object value, JsonGenerator gen, SerializerProvider provider, TypeSerializer types)
        throws IOException {
      own.serializeWithType(value, gen, provider, types);
    }

    @Override
    public boolean isEmpty(SerializerProvider provider, Object value) {
      return own.isEmpty(provider, value);
    }

    @Override
    public void resolve(SerializerProvider provider) throws JsonMappingException {
      if (own instanceof ResolvableSerializer r) {
        r.resolve(provider);
      }
    }

    @Override
    public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property)
        throws JsonMappingException {
      if (own instanceof ContextualSerializer c) {
        JsonSerializer<?> s = c.createContextual(provider, property);
        return s == own ? this : new Kept(s);
      }
      return this;
    }
  }
}
