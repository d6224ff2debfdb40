package io.corroborate.bench.news;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SyntheticNewsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode read(String line) throws Exception {
    return JSON.readTree(line);
  }

  @Test
  void sameSeedSameNews() {
    assertThat(new SyntheticNews(7).story(3, 5)).isEqualTo(new SyntheticNews(7).story(3, 5));
    assertThat(new SyntheticNews(7).story(3, 5)).isNotEqualTo(new SyntheticNews(8).story(3, 5));
  }

  /** A thousand stories tell a thousand events: their places are nearly all different. */
  @Test
  void manyStoriesHaveTheirOwnPlaces() throws Exception {
    SyntheticNews news = new SyntheticNews(7);
    Set<String> places = new HashSet<>();
    int stories = 1000;
    for (int s = 0; s < stories; s++) {
      String url = read(news.story(s, 1).get(0)).path("url").asText();
      // the address names the place first: .../news/<place>-<event>-<story>-<report>
      String slug = url.substring(url.indexOf("/news/") + 6);
      places.add(slug.substring(0, slug.indexOf('-')));
    }
    assertThat(places.size()).isGreaterThan(stories * 95 / 100);
  }

  @Test
  void reportsRunToTheAskedMedianLengthInSeveralParagraphs() throws Exception {
    for (int median : new int[] {800, 1500}) {
      SyntheticNews news = new SyntheticNews(7, median);
      List<Integer> lengths = new ArrayList<>();
      List<Integer> paragraphs = new ArrayList<>();
      for (int s = 0; s < 50; s++) {
        for (String line : news.story(s, 10)) {
          String text = read(line).path("maintext").asText();
          lengths.add(text.length());
          paragraphs.add(text.split("\n\n").length);
        }
      }
      lengths.sort(null);
      paragraphs.sort(null);
      int m = lengths.get(lengths.size() / 2);
      assertThat(m).as("median length").isBetween(median * 3 / 4, median * 5 / 4);
      assertThat(paragraphs.get(paragraphs.size() / 2)).as("median paragraphs").isGreaterThan(2);
      assertThat(lengths.get(lengths.size() * 9 / 10))
          .as("the longest tenth")
          .isGreaterThan(lengths.get(lengths.size() / 10) * 2);
    }
  }

  @Test
  void reportsCarryQuotesFiguresAndAttribution() throws Exception {
    String all = String.join("\n", new SyntheticNews(7).story(11, 20));
    assertThat(all).contains("\\\"").contains("said").contains("According to ");
    assertThat(all).containsPattern("\\d+ people");
  }
}
