package io.corroborate.annotate.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.annotate.Annotation;
import io.corroborate.annotate.EntityMention;
import io.corroborate.annotate.EntityType;
import io.corroborate.testkit.Repo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The five seed articles through the CoreNLP layer: who, which organisations and where. */
@Tag("slow")
class SeedsAnnotationTest {
  private static final Pattern DATE_LINE =
      Pattern.compile("(?m)^\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})\\b");
  private static final List<Annotation> SEEDS = new ArrayList<>();

  @BeforeAll
  static void annotateSeeds() throws IOException {
    if (!SEEDS.isEmpty()) {
      return;
    }
    Path dir = Repo.sharedOrSkip("corpus/seeds");
    try (Stream<Path> s = Files.list(dir)) {
      for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String text = Files.readString(f);
        Matcher m = DATE_LINE.matcher(text);
        Optional<LocalDate> date =
            m.find() ? Optional.of(LocalDate.parse(m.group(1))) : Optional.empty();
        SEEDS.add(CoreNlpLayer.shared().annotate(text, date));
      }
    }
  }

  private static Set<String> found(EntityType... types) {
    Set<String> out = new LinkedHashSet<>();
    for (Annotation a : SEEDS) {
      for (EntityType t : types) {
        a.entities(t).stream().map(EntityMention::text).forEach(out::add);
      }
    }
    return out;
  }

  @Test
  void thePrisonersAndTheOfficialsArePeople() {
    Set<String> people = found(EntityType.PERSON);
    System.out.println("people: " + people);
    assertThat(people).contains("Ri", "Zelensky");
    assertThat(people).anyMatch(p -> p.contains("Budanov"));
    assertThat(people).noneMatch(p -> p.equalsIgnoreCase("he") || p.equalsIgnoreCase("they"));
  }

  @Test
  void outletsAgenciesAndUnitsAreOrganisations() {
    Set<String> orgs = found(EntityType.ORGANIZATION, EntityType.AGENCY, EntityType.MILITARY_UNIT);
    System.out.println("organisations: " + orgs);
    assertThat(orgs).contains("Chosun Ilbo");
    assertThat(found(EntityType.AGENCY)).isNotEmpty();
  }

  @Test
  void kurskRussiaAndUkraineArePlacesInEverySpelling() {
    Set<String> places = found(EntityType.LOCATION);
    System.out.println("places: " + places);
    assertThat(places).contains("Kursk", "Russia", "Ukraine");
    long kurskMentions =
        SEEDS.stream()
            .flatMap(a -> a.entities(EntityType.LOCATION).stream())
            .filter(e -> e.text().startsWith("Kursk"))
            .count();
    long kurskWords =
        SEEDS.stream()
            .mapToLong(a -> Pattern.compile("\\bKursk\\b").matcher(a.text()).results().count())
            .sum();
    // The design notes CoreNLP alone missed "Kursk" in most mentions; the domain rules catch it.
    assertThat(kurskMentions).isGreaterThanOrEqualTo(kurskWords * 3 / 4);
  }

  @Test
  void seed001TimesAreAnchoredOnItsDateLine() {
    Annotation a =
        SEEDS.stream()
            .filter(x -> x.anchor().equals(Optional.of(LocalDate.of(2025, 2, 19))))
            .findFirst()
            .orElseThrow();
    assertThat(a.times())
        .extracting(t -> t.timex())
        .contains("2024-10-10", "2024-12", "2025-01-05");
  }

  @Test
  void spaceGroupedFiguresInTheSeedsAreWholeNumbers() {
    List<Double> values =
        SEEDS.stream().flatMap(a -> a.quantities().stream()).map(q -> q.value()).toList();
    assertThat(values).contains(2_500.0, 12_000.0, 8_000.0, 3_000.0);
    assertThat(SEEDS.stream().flatMap(a -> a.tokens().stream()).map(t -> t.word()))
        .contains("2500", "8000");
  }
}
