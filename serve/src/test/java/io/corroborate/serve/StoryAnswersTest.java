package io.corroborate.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.store.StorySummary;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class StoryAnswersTest {
  private static StorySummary story(String id, int articles, long second) {
    return new StorySummary(
        id,
        "Flood in Velmora",
        articles,
        2,
        1,
        0,
        Optional.empty(),
        Optional.empty(),
        Instant.ofEpochSecond(second));
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void anAnswerIsMadeOnceWhileItsStoryIsUnchanged() {
    StoryAnswers a = new StoryAnswers(1 << 20);
    AtomicInteger made = new AtomicInteger();
    StorySummary v1 = story("s1", 3, 100);
    for (int i = 0; i < 3; i++) {
      byte[] got = a.get(v1, "dossier", () -> bytes("one-" + made.incrementAndGet())).json();
      assertThat(new String(got, StandardCharsets.UTF_8)).isEqualTo("one-1");
    }
    assertThat(made).hasValue(1);
    // Another answer of the same story is its own.
    assertThat(a.get(v1, "findings?story=s1", () -> bytes("f")).json()).isEqualTo(bytes("f"));
  }

  @Test
  void aStoryWrittenAgainIsAnsweredAnewAndAnOlderReadDoesNotReplaceIt() {
    StoryAnswers a = new StoryAnswers(1 << 20);
    StorySummary v1 = story("s1", 3, 100);
    StorySummary v2 = story("s1", 4, 200);
    a.get(v1, "dossier", () -> bytes("old"));
    assertThat(a.get(v2, "dossier", () -> bytes("new")).json()).isEqualTo(bytes("new"));
    // A request that read the story before it changed gets what it made, and the new one stays.
    assertThat(a.get(v1, "dossier", () -> bytes("late")).json()).isEqualTo(bytes("late"));
    assertThat(a.get(v2, "dossier", () -> bytes("again")).json()).isEqualTo(bytes("new"));
  }

  @Test
  void removingAStoryForgetsItsAnswers() {
    StoryAnswers a = new StoryAnswers(1 << 20);
    StorySummary v1 = story("s1", 3, 100);
    a.get(v1, "dossier", () -> bytes("old"));
    a.remove("s1");
    assertThat(a.bytes()).isZero();
    assertThat(a.get(v1, "dossier", () -> bytes("read again")).json())
        .isEqualTo(bytes("read again"));
  }

  @Test
  void theLeastRecentlyUsedStoriesGoFirstWhenTheBytesRunOut() {
    byte[] hundred = new byte[100];
    long each = StoryAnswers.gzip(hundred).length + hundred.length;
    StoryAnswers a = new StoryAnswers(4 * each);
    for (int i = 0; i < 4; i++) {
      a.get(story("s" + i, 3, 100), "dossier", () -> hundred);
    }
    assertThat(a.bytes()).isEqualTo(4 * each);
    a.get(story("s0", 3, 100), "dossier", () -> new byte[0]); // s0 used again: s1 is the eldest
    a.get(story("s4", 3, 100), "dossier", () -> hundred);
    assertThat(a.bytes()).isLessThanOrEqualTo(4 * each);
    assertThat(a.get(story("s0", 3, 100), "dossier", () -> new byte[1]).json()).hasSize(100);
    assertThat(a.get(story("s1", 3, 100), "dossier", () -> new byte[1]).json()).hasSize(1);
  }

  @Test
  void anAnswerTooLargeForItsShareIsNotKeptNorCompressed() {
    StoryAnswers a = new StoryAnswers(400);
    StoryAnswers.Answer got = a.get(story("s1", 3, 100), "dossier", () -> new byte[101]);
    assertThat(got.json()).hasSize(101);
    assertThat(got.gzip()).isNull();
    assertThat(a.bytes()).isZero();
  }

  @Test
  void aKeptAnswerIsKeptGzippedToo() throws Exception {
    StoryAnswers a = new StoryAnswers(1 << 20);
    byte[] json = bytes("{\"findings\":[" + "{\"kind\":\"CONFLICT\"},".repeat(200) + "{}]}");
    StoryAnswers.Answer got = a.get(story("s1", 3, 100), "dossier", () -> json);
    assertThat(got.gzip()).isNotNull().hasSizeLessThan(json.length / 4);
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(got.gzip()))) {
      assertThat(in.readAllBytes()).isEqualTo(json);
    }
    assertThat(a.bytes()).isEqualTo(json.length + got.gzip().length);
    // Asked again, the same compressed bytes: compressed once per version of the story.
    assertThat(a.get(story("s1", 3, 100), "dossier", () -> bytes("x")).gzip()).isSameAs(got.gzip());
  }
}
