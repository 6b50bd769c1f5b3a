package org.policyfeed.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policyfeed.testing.RealFeeds;

/**
 * Differential tests for the look-ups by range in {@link Persons}, {@link Lex} and {@link WordTable}: each against
 * the look-up of a copied word it replaced (the old code kept here verbatim), on the words and appositives of real
 * texts ({@link RealFeeds#texts}) and of seeded random texts made of fragments chosen to hit the edges (invented
 * for this test).
 */
class PersonsRangesTest {
  private static final Set<String> CONNECTORS = Set.of("of", "the", "for", "at", "in", "on", "to", "with",
      "within", "from", "de", "du", "des", "la", "and", "&");
  private static final String[] ARTICLES = {"the ", "The ", "a ", "an ", "A ", "An "};

  /** Fragments for random texts (invented). */
  private static final String[] FRAGMENTS = {"Director", "Head", "Minister", "Deputy", "Ambassador", "Dr", "Dr.",
      "H.E.", "Mr", "Mrs.", "Prof.", "of", "the", "The", "a", "an", "An", "for", "at", "with", "within", "from",
      "and", "&", "Programme", "Ministry", "Office", "Ελλάδα", "Łódź", "İstanbul", "ΣΑ", "Anna", "Berg", "UN", "ICMPD",
      ",", ", ", ",,", ".", "(", ")", "\u00a0", " ", "  ", "\t", "\n", "U.S.", "𝐀bc", "\ud835", "é", "e\u0301",
      "Director-General", "Vice-Minister", "vice-director", "DIRECTOR", "Ecuador's", "ICMPD’s", "Head of", "Mayor",
      "Secretary", "General", "Senior", "Officer", "Manager", "1st", "22nd", "3rd", "4th", "5x", "Republic",
      "Bulgaria", "Interior", "Labour", "Employment", "Chief", "DG", "Embassy", "-", "’s", "Member", "point"};

  private static List<String> texts;

  @BeforeAll
  static void load() {
    texts = new ArrayList<>(RealFeeds.texts());
    texts.addAll(RealFeeds.randomTexts(FRAGMENTS, 20250101L, 30_000, 25));
  }

  /** Every word of every text: the ranges between white space and some punctuation, and pieces of them. */
  private interface WordCheck {
    void check(String t, int s, int e);
  }

  private static void eachWord(WordCheck c) {
    for (String t : texts) {
      int s = 0;
      for (int i = 0; i <= t.length(); i++) {
        if (i == t.length() || Character.isWhitespace(t.charAt(i)) || t.charAt(i) == '\u00a0'
            || ",;:()“”\"".indexOf(t.charAt(i)) >= 0) {
          if (i > s) {
            c.check(t, s, i);
            c.check(t, s, Math.max(s, i - 1)); // the word less its last char (a stop, a comma)
          }
          s = i + 1;
        }
      }
    }
  }

  @Test
  void roleWordByRangeAsByCopy() {
    long[] roles = new long[1];
    eachWord((t, s, e) -> {
      boolean want = Lex.isRoleWord(t.substring(s, e));
      if (Lex.isRoleWord(t, s, e) != want) {
        assertThat(Lex.isRoleWord(t, s, e)).as("[%d, %d) of %s", s, e, t).isEqualTo(want);
      }
      roles[0] += want ? 1 : 0;
    });
    for (String w : Lex.ROLE_WORDS) {
      String x = "(" + w + ")";
      assertThat(Lex.isRoleWord(x, 1, x.length() - 1)).as(w).isTrue();
    }
    for (String w : Lex.ROLE_ABBREVIATIONS.keySet()) {
      assertThat(Lex.isRoleWord(" " + w, 1, w.length() + 1)).as(w).isTrue();
    }
    assertThat(roles[0]).isGreaterThan(1000);
  }

  @Test
  void wordTableAsAMap() {
    Map<String, Integer> m = new HashMap<>();
    int bit = 1;
    for (Set<String> set : List.of(Lex.HONORIFIC_FORMS, Lex.NOT_NAME, Lex.ORG_HEADS, Lex.DOC_HEADS,
        Lex.KIND_WORDS.keySet())) {
      for (String w : set) {
        m.merge(w, bit, (a, b) -> a | b);
      }
      bit <<= 1;
    }
    m.put("", 64);
    WordTable table = new WordTable(m);
    long[] found = new long[1];
    eachWord((t, s, e) -> {
      int want = m.getOrDefault(t.substring(s, e), 0);
      if (table.flags(t, s, e) != want) {
        assertThat(table.flags(t, s, e)).as("[%d, %d) of %s", s, e, t).isEqualTo(want);
      }
      found[0] += want != 0 ? 1 : 0;
    });
    for (Map.Entry<String, Integer> en : m.entrySet()) {
      String x = "x" + en.getKey() + "x";
      assertThat(table.flags(x, 1, x.length() - 1)).as(en.getKey()).isEqualTo(en.getValue());
    }
    assertThat(found[0]).isGreaterThan(1000);
  }

  @Test
  void startsWithRoleAndSplitRoleAsBefore() {
    Random r = new Random(11);
    long roles = 0;
    long n = 0;
    for (String t : texts) {
      List<Integer> froms = new ArrayList<>();
      for (int i = t.indexOf(','); i >= 0 && froms.size() < 20; i = t.indexOf(',', i + 1)) {
        froms.add(i + 1);
      }
      for (int k = 0; k < 2 && !t.isEmpty(); k++) {
        froms.add(r.nextInt(t.length()));
      }
      for (int from : froms) {
        for (String ap : new String[] {Persons.appositive(t, from, t.length(), new int[1]),
            t.substring(from, Math.min(t.length(), from + r.nextInt(60)))}) {
          boolean want = oldStartsWithRole(ap);
          assertThat(Persons.startsWithRole(ap)).as(ap).isEqualTo(want);
          if (want) {
            assertThat(Persons.splitRole(ap)).as(ap).containsExactly(oldSplitRole(ap));
            roles++;
          }
          n++;
        }
      }
    }
    assertThat(roles).isGreaterThan(1000);
    assertThat(n).isGreaterThan(10_000);
  }

  // ---- the old code, verbatim ----------------------------------------------------------------------------------

  private static boolean oldStartsWithRole(String ap) {
    String[] w = Doc.words(stripArticle(ap));
    for (int i = 0; i < Math.min(5, w.length); i++) {
      String x = w[i].replace(",", "");
      if (Lex.isRoleWord(x)) {
        return true;
      }
      if (i > 0 && CONNECTORS.contains(x)) {
        return false;
      }
    }
    return false;
  }

  private static String stripArticle(String s) {
    String t = s.strip();
    for (String a : ARTICLES) {
      if (t.startsWith(a)) {
        return t.substring(a.length());
      }
    }
    return t;
  }

  private static String stripThe(String s) {
    String t = s.strip();
    if (t.startsWith("the ") || t.startsWith("The ")) {
      return t.substring(4);
    }
    return t;
  }

  private static boolean allPortfolio(String[] w, int from, int to) {
    if (from >= to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      String x = w[i].replace(",", "");
      if (!Lex.PORTFOLIO.contains(x) && !x.equals("and") && !x.equals("&")) {
        return false;
      }
    }
    return true;
  }

  private static String[] oldSplitRole(String phrase) {
    String p = stripArticle(phrase);
    String[] w = Doc.words(p);
    String lead = null;
    if (w.length >= 2 && !Lex.isRoleWord(w[0]) && (w[0].endsWith("’s") || w[0].endsWith("'s")
        || Doc.allCaps(w[0]) && w[0].length() >= 2 && Doc.capitalised(w[1]))) {
      lead = Doc.stripPossessive(w[0]);
      p = p.substring(p.indexOf(w[0]) + w[0].length()).strip();
      w = Doc.words(p);
    }
    List<Integer> preps = new ArrayList<>();
    for (int i = 1; i < w.length; i++) {
      String x = w[i];
      if (x.equals("of") || x.equals("at") || x.equals("with") || x.equals("within") || x.equals("from")) {
        preps.add(i);
      }
    }
    int comma = p.indexOf(", ");
    if (comma > 0) {
      String head = p.substring(0, comma);
      String rest = p.substring(comma + 2);
      boolean headHasPrep = false;
      for (String x : Doc.words(head)) {
        if (x.equals("of") || x.equals("at") || x.equals("with") || x.equals("within") || x.equals("from")) {
          headHasPrep = true;
        }
      }
      boolean orgRest = false;
      for (String x : Doc.words(rest)) {
        if (Lex.ORG_HEADS.contains(x)) {
          orgRest = true;
        }
      }
      if (!headHasPrep && orgRest) {
        return new String[] {head, rest};
      }
    }
    int orgAt = -1;
    for (int k = 0; k < preps.size(); k++) {
      int pi = preps.get(k);
      String prep = w[pi];
      if (!prep.equals("of")) {
        orgAt = pi;
        break;
      }
      int segEnd = k + 1 < preps.size() ? preps.get(k + 1) : w.length;
      boolean last = k + 1 >= preps.size();
      boolean the = pi + 1 < w.length && w[pi + 1].equals("the");
      if (the) {
        boolean portfolio = segEnd - pi == 3 && Lex.PORTFOLIO.contains(w[pi + 2]) && !last;
        if (!portfolio) {
          orgAt = pi;
          break;
        }
      } else if (last && lead == null && !allPortfolio(w, pi + 1, segEnd)) {
        orgAt = pi;
        break;
      }
    }
    String role;
    String org = null;
    if (orgAt < 0) {
      role = p;
    } else {
      role = String.join(" ", java.util.Arrays.copyOfRange(w, 0, orgAt));
      String o = String.join(" ", java.util.Arrays.copyOfRange(w, orgAt + 1, w.length));
      o = stripThe(o);
      if (!Doc.capitalised(o)) {
        role = p;
      } else if (!w[orgAt].equals("from") || Doc.capitalised(w[0])) {
        org = o;
      }
    }
    role = role.strip();
    if (role.endsWith(",")) {
      role = role.substring(0, role.length() - 1);
    }
    boolean hasRole = false;
    for (String x : Doc.words(role)) {
      if (Lex.isRoleWord(x)) {
        hasRole = true;
      }
    }
    return new String[] {hasRole ? role : null, org != null ? org : lead};
  }
}
