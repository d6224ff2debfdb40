package io.corroborate.eval.time;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A TimeML document reduced to what time evaluation needs: the plain text of its {@code TEXT}
 * element, its document creation time and its gold TIMEX3 annotations with offsets into that text.
 *
 * <pre>{@code TimeMlDocument d = TimeMlDocument.read(Path.of("APW19980807.0261.tml"));}</pre>
 */
public record TimeMlDocument(
    String name, String text, Optional<LocalDate> created, List<Timex> timexes) {
  /** One gold TIMEX3: span in {@code text}, type and value. */
  public record Timex(int start, int end, String type, String value) {
    public Timex {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(value, "value");
      if (start < 0 || end < start) {
        throw new IllegalArgumentException(
            "timex needs 0 <= start <= end, got [" + start + ", " + end + ")");
      }
    }
  }

  public TimeMlDocument {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(created, "created");
    timexes = List.copyOf(timexes);
  }

  /** Reads one .tml file; a malformed file fails with its name in the message. */
  public static TimeMlDocument read(Path file) throws IOException {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    StringBuilder text = new StringBuilder();
    List<Timex> timexes = new ArrayList<>();
    Optional<LocalDate> created = Optional.empty();
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader r = f.createXMLStreamReader(in);
      boolean inText = false;
      boolean inDct = false;
      int openStart = -1;
      String openType = null;
      String openValue = null;
      while (r.hasNext()) {
        int ev = r.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          String n = r.getLocalName();
          if (n.equals("TEXT")) {
            inText = true;
          } else if (n.equals("DCT")) {
            inDct = true;
          } else if (n.equals("TIMEX3")) {
            String value = Optional.ofNullable(r.getAttributeValue(null, "value")).orElse("");
            if (inDct || "CREATION_TIME".equals(r.getAttributeValue(null, "functionInDocument"))) {
              if (value.length() >= 10 && created.isEmpty()) {
                try {
                  created = Optional.of(LocalDate.parse(value.substring(0, 10)));
                } catch (java.time.format.DateTimeParseException e) {
                  created = Optional.empty();
                }
              }
            } else if (inText) {
              openStart = text.length();
              openType = Optional.ofNullable(r.getAttributeValue(null, "type")).orElse("DATE");
              openValue = value;
            }
          }
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          String n = r.getLocalName();
          if (n.equals("TEXT")) {
            inText = false;
          } else if (n.equals("DCT")) {
            inDct = false;
          } else if (n.equals("TIMEX3") && inText && openStart >= 0) {
            timexes.add(new Timex(openStart, text.length(), openType, openValue));
            openStart = -1;
          }
        } else if ((ev == XMLStreamConstants.CHARACTERS
                || ev == XMLStreamConstants.CDATA
                || ev == XMLStreamConstants.SPACE)
            && inText) {
          text.append(r.getText());
        }
      }
    } catch (XMLStreamException e) {
      throw new IOException(file + ": not well-formed TimeML: " + e.getMessage(), e);
    }
    return new TimeMlDocument(file.getFileName().toString(), text.toString(), created, timexes);
  }
}
