package io.corroborate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class StoryListTest {
  @Test
  void keepsStoriesInAscendingOrderOnceEachWhateverOrderTheyCome() {
    StoryList l = new StoryList();
    for (int s : new int[] {7, 3, 9, 3, 1, 9, 12, 0}) {
      l.add(s);
    }
    assertThat(contents(l)).containsExactly(0, 1, 3, 7, 9, 12);
    assertThat(l.remove(7)).isTrue();
    assertThat(l.remove(7)).as("already gone").isFalse();
    assertThat(l.remove(4)).as("never there").isFalse();
    assertThat(contents(l)).containsExactly(0, 1, 3, 9, 12);
  }

  @Test
  void agreesWithASortedSetOverRandomAddsAndRemovals() {
    Random r = new Random(17);
    for (int run = 0; run < 50; run++) {
      StoryList l = new StoryList();
      TreeSet<Integer> want = new TreeSet<>();
      for (int step = 0; step < 400; step++) {
        // mostly new stories at the end, as a store grows; some older ones, some removals
        int s = r.nextInt(4) == 0 ? r.nextInt(step + 1) : step + r.nextInt(3);
        if (r.nextInt(5) == 0) {
          assertThat(l.remove(s)).isEqualTo(want.remove(s));
        } else {
          l.add(s);
          want.add(s);
        }
      }
      assertThat(contents(l)).containsExactlyElementsOf(want);
    }
  }

  private static List<Integer> contents(StoryList l) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < l.size(); i++) {
      out.add(l.get(i));
    }
    return out;
  }
}
