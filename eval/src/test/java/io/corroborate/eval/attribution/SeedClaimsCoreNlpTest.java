package io.corroborate.eval.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.Corroborate;
import io.corroborate.RunListener;
import io.corroborate.RunSummary;
import io.corroborate.annotate.corenlp.CoreNlpLayer;
import io.corroborate.extract.Claim;
import io.corroborate.extract.ClaimExtractor;
import io.corroborate.extract.ClaimValue;
import io.corroborate.extract.ExtractOptions;
import io.corroborate.extract.Voice;
import io.corroborate.model.Article;
import io.corroborate.testkit.Repo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The seed claims that matter most, read from CoreNLP's annotation rather than the model-free one.
 */
@Tag("slow")
class SeedClaimsCoreNlpTest {
  record Key(String measure, double value, String speaker) {}

  @Test
  void theKeyFiguresOfTheSeedsComeOutOfACoreNlpAnnotationWithTheirSpeakers() {
    Path seeds = Repo.sharedOrSkip("corpus/seeds");
    RunSummary run = Corroborate.create().run(List.of(seeds.toString()), new RunListener() {});
    ClaimExtractor x = new ClaimExtractor(ExtractOptions.defaults());
    List<Claim> all = new ArrayList<>();
    for (Article a : run.articles()) {
      all.addAll(x.extract(a, CoreNlpLayer.shared().annotate(a)));
    }
    List<Key> expected =
        List.of(
            new Key("killed", 300, "South Korean intelligence"),
            new Key("wounded", 2700, "South Korean intelligence"),
            new Key("killed-or-wounded", 3000, "Zelensky"),
            new Key("casualties", 4000, "Zelensky"),
            new Key("remaining", 8000, "Budanov"),
            new Key("count", 50000, "sources"),
            new Key("killed", 300, "National Intelligence Service"),
            new Key("killed-or-wounded", 1000, "Blinken"),
            new Key("killed-or-wounded", 4000, "Zelensky"));
    List<Key> missed = new ArrayList<>();
    for (Key k : expected) {
      boolean found =
          all.stream()
              .anyMatch(
                  c ->
                      c.measure().equals(k.measure())
                          && c.value() instanceof ClaimValue.Amount a
                          && a.value() == k.value()
                          && c.attribution().speakers().stream()
                              .map(Voice::name)
                              .anyMatch(n -> n.contains(k.speaker())));
      if (!found) {
        missed.add(k);
      }
    }
    assertThat(missed).isEmpty();
  }
}
