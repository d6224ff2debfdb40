package io.corroborate.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.Corroborate;
import io.corroborate.model.Article;
import io.corroborate.model.Block;
import io.corroborate.model.Format;
import io.corroborate.model.Origin;
import io.corroborate.model.Role;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutletsTest {
  private static Article article(String id, String outlet, String url) {
    return Article.builder()
        .id(id)
        .origin(new Origin(id + ".html", 0, Format.HTML))
        .outlet(outlet)
        .url(url)
        .blocks(List.of(new Block("The reservoir was drained over two days.", Role.BODY, 0.9, "p")))
        .build();
  }

  @Test
  void anOutletKnownOnlyByItsDomainTakesTheNameAnotherArticleOfThatDomainGives() {
    Dossier d =
        Corroborate.create()
            .dossier(
                "s1",
                "t",
                List.of(
                    article(
                        "aaaaaaaaaaaaaaaa", "ostreltoday.example", "https://ostreltoday.example/a"),
                    article(
                        "bbbbbbbbbbbbbbbb", "Ostrel Today", "https://www.ostreltoday.example/b"),
                    article(
                        "cccccccccccccccc",
                        "www.meridianwire.example",
                        "https://www.meridianwire.example/c")),
                Map.of(),
                List.of());
    assertThat(d.sources())
        .extracting(Dossier.Source::outlet)
        .containsExactly("meridianwire.example", "Ostrel Today");
    Article renamed =
        d.articles().stream().filter(a -> a.id().startsWith("a")).findFirst().orElseThrow();
    assertThat(renamed.outlet()).isEqualTo("Ostrel Today");
    assertThat(renamed.sourceOf("outlet")).isPresent();
    assertThat(renamed.provenance().get(renamed.provenance().size() - 1).source())
        .contains("ostreltoday.example");
  }
}
