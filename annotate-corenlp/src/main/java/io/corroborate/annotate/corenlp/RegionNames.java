package io.corroborate.annotate.corenlp;

import io.corroborate.annotate.EntityMention;
import io.corroborate.annotate.EntityType;
import io.corroborate.model.Span;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One name, one place within a report: where a report names a region with a region word ("the
 * Varnel region", "Ostrava Oblast", words listed in {@code region-words.txt}), the bare name
 * elsewhere in the same report ("fighting in Varnel") is that place too. The statistical tagger
 * often misses the bare form of a place it does not know.
 *
 * <pre>{@code entities.addAll(RegionNames.bareMentions(text, entities));}</pre>
 */
final class RegionNames {
  private static final Set<String> REGION_WORDS = load();

  private RegionNames() {}

  /** Mentions of the bare names of the regions among {@code entities} that no entity covers. */
  static List<EntityMention> bareMentions(String text, List<EntityMention> entities) {
    Set<String> names = new LinkedHashSet<>();
    for (EntityMention e : entities) {
      if (e.type() != EntityType.LOCATION) {
        continue;
      }
      String[] words = e.text().strip().split("\\s+");
      if (words.length == 2
          && REGION_WORDS.contains(words[1].toLowerCase(Locale.ROOT))
          && Character.isUpperCase(words[0].codePointAt(0))) {
        names.add(words[0]);
      }
    }
    List<EntityMention> out = new ArrayList<>();
    for (String name : names) {
      Matcher m = Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(text);
      while (m.find()) {
        Span s = new Span(m.start(), m.end());
        boolean covered =
            entities.stream()
                .anyMatch(e -> e.span().start() <= s.start() && s.end() <= e.span().end());
        if (!covered) {
          out.add(new EntityMention(s, EntityType.LOCATION, name));
        }
      }
    }
    return out;
  }

  private static Set<String> load() {
    Set<String> out = new LinkedHashSet<>();
    try (InputStream in = RegionNames.class.getResourceAsStream("region-words.txt")) {
      if (in == null) {
        throw new IllegalStateException("resource region-words.txt is missing");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.strip().toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(out);
  }
}
