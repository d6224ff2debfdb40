package io.corroborate.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.annotate.Annotation;
import io.corroborate.annotate.EntityMention;
import io.corroborate.annotate.EntityType;
import io.corroborate.annotate.quantity.QuantityTagger;
import io.corroborate.annotate.time.TimeTagger;
import io.corroborate.model.Span;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotationCacheTest {
  @TempDir Path dir;

  private static Annotation annotation() {
    String text =
        "On Thursday the NCPA said about 3,000 people had left Brenitsa since late last month.";
    Optional<LocalDate> anchor = Optional.of(LocalDate.of(2026, 3, 9));
    return new Annotation(
        text,
        anchor,
        List.of(),
        List.of(),
        List.of(
            new EntityMention(new Span(16, 20), EntityType.AGENCY, "NCPA"),
            new EntityMention(new Span(54, 62), EntityType.LOCATION, "Brenitsa")),
        new TimeTagger().find(text, anchor),
        new QuantityTagger().find(text, List.of()));
  }

  @Test
  void anAnnotationReadsBackEqualWithItsResolvedTimesAndQuantityIntervals() {
    Annotation a = annotation();
    assertThat(a.times()).isNotEmpty();
    assertThat(a.quantities()).isNotEmpty();
    try (SqliteStore s = SqliteStore.open(dir.resolve("c.db"))) {
      s.putAnnotation("0123456789abcdef", "layer-a", a);
      assertThat(s.annotation("0123456789abcdef", "layer-a")).contains(a);
      assertThat(s.annotation("0123456789abcdef", "layer-b")).isEmpty();
    }
  }

  @Test
  void anEntryThisVersionCannotReadIsACacheMiss() throws Exception {
    Path db = dir.resolve("c.db");
    SqliteStore.open(db).close();
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db)) {
      c.createStatement()
          .execute(
              "INSERT INTO annotations VALUES ('0123456789abcdef', 'layer-a', '{\"text\": 42, \"sentences\": \"no\"}')");
    }
    try (SqliteStore s = SqliteStore.open(db)) {
      assertThat(s.annotation("0123456789abcdef", "layer-a")).isEmpty();
    }
  }
}
