package org.policyfeed.extract.rules;

import java.util.Map;

/**
 * A fixed map from words to bit flags, looked up by a range of a text as written (case-sensitive), without
 * copying the range: for testing a word against several word lists with one look-up.
 */
final class WordTable {
  private final String[] words;
  private final int[] flags;

  /** A table of the given words and their flags; a word's flags are those the map gives it. */
  WordTable(Map<String, Integer> entries) {
    int size = Integer.highestOneBit(Math.max(4, entries.size() * 4));
    words = new String[size];
    flags = new int[size];
    for (Map.Entry<String, Integer> en : entries.entrySet()) {
      String w = en.getKey();
      int h = hash(w, 0, w.length()) & (size - 1);
      while (words[h] != null) {
        h = (h + 1) & (size - 1);
      }
      words[h] = w;
      flags[h] = en.getValue();
    }
  }

  /** A hash of the length and four chars (first, second, middle, last): cheap, and a look-up compares whole words. */
  private static int hash(String s, int from, int to) {
    int n = to - from;
    if (n == 0) {
      return 0;
    }
    int h = 31 * n + s.charAt(from);
    h = 31 * h + s.charAt(from + (n > 1 ? 1 : 0));
    h = 31 * h + s.charAt(from + n / 2);
    h = 31 * h + s.charAt(to - 1);
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  /** The flags of the word {@code s[from, to)}; 0 when it is not in the table. */
  int flags(String s, int from, int to) {
    int mask = words.length - 1;
    int n = to - from;
    int h = hash(s, from, to) & mask;
    for (String w = words[h]; w != null; h = (h + 1) & mask, w = words[h]) {
      if (w.length() == n && s.startsWith(w, from)) {
        return flags[h];
      }
    }
    return 0;
  }
}
