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

  static boolean isRoleWord(String word) {
    String w = word.toLowerCase(java.util.Locale.ROOT);
    int dash = w.lastIndexOf('-');
    return ROLE_WORDS.contains(w) || ROLE_ABBREVIATIONS.containsKey(word)
        || dash > 0 && dash + 1 < w.length() && ROLE_WORDS.contains(w.substring(dash + 1));
  }

  static boolean isHonorific(String word) {
    return HONORIFICS.contains(word) || HONORIFICS.contains(word + ".")
        || word.endsWith(".") && HONORIFICS.contains(word.substring(0, word.length() - 1));
  }
}
