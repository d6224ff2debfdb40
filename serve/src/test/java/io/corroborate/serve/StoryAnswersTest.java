package io.corroborate.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.store.StorySummary;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
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
      byte[] got = a.get(v1, "dossier", () -> bytes("one-" + made.incrementAndGet()));
      assertThat(new String(got, StandardCharsets.UTF_8)).isEqualTo("one-1");
    }
    assertThat(made).hasValue(1);
    // Another answer of the same story is its own.
    assertThat(a.get(v1, "findings?story=s1", () -> bytes("f"))).isEqualTo(bytes("f"));
  }

  @Test
  void aStoryWrittenAgainIsAnsweredAnewAndAnOlderReadDoesNotReplaceIt() {
    StoryAnswers a = new StoryAnswers(1 << 20);
    StorySummary v1 = story("s1", 3, 100);
    StorySummary v2 = story("s1", 4, 200);
    a.get(v1, "dossier", () -> bytes("old"));
    assertThat(a.get(v2, "dossier", () -> bytes("new"))).isEqualTo(bytes("new"));
    // A request that read the story before it changed gets what it made, and the new one stays.
    assertThat(a.get(v1, "dossier", () -> bytes("late"))).isEqualTo(bytes("late"));
    assertThat(a.get(v2, "dossier", () -> bytes("again"))).isEqualTo(bytes("new"));
  }

  @Test
  void removingAStoryForgetsItsAnswers() {
    StoryAnswers a = new StoryAnswers(1 << 20);
    StorySummary v1 = story("s1", 3, 100);
    a.get(v1, "dossier", () -> bytes("old"));
    a.remove("s1");
    assertThat(a.bytes()).isZero();
    assertThat(a.get(v1, "dossier", () -> bytes("read again"))).isEqualTo(bytes("read again"));
  }

  @Test
  void theLeastRecentlyUsedStoriesGoFirstWhenTheBytesRunOut() {
    StoryAnswers a = new StoryAnswers(400);
    byte[] hundred = new byte[100];
    for (int i = 0; i < 4; i++) {
      a.get(story("s" + i, 3, 100), "dossier", () -> hundred);
    }
    a.get(story("s0", 3, 100), "dossier", () -> new byte[0]); // s0 used again: s1 is the eldest
    a.get(story("s4", 3, 100), "dossier", () -> hundred);
    assertThat(a.bytes()).isLessThanOrEqualTo(400);
    assertThat(a.get(story("s0", 3, 100), "dossier", () -> new byte[1])).hasSize(100);
    assertThat(a.get(story("s1", 3, 100), "dossier", () -> new byte[1])).hasSize(1);
  }

  @Test
  void anAnswerTooLargeForItsShareIsNotKept() {
    StoryAnswers a = new StoryAnswers(400);
    a.get(story("s1", 3, 100), "dossier", () -> new byte[101]);
    assertThat(a.bytes()).isZero();
  }
}
