package io.corroborate.cluster;

import java.util.Arrays;

/**
 * The stories one term, entity or name leads to, as their indexes in ascending order in a plain
 * array. Stories are numbered as they start, so a new story's index lands at the end and the latest
 * stories are the last entries. An index entry costs four bytes instead of a boxed tree node's
 * fifty, which is most of what the inverted index of a large store weighs.
 *
 * <p>Not thread-safe, like the clusterer that owns it.
 */
final class StoryList {
  private int[] ids = new int[2];
  private int size;

  /** Adds {@code story} unless it is there already. */
  void add(int story) {
    if (size > 0 && ids[size - 1] < story) {
      append(story);
      return;
    }
    int at = Arrays.binarySearch(ids, 0, size, story);
    if (at >= 0) {
      return;
    }
    int insert = -at - 1;
    grow();
    System.arraycopy(ids, insert, ids, insert + 1, size - insert);
    ids[insert] = story;
    size++;
  }

  /** Removes {@code story}; whether it was there. */
  boolean remove(int story) {
    int at = Arrays.binarySearch(ids, 0, size, story);
    if (at < 0) {
      return false;
    }
    System.arraycopy(ids, at + 1, ids, at, size - at - 1);
    size--;
    return true;
  }

  int size() {
    return size;
  }

  /** The {@code i}-th story in ascending order. */
  int get(int i) {
    return ids[i];
  }

  private void append(int story) {
    grow();
    ids[size++] = story;
  }

  private void grow() {
    if (size == ids.length) {
      ids = Arrays.copyOf(ids, size + Math.max(2, size >> 1));
    }
  }
}
