package org.policyfeed.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policyfeed.model.Field;

/**
 * Seeded property tests: clean text comes back unchanged, and clean text with damage injected at random
 * places comes back clean. Each case has its own seed, {@code BASE_SEED + case}, printed on failure; set
 * {@code -Drepair.seed=N} to rerun one case, {@code -Drepair.cases=N} to run more.
 */
class RepairPropertyTest {
  private static final long BASE_SEED = 0x5eed_2019_03L;
  private static final int CASES = Integer.getInteger("repair.cases", 4000);
  private static final Charset CP1252 = Charset.forName("windows-1252");
  private static final RepairStage STAGE = RepairStage.create(true, Set.of());
  private static List<String> clean;

  @BeforeAll
  static void sources() {
    clean = new ArrayList<>();
    Corpus.controls().forEach(c -> clean.add(c.text()));
    Corpus.damaged().forEach(d -> clean.add(d.clean()));
    clean.addAll(SeedTexts.repairedTexts());
  }

  @Test
  void cleanTextIsUnchanged() {
    for (String text : clean) {
      RepairStage.Result r = STAGE.apply(Field.TEXT, text);
      assertThat(r.repairs()).as(text).isEmpty();
      assertThat(r.text()).isEqualTo(text);
    }
  }

  @Test
  void injectedDamageIsRepaired() {
    Long only = Long.getLong("repair.seed");
    int failures = 0;
    StringBuilder report = new StringBuilder();
    int damagedCases = 0;
    for (int c = 0; c < CASES; c++) {
      long seed = only != null ? only : BASE_SEED + c;
      Random rnd = new Random(seed);
      String original = clean.get(rnd.nextInt(clean.size()));
      List<String> done = new ArrayList<>();
      String damaged = damage(original, rnd, done);
      if (damaged.equals(original)) {
        continue;
      }
      damagedCases++;
      String repaired = STAGE.apply(Field.TEXT, damaged).text();
      if (!repaired.equals(original)) {
        failures++;
        if (failures <= 5) {
          report.append("\nseed ").append(seed).append(" ").append(done).append("\n  damaged:  ").append(show(damaged))
              .append("\n  repaired: ").append(show(repaired)).append("\n  clean:    ").append(show(original));
        }
      }
      if (only != null) {
        break;
      }
    }
    assertThat(failures).as("failed cases (of " + damagedCases + ")" + report).isZero();
    assertThat(damagedCases).isGreaterThan(Math.min(CASES, 1) / 2);
  }

  /** Applies one to three kinds of damage: first a structural one, then character-level ones. */
  static String damage(String text, Random rnd, List<String> done) {
    String t = text;
    int structural = rnd.nextInt(3);
    if (structural == 0) {
      t = duplicateSentences(t, rnd, done);
    } else if (structural == 1) {
      t = glueFragment(t, rnd, done);
    }
    int more = rnd.nextInt(3);
    for (int k = 0; k < more || t.equals(text); k++) {
      switch (rnd.nextInt(3)) {
        case 0 -> t = removeSpaceAfterSentence(t, rnd, done);
        case 1 -> t = mojibake(t, rnd, done);
        default -> t = nbspRun(t, rnd, done);
      }
      if (k > 6) {
        break;
      }
    }
    return t;
  }

  private static String show(String s) {
    return s.replace("\n", "⏎").replace("\u00a0", "⍽");
  }

  record Span(int start, int end) {}

  /** Eligible sentences in lines that are not list items, paragraph by paragraph. */
  static List<List<Span>> sentences(String t) {
    List<List<Span>> out = new ArrayList<>();
    int[] paras = TextShape.paragraphs(t);
    for (int k = 0; k < paras.length; k += 2) {
      List<Span> list = new ArrayList<>();
      int ls = paras[k];
      while (ls < paras[k + 1]) {
        int le = Math.min(TextShape.lineEnd(t, ls), paras[k + 1]);
        if (!TextShape.isListMarker(t, ls)) {
          int s = ls;
          while (s < le) {
            int e = TextShape.sentenceEnd(t, s, le);
            list.add(new Span(s, e));
            s = e;
            while (s < le && TextShape.isSpace(t.charAt(s))) {
              s++;
            }
          }
        }
        ls = le + 1;
      }
      out.add(list);
    }
    return out;
  }

  static String duplicateSentences(String t, Random rnd, List<String> done) {
    List<List<Span>> paras = sentences(t);
    Set<String> seen = new HashSet<>();
    Set<String> twice = new HashSet<>();
    for (List<Span> p : paras) {
      for (Span s : p) {
        String n = TextShape.normalised(t, s.start(), s.end());
        if (!seen.add(n)) {
          twice.add(n);
        }
      }
    }
    for (int attempt = 0; attempt < 10; attempt++) {
      int pi = rnd.nextInt(paras.size());
      List<Span> p = paras.get(pi);
      if (p.isEmpty()) {
        continue;
      }
      int i = rnd.nextInt(p.size());
      int j = Math.min(p.size() - 1, i + rnd.nextInt(3));
      boolean ok = true;
      for (int k = i; k <= j && ok; k++) {
        Span s = p.get(k);
        ok = RepeatedSentencesRule.eligible(t, s.start(), s.end())
            && !twice.contains(TextShape.normalised(t, s.start(), s.end()))
            && TextShape.lineStart(t, s.start()) == TextShape.lineStart(t, p.get(i).start());
      }
      if (!ok) {
        continue;
      }
      if (!hardEnd(t, p.get(i).start()) || !hardEnd(t, p.get(j).end())) {
        continue; // a run after, or ending in, an abbreviation is not told apart from one sentence
      }
      String run = t.substring(p.get(i).start(), p.get(j).end());
      // after the run itself, or at the end of a later paragraph that ends with a sentence
      int at = p.get(j).end();
      for (int q = pi + 1; q < paras.size() && rnd.nextBoolean(); q++) {
        List<Span> later = paras.get(q);
        if (!later.isEmpty()) {
          Span last = later.get(later.size() - 1);
          if (TextShape.endsSentence(t, last.start(), last.end()) && hardEnd(t, last.end())
              && TextShape.lineEnd(t, last.start()) == last.end()) {
            at = last.end();
          }
        }
      }
      done.add("duplicate@" + at);
      return t.substring(0, at) + " " + run + t.substring(at);
    }
    return t;
  }

  /** Whether the text before {@code at} does not end with an abbreviation's full stop. */
  static boolean hardEnd(String t, int at) {
    int p = at;
    while (p > 0 && TextShape.isSpace(t.charAt(p - 1))) {
      p--;
    }
    return p == 0 || t.charAt(p - 1) == '\n' || t.charAt(p - 1) != '.' || !TextShape.isAbbreviationDot(t, p - 1);
  }

  static String glueFragment(String t, Random rnd, List<String> done) {
    List<List<Span>> paras = sentences(t);
    for (int attempt = 0; attempt < 10; attempt++) {
      List<Span> p = paras.get(rnd.nextInt(paras.size()));
      if (p.isEmpty()) {
        continue;
      }
      int i = rnd.nextInt(p.size());
      int start = p.get(i).start();
      char first = t.charAt(start);
      if (!Character.isUpperCase(first) && !Character.isDigit(first)) {
        continue;
      }
      int lineEnd = TextShape.lineEnd(t, start);
      int end = start + 20 + rnd.nextInt(Math.max(1, lineEnd - start - 19));
      if (end > lineEnd || !Character.isLetterOrDigit(t.charAt(end - 1))
          || t.substring(start, end).indexOf(' ') < 0) {
        continue;
      }
      done.add("glue[" + start + "," + end + ")");
      return t.substring(0, start) + t.substring(start, end) + t.substring(start);
    }
    return t;
  }

  static String removeSpaceAfterSentence(String t, Random rnd, List<String> done) {
    List<Integer> spots = new ArrayList<>();
    for (int i = 2; i + 3 < t.length(); i++) {
      if (t.charAt(i) == '.' && t.charAt(i + 1) == ' ' && Character.isUpperCase(t.charAt(i + 2))
          && Character.isLowerCase(t.charAt(i + 3)) && Character.isLowerCase(t.charAt(i - 1))
          && Character.isLetter(t.charAt(i - 2)) && !TextShape.isAbbreviationDot(t, i)
          && plainWord(t, i, -1) && plainWord(t, i + 2, 1)) {
        spots.add(i + 1);
      }
    }
    if (spots.isEmpty()) {
      return t;
    }
    int at = spots.get(rnd.nextInt(spots.size()));
    done.add("run-together@" + at);
    return t.substring(0, at) + t.substring(at + 1);
  }

  /** Whether the word before (dir -1, ending at i) or after (dir 1, starting at i) is letters only. */
  private static boolean plainWord(String t, int i, int dir) {
    int k = dir < 0 ? i - 1 : i;
    int n = 0;
    while (k >= 0 && k < t.length() && !TextShape.isWhitespace(t.charAt(k))) {
      char c = t.charAt(k);
      boolean last = dir > 0 && (c == '.' || c == ',' || c == ';' || c == ':')
          && (k + 1 == t.length() || TextShape.isWhitespace(t.charAt(k + 1)));
      // letters only, and no capital inside the word (that would be a glue point or a CamelCase name)
      boolean innerCapital = Character.isUpperCase(c) && (dir > 0 ? n > 0 : k > 0
          && !TextShape.isWhitespace(t.charAt(k - 1)));
      if ((!Character.isLetter(c) && !last) || innerCapital) {
        return false;
      }
      n++;
      k += dir;
    }
    return n >= 2;
  }

  static String mojibake(String t, Random rnd, List<String> done) {
    if (done.stream().anyMatch(d -> d.startsWith("mojibake"))) {
      return t; // one word per case: a second pass could hit part of the first one's damage
    }
    List<Span> words = new ArrayList<>();
    int i = 0;
    while (i < t.length()) {
      while (i < t.length() && TextShape.isWhitespace(t.charAt(i))) {
        i++;
      }
      int s = i;
      boolean nonAscii = false;
      while (i < t.length() && !TextShape.isWhitespace(t.charAt(i))) {
        nonAscii |= t.charAt(i) > 0x7f;
        i++;
      }
      if (nonAscii) {
        words.add(new Span(s, i));
      }
    }
    if (words.isEmpty()) {
      return t;
    }
    Span w = words.get(rnd.nextInt(words.size()));
    String word = t.substring(w.start(), w.end());
    for (byte b : word.getBytes(StandardCharsets.UTF_8)) {
      if ((b & 0xff) == 0xa0 && !word.contains("à")) {
        return t; // Š as Å+NBSP (and the like) is left alone on purpose: see MojibakeRule
      }
    }
    int layers = 1 + rnd.nextInt(2);
    boolean latin1 = rnd.nextInt(4) == 0;
    String bad = word;
    for (int k = 0; k < layers; k++) {
      bad = latin1 ? new String(bad.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1) : cp1252(bad);
    }
    done.add("mojibake(" + word + " x" + layers + (latin1 ? " latin1" : "") + ")");
    return t.substring(0, w.start()) + bad + t.substring(w.end());
  }

  static String cp1252(String s) {
    StringBuilder sb = new StringBuilder();
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      String c = new String(new byte[] {b}, CP1252);
      sb.append(c.equals("\ufffd") ? (char) (b & 0xff) : c.charAt(0));
    }
    return sb.toString();
  }

  static String nbspRun(String t, Random rnd, List<String> done) {
    List<Integer> spaces = new ArrayList<>();
    for (int i = 1; i + 1 < t.length(); i++) {
      if (t.charAt(i) == ' ' && !TextShape.isWhitespace(t.charAt(i - 1)) && !TextShape.isWhitespace(t.charAt(i + 1))) {
        spaces.add(i);
      }
    }
    if (spaces.isEmpty()) {
      return t;
    }
    int at = spaces.get(rnd.nextInt(spaces.size()));
    String[] runs = {"\u00a0\u00a0", " \u00a0", "\u00a0 ", "  ", "\u00a0\u00a0\u00a0", " \u00a0 "};
    String run = runs[rnd.nextInt(runs.length)];
    done.add("nbsp@" + at);
    return t.substring(0, at) + run + t.substring(at + 1);
  }
}
