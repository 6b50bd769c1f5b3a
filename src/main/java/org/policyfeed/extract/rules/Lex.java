package org.policyfeed.extract.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The gazetteer: small word lists read once from {@code gazetteer.txt}. */
final class Lex {
  static final Set<String> HONORIFICS;
  static final Set<String> ROLE_WORDS;
  static final Map<String, String> ROLE_ABBREVIATIONS;
  static final Set<String> ORG_HEADS;
  static final Set<String> DOC_HEADS;
  static final Map<String, String> KIND_WORDS;
  static final Set<String> NOT_NAME;
  static final Set<String> PORTFOLIO;
  static final Set<String> EVENT_NOUNS;

  static {
    Map<String, List<String>> sections = read();
    HONORIFICS = Set.copyOf(sections.getOrDefault("honorifics", List.of()));
    ROLE_WORDS = Set.copyOf(sections.getOrDefault("role-words", List.of()));
    ROLE_ABBREVIATIONS = pairs(sections.getOrDefault("role-abbreviations", List.of()));
    ORG_HEADS = Set.copyOf(sections.getOrDefault("org-heads", List.of()));
    DOC_HEADS = Set.copyOf(sections.getOrDefault("doc-heads", List.of()));
    KIND_WORDS = pairs(sections.getOrDefault("kind-words", List.of()));
    NOT_NAME = Set.copyOf(sections.getOrDefault("not-name", List.of()));
    PORTFOLIO = Set.copyOf(sections.getOrDefault("portfolio-words", List.of()));
    EVENT_NOUNS = Set.copyOf(sections.getOrDefault("event-nouns", List.of()));
  }

  private Lex() {}

  private static Map<String, String> pairs(List<String> lines) {
    Map<String, String> m = new HashMap<>();
    for (String l : lines) {
      int eq = l.indexOf('=');
      if (eq > 0) {
        m.put(l.substring(0, eq).strip(), l.substring(eq + 1).strip());
      }
    }
    return Map.copyOf(m);
  }

  private static Map<String, List<String>> read() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    try (InputStream in = Lex.class.getResourceAsStream("/org/policyfeed/extract/gazetteer.txt")) {
      if (in == null) {
        throw new IllegalStateException("gazetteer.txt is missing from the jar");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String section = "";
      Set<String> seen = new HashSet<>();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String l = line.strip();
        if (l.isEmpty() || l.startsWith("#")) {
          continue;
        }
        if (l.startsWith("[") && l.endsWith("]")) {
          section = l.substring(1, l.length() - 1);
          seen.clear();
          continue;
        }
        if (seen.add(l)) {
          out.computeIfAbsent(section, k -> new java.util.ArrayList<>()).add(l);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** {@link #ROLE_WORDS} for look-ups of ASCII words in lower case without copying them. */
  private static final LowerSet ROLE_TABLE = new LowerSet(ROLE_WORDS);
  /**
   * Every word {@link #isHonorific} accepts: an honorific as written, without its final stop, or with a stop
   * added.
   */
  static final Set<String> HONORIFIC_FORMS;

  static {
    Set<String> forms = new HashSet<>();
    for (String h : HONORIFICS) {
      forms.add(h);
      forms.add(h + ".");
      if (h.endsWith(".")) {
        forms.add(h.substring(0, h.length() - 1));
      }
    }
    HONORIFIC_FORMS = Set.copyOf(forms);
  }

  /**
   * Whether a word is a role word: in lower case, or the part after its last hyphen, in {@link #ROLE_WORDS}, or it
   * is a {@link #ROLE_ABBREVIATIONS} key as written.
   */
  static boolean isRoleWord(String word) {
    int n = word.length();
    int dash = -1;
    for (int i = 0; i < n; i++) {
      char c = word.charAt(i);
      if (c >= 0x80 && !LowerSet.simple(c)) {
        return isRoleWordSlow(word);
      }
      if (c == '-') {
        dash = i;
      }
    }
    // lower case char by char keeps every offset, so the look-ups need no lower-case copy
    return ROLE_TABLE.containsLower(word, 0, n) || ROLE_ABBREVIATIONS.containsKey(word)
        || dash > 0 && dash + 1 < n && ROLE_TABLE.containsLower(word, dash + 1, n);
  }

  /** {@code isRoleWord(t.substring(from, to))}, without the copy but for words with rare chars. */
  static boolean isRoleWord(String t, int from, int to) {
    int dash = -1;
    for (int i = from; i < to; i++) {
      char c = t.charAt(i);
      if (c >= 0x80 && !LowerSet.simple(c)) {
        return isRoleWordSlow(t.substring(from, to));
      }
      if (c == '-') {
        dash = i;
      }
    }
    return ROLE_TABLE.containsLower(t, from, to) || ABBREVIATION_KEYS.flags(t, from, to) != 0
        || dash > from && dash + 1 < to && ROLE_TABLE.containsLower(t, dash + 1, to);
  }

  /** The keys of {@link #ROLE_ABBREVIATIONS}, for look-ups by range. */
  private static final WordTable ABBREVIATION_KEYS = new WordTable(flagged(ROLE_ABBREVIATIONS.keySet(), 1));

  /** Each word with the given flag. */
  static Map<String, Integer> flagged(Set<String> words, int flag) {
    Map<String, Integer> m = new HashMap<>();
    for (String w : words) {
      m.put(w, flag);
    }
    return m;
  }

  private static boolean isRoleWordSlow(String word) {
    String w = word.toLowerCase(java.util.Locale.ROOT);
    int dash = w.lastIndexOf('-');
    return ROLE_WORDS.contains(w) || ROLE_ABBREVIATIONS.containsKey(word)
        || dash > 0 && dash + 1 < w.length() && ROLE_WORDS.contains(w.substring(dash + 1));
  }

  /** Whether a word is an honorific, as written, with a stop added, or without its final stop. */
  static boolean isHonorific(String word) {
    return HONORIFIC_FORMS.contains(word);
  }

  /**
   * A fixed set of strings, looked up by a range of chars taken in lower case as
   * {@code toLowerCase(Locale.ROOT)} does it for a string of {@link #simple} chars: char by char with
   * {@link Character#toLowerCase(char)}.
   */
  static final class LowerSet {
    private final String[] table;

    LowerSet(Set<String> words) {
      int size = Integer.highestOneBit(Math.max(4, words.size() * 4));
      table = new String[size];
      for (String w : words) {
        int h = hash(w, 0, w.length()) & (size - 1);
        while (table[h] != null) {
          h = (h + 1) & (size - 1);
        }
        table[h] = w;
      }
    }

    /**
     * Whether {@code String.toLowerCase(Locale.ROOT)} maps a char on its own to one char: not a surrogate, not
     * {@code U+0130} (which becomes two chars) and not {@code U+03A3} (whose lower case depends on the context).
     */
    static boolean simple(char c) {
      return !Character.isSurrogate(c) && c != '\u0130' && c != '\u03a3';
    }

    private static char lower(char c) {
      return c < 0x80 ? c >= 'A' && c <= 'Z' ? (char) (c + 32) : c : Character.toLowerCase(c);
    }

    private static int hash(String s, int from, int to) {
      int h = 0;
      for (int i = from; i < to; i++) {
        h = 31 * h + lower(s.charAt(i));
      }
      return h ^ (h >>> 16);
    }

    /** Whether {@code s[from, to)}, all {@link #simple} chars, in lower case is in the set. */
    boolean containsLower(String s, int from, int to) {
      int mask = table.length - 1;
      int h = hash(s, from, to) & mask;
      for (String w = table[h]; w != null; h = (h + 1) & mask, w = table[h]) {
        if (w.length() == to - from && equalsLower(w, s, from)) {
          return true;
        }
      }
      return false;
    }

    private static boolean equalsLower(String w, String s, int from) {
      for (int i = 0; i < w.length(); i++) {
        if (lower(s.charAt(from + i)) != w.charAt(i)) {
          return false;
        }
      }
      return true;
    }
  }
}
