package io.corroborate.annotate.corenlp;

import io.corroborate.annotate.EntityMention;
import io.corroborate.annotate.EntityType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The domain rule file read a second way: CoreNLP's regexner fills only tokens the statistical
 * tagger left untyped, and this gives a whole mention the tagger did find its finer type ("SBU"
 * tagged ORGANIZATION becomes AGENCY, "DPRK" tagged ORGANIZATION becomes LOCATION). Retyping whole
 * mentions instead of letting the rules overwrite tokens keeps "Russian Foreign Ministry" one
 * entity rather than splitting it.
 *
 * <pre>{@code DomainTypes.load().retype(mention)}</pre>
 */
final class DomainTypes {
  private record Rule(Pattern whole, EntityType type) {}

  private final List<Rule> rules;

  private DomainTypes(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /**
   * Nationalities: only whole MISC mentions are retyped, never tokens, so "Russian Federation"
   * stays one place.
   */
  static final String RETYPE_ONLY = "io/corroborate/annotate/corenlp/domain-retype.tsv";

  /** Reads {@link CoreNlpOptions#DOMAIN_RULES} and {@link #RETYPE_ONLY} from the classpath. */
  static DomainTypes load() {
    List<Rule> rules = new ArrayList<>();
    read(CoreNlpOptions.DOMAIN_RULES, rules);
    read(RETYPE_ONLY, rules);
    return new DomainTypes(rules);
  }

  private static void read(String resource, List<Rule> rules) {
    try (InputStream in = DomainTypes.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        String[] cols = line.split("\t");
        if (cols.length < 2 || cols[0].isBlank()) {
          continue;
        }
        Optional<EntityType> type = CoreNlpLayer.typeOf(cols[1]);
        if (type.isEmpty()) {
          continue;
        }
        // Token regexes separated by spaces; "People 's" in the file is "People's" in the text.
        String regex = String.join("\\s*", cols[0].strip().split(" "));
        rules.add(new Rule(Pattern.compile(regex), type.get()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The mention with the finer type of the first rule that covers all of its text, else as it was.
   */
  EntityMention retype(EntityMention m) {
    if (m.type() == EntityType.MISC && !m.text().contains(" ")) {
      // A single MISC word such as "Russian" may be a nationality; other MISC keep their type.
      return apply(m);
    }
    if (m.type() == EntityType.ORGANIZATION
        || m.type() == EntityType.PERSON
        || m.type() == EntityType.LOCATION
        || m.type() == EntityType.MISC) {
      return apply(m);
    }
    return m;
  }

  private EntityMention apply(EntityMention m) {
    for (Rule r : rules) {
      if (r.type() != m.type() && r.whole().matcher(m.text()).matches()) {
        // A place stays a place unless the rule makes it one; nationalities only refine MISC.
        if (r.type() == EntityType.NATIONALITY && m.type() != EntityType.MISC) {
          continue;
        }
        return new EntityMention(m.span(), r.type(), m.text());
      }
    }
    return m;
  }
}
