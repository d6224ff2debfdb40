package io.corroborate.link;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.model.Article;
import io.corroborate.model.Format;
import io.corroborate.model.Origin;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinkResultTest {
  private static Article article(String id, String outlet) {
    return Article.builder()
        .id(id)
        .origin(new Origin(id + ".txt", 0, Format.TEXT))
        .outlet(outlet)
        .language("en")
        .text("The harbour at Velmora reopened.", List.of(), List.of())
        .build();
  }

  @Test
  void theStorysNameIndexKnowsItsOutletsShortFormsAndItsEntities() {
    Entity vell =
        new Entity(
            "e:1",
            Mention.Kind.ENTITY,
            "Tomas Vell",
            List.of("Vell"),
            List.of("a:1"),
            "PERSON",
            List.of());
    LinkResult linked = new LinkResult(List.of(vell), List.of());
    LinkResult story =
        linked.forStory(
            List.of(article("a", "The Lumen Post"), article("b", "Ostrand Wire")), Map.of());
    // The entities alone do not say which outlet "the Post" is; the story's index does.
    assertThat(linked.names().key("the Post")).isEqualTo("post");
    assertThat(story.names().key("the Post")).isEqualTo(story.names().key("The Lumen Post"));
    assertThat(story.names().entityId("Vell")).contains("e:1");
    assertThat(story.entities()).isEqualTo(linked.entities());
    assertThat(story.entity("e:1")).contains(vell);
  }
}
