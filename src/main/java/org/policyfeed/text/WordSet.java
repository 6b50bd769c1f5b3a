package org.policyfeed.text;

import java.util.Set;

/**
 * A fixed set of words that answers whether a stretch of a text is one of them without cutting the
 * stretch out: {@code contains(s, from, to)} is {@code words.contains(s.substring(from, to))}, without
 * the substring. Immutable and thread-safe.
 */
final class WordSet {
  private final String[] table;
  private final int mask;
  private final int maxLength;

  WordSet(Set<String> words) {
    int size = Integer.highestOneBit(Math.max(4, words.size() * 4 - 1)) << 1;
    table = new String[size];
    mask = size - 1;
    int longest = 0;
    for (String w : words) {
      int slot = w.hashCode() & mask;
      while (table[slot] != null) {
        slot = (slot + 1) & mask;
      }
      table[slot] = w;
      longest = Math.max(longest, w.length());
    }
    maxLength = longest;
  }

  /** Whether {@code s[from, to)} is one of the words. */
  boolean contains(String s, int from, int to) {
    int len = to - from;
    if (len > maxLength || len < 0) {
      return false;
    }
    int h = 0; // String.hashCode over the stretch
    for (int i = from; i < to; i++) {
      h = 31 * h + s.charAt(i);
    }
    for (int slot = h & mask; ; slot = (slot + 1) & mask) {
      String w = table[slot];
      if (w == null) {
        return false;
      }
      if (w.length() == len && s.regionMatches(from, w, 0, len)) {
        return true;
      }
    }
  }
}
