package io.corroborate.eval.coref;

import io.corroborate.model.Span;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads the ECB+ corpus (CROMER XML, {@code ECB+/<topic>/<topic>_<n>ecb[plus].xml}) into documents
 * with their gold mentions. A mention's gold cluster is the instance its CROSS_DOC_COREF relation
 * points to, or its INTRA_DOC_COREF chain (which never leaves its document); a mention in no
 * relation is a singleton. Only sentences listed in {@code ECBplus_coreference_sentences.csv} are
 * kept, as is standard, when that file is there.
 *
 * <pre>{@code EcbPlus.Corpus c = EcbPlus.read(Path.of("../shared/bench/ecbplus"));}</pre>
 */
public final class EcbPlus {
  private EcbPlus() {}

  /** One gold mention; {@code id} is {@code <document>#<m_id>}. */
  public record EcbMention(
      String id,
      String doc,
      String tag,
      boolean event,
      List<String> tokens,
      Span span,
      int sentence,
      String cluster) {
    public EcbMention {
      Objects.requireNonNull(id, "id");
      tokens = List.copyOf(tokens);
      if (tokens.isEmpty()) {
        throw new IllegalArgumentException("mention " + id + " has no token");
      }
    }

    public String text() {
      return String.join(" ", tokens);
    }
  }

  /**
   * One document: its text is its tokens joined by spaces, a sentence a line.
   *
   * @param subtopic {@code ecb} or {@code ecbplus}: the two seminal events of a topic
   * @param annotatedText the text with the sentences outside the sentence index blanked (spaces,
   *     same length, so offsets agree): only those sentences were annotated, so predicted mentions
   *     are looked for there alone
   */
  public record EcbDocument(
      String name,
      String topic,
      String subtopic,
      String text,
      String annotatedText,
      List<EcbMention> mentions) {
    public EcbDocument {
      mentions = List.copyOf(mentions);
      if (annotatedText.length() != text.length()) {
        throw new IllegalArgumentException(
            name
                + ": annotated text has length "
                + annotatedText.length()
                + ", not "
                + text.length());
      }
    }
  }

  /** The documents read, the files they came from (for the checksum) and what was left out. */
  public record Corpus(
      List<EcbDocument> documents,
      List<Path> files,
      boolean sentenceFilter,
      int mentionsOutsideSentences) {
    public Corpus {
      documents = List.copyOf(documents);
      files = List.copyOf(files);
    }

    public long mentionCount(boolean events) {
      return documents.stream()
          .flatMap(d -> d.mentions().stream())
          .filter(m -> m.event() == events)
          .count();
    }
  }

  private static final Pattern NAME = Pattern.compile("(\\d+)_(\\d+)(ecbplus|ecb)\\.xml");

  /**
   * Reads {@code dir} (the folder holding {@code ECB+/} and the sentence index, or {@code ECB+/}
   * itself).
   */
  public static Corpus read(Path dir) throws IOException {
    Path root = Files.isDirectory(dir.resolve("ECB+")) ? dir.resolve("ECB+") : dir;
    Path index = root.resolveSibling("ECBplus_coreference_sentences.csv");
    if (!Files.isDirectory(root)) {
      throw new NoSuchFileException(root + " (the ECB+ corpus folder)");
    }
    Map<String, Set<Integer>> selected = new HashMap<>();
    boolean filter = Files.exists(index);
    List<Path> files = new ArrayList<>();
    if (filter) {
      files.add(index);
      for (String line : Files.readAllLines(index, StandardCharsets.UTF_8)) {
        String[] f = line.split(",");
        if (f.length == 3 && f[2].strip().matches("\\d+")) {
          selected
              .computeIfAbsent(f[0].strip() + "_" + f[1].strip(), k -> new HashSet<>())
              .add(Integer.parseInt(f[2].strip()));
        }
      }
    }
    List<Path> xml;
    try (Stream<Path> s = Files.walk(root)) {
      xml =
          s.filter(p -> NAME.matcher(p.getFileName().toString()).matches())
              .sorted(Comparator.comparing(Path::toString))
              .toList();
    }
    if (xml.isEmpty()) {
      throw new NoSuchFileException(root + " (no ECB+ <topic>_<n>ecb[plus].xml files)");
    }
    files.addAll(xml);
    DocumentBuilder builder = builder();
    List<EcbDocument> docs = new ArrayList<>();
    int outside = 0;
    for (Path p : xml) {
      Matcher m = NAME.matcher(p.getFileName().toString());
      if (!m.matches()) {
        continue;
      }
      String base = m.group(1) + "_" + m.group(2) + m.group(3);
      Set<Integer> keep = filter ? selected.getOrDefault(base, Set.of()) : null;
      int[] dropped = new int[1];
      docs.add(parse(builder, p, m.group(1), m.group(3), keep, dropped));
      outside += dropped[0];
    }
    return new Corpus(docs, files, filter, outside);
  }

  private static DocumentBuilder builder() {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setExpandEntityReferences(false);
      return f.newDocumentBuilder();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser lacks a standard feature", e);
    }
  }

  private record Token(String text, int sentence, int start, int end) {}

  private static EcbDocument parse(
      DocumentBuilder builder,
      Path p,
      String topic,
      String subtopic,
      Set<Integer> keep,
      int[] dropped)
      throws IOException {
    org.w3c.dom.Document xml;
    try (InputStream in = Files.newInputStream(p)) {
      xml = builder.parse(in);
    } catch (SAXException e) {
      throw new IOException(p + ": not well-formed XML: " + e.getMessage(), e);
    }
    Element root = xml.getDocumentElement();
    String name = p.getFileName().toString().replace(".xml", "");
    // Tokens → text, a sentence a line.
    Map<String, Token> tokens = new HashMap<>();
    StringBuilder text = new StringBuilder();
    int lastSentence = -1;
    List<Span> outside = new ArrayList<>();
    NodeList tl = root.getElementsByTagName("token");
    for (int i = 0; i < tl.getLength(); i++) {
      Element t = (Element) tl.item(i);
      int sentence = Integer.parseInt(t.getAttribute("sentence"));
      if (lastSentence >= 0) {
        text.append(sentence != lastSentence ? '\n' : ' ');
      }
      lastSentence = sentence;
      int start = text.length();
      text.append(t.getTextContent());
      tokens.put(
          t.getAttribute("t_id"), new Token(t.getTextContent(), sentence, start, text.length()));
      if (keep != null && !keep.contains(sentence)) {
        outside.add(new Span(start, text.length()));
      }
    }
    char[] annotated = text.toString().toCharArray();
    for (Span sp : outside) {
      Arrays.fill(annotated, sp.start(), sp.end(), ' ');
    }
    // Gold clusters from the relations.
    Map<String, String> instanceOf = new HashMap<>();
    // A document without markables or relations has only singletons: no error.
    List<Element> markables = child(root, "Markables").map(EcbPlus::elements).orElse(List.of());
    List<Element> relations = child(root, "Relations").map(EcbPlus::elements).orElse(List.of());
    for (Element e : markables) {
      if (!e.getAttribute("instance_id").isEmpty()) {
        instanceOf.put(e.getAttribute("m_id"), e.getAttribute("instance_id"));
      }
    }
    Map<String, String> cluster = new HashMap<>();
    for (Element rel : relations) {
      Optional<Element> found = child(rel, "target");
      if (found.isEmpty()) {
        continue;
      }
      Element target = found.get();
      String label =
          switch (rel.getTagName()) {
            case "CROSS_DOC_COREF" ->
                topic
                    + ":"
                    + (rel.getAttribute("note").isEmpty()
                        ? instanceOf.getOrDefault(
                            target.getAttribute("m_id"), name + "#" + target.getAttribute("m_id"))
                        : rel.getAttribute("note"));
            case "INTRA_DOC_COREF" -> name + "#intra" + target.getAttribute("m_id");
            default -> null;
          };
      if (label == null) {
        continue;
      }
      NodeList sources = rel.getElementsByTagName("source");
      for (int i = 0; i < sources.getLength(); i++) {
        cluster.putIfAbsent(((Element) sources.item(i)).getAttribute("m_id"), label);
      }
    }
    // Mentions: markables anchored to tokens, in kept sentences.
    List<EcbMention> mentions = new ArrayList<>();
    Map<String, Integer> anchorsSeen = new HashMap<>();
    for (Element e : markables) {
      String tag = e.getTagName();
      boolean event = tag.startsWith("ACTION") || tag.startsWith("NEG_ACTION");
      boolean entity =
          tag.startsWith("HUMAN_PART")
              || tag.startsWith("NON_HUMAN_PART")
              || tag.startsWith("LOC")
              || tag.startsWith("TIME");
      NodeList anchors = e.getElementsByTagName("token_anchor");
      if ((!event && !entity) || anchors.getLength() == 0) {
        continue;
      }
      List<Token> ts = new ArrayList<>();
      for (int i = 0; i < anchors.getLength(); i++) {
        Token t = tokens.get(((Element) anchors.item(i)).getAttribute("t_id"));
        if (t != null) {
          ts.add(t);
        }
      }
      if (ts.isEmpty()) {
        continue;
      }
      ts.sort(Comparator.comparingInt(Token::start));
      int sentence = ts.get(0).sentence();
      if (keep != null && !keep.contains(sentence)) {
        dropped[0]++;
        continue;
      }
      String mid = e.getAttribute("m_id");
      String anchorKey =
          (event ? "v" : "n") + ts.stream().map(t -> Integer.toString(t.start())).toList();
      String label = cluster.get(mid);
      EcbMention mention =
          new EcbMention(
              name + "#" + mid,
              name,
              tag,
              event,
              ts.stream().map(Token::text).toList(),
              new Span(ts.get(0).start(), ts.get(ts.size() - 1).end()),
              sentence,
              label == null ? name + "#single" + mid : label);
      // The release notes say some spans were annotated twice: keep one, the linked one if any.
      Integer before = anchorsSeen.get(anchorKey);
      if (before == null) {
        anchorsSeen.put(anchorKey, mentions.size());
        mentions.add(mention);
      } else if (label != null && mentions.get(before).cluster().contains("#single")) {
        mentions.set(before, mention);
      } else if (label != null) {
        mentions.add(mention);
      }
    }
    return new EcbDocument(name, topic, subtopic, text.toString(), new String(annotated), mentions);
  }

  private static Optional<Element> child(Element parent, String tag) {
    return elements(parent).stream().filter(e -> e.getTagName().equals(tag)).findFirst();
  }

  private static List<Element> elements(Element parent) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        out.add(e);
      }
    }
    return out;
  }
}
