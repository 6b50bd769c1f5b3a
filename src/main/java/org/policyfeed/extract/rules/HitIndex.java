package org.policyfeed.extract.rules;

import org.jspecify.annotations.Nullable;

/**
 * The project mentions of one field by start offset, at most one per start: two parallel arrays kept sorted by
 * start, searched by bisection. Stands for a {@code TreeMap<Integer, Projects.Hit>} without its boxed keys and
 * entry objects; a field holds a few dozen mentions at most, so an insertion moves few elements.
 */
final class HitIndex {
  private int[] starts = new int[8];
  private Projects.Hit[] hits = new Projects.Hit[8];
  private int n;

  /** The index of the first start {@code >= offset}; {@link #size()} when there is none. */
  int ceiling(int offset) {
    int lo = 0;
    int hi = n;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The index of the last start {@code <= offset}; -1 when there is none. */
  int floor(int offset) {
    return offset == Integer.MAX_VALUE ? n - 1 : ceiling(offset + 1) - 1;
  }

  int size() {
    return n;
  }

  int start(int i) {
    return starts[i];
  }

  Projects.Hit hit(int i) {
    return hits[i];
  }

  /** The mention that starts at {@code s}, or null. */
  Projects.@Nullable Hit get(int s) {
    int i = ceiling(s);
    return i < n && starts[i] == s ? hits[i] : null;
  }

  /** Sets the mention that starts at {@code s}, in place of the one there. */
  void put(int s, Projects.Hit h) {
    int i = ceiling(s);
    if (i < n && starts[i] == s) {
      hits[i] = h;
      return;
    }
    if (n == starts.length) {
      starts = java.util.Arrays.copyOf(starts, 2 * n);
      hits = java.util.Arrays.copyOf(hits, 2 * n);
    }
    System.arraycopy(starts, i, starts, i + 1, n - i);
    System.arraycopy(hits, i, hits, i + 1, n - i);
    starts[i] = s;
    hits[i] = h;
    n++;
  }
}
