package org.policyfeed.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policyfeed.extract.FieldText;
import org.policyfeed.extract.ItemFields;
import org.policyfeed.model.Field;
import org.policyfeed.model.Mention;
import org.policyfeed.testing.RealFeeds;

/**
 * Differential tests for the shared extraction machinery: each fast path against the code it replaced (kept here
 * verbatim), on real texts (the seed feed, the test feeds, the feedparser corpus and a generated feed, through the
 * reader) and on seeded random texts and mentions. The fragments of the random texts and the random mentions are
 * invented for this test.
 */
class ExtractCoreTest {
  private static final List<String> REAL = new ArrayList<>();
  private static final List<String> RANDOM = new ArrayList<>();

  /** Fragments for random texts (invented): accents, non-Latin scripts, marks, odd cases, punctuation. */
  private static final String[] FRAGMENTS = {"A", "Ab", "Anna", "ABC", "x", "9", "12", "Łódź", "São", "Tomé",
      "Ελλάδα", "ΣΟΦΙΑ", "Σ", "ς", "Öz", "Zürich", "ß", "ﬁ", "ŉ", "Ǆ", "ǅ", "\u0130", "\u0131", "\u212a", "\u212b",
      "e\u0301", "\u0301", "\u20dd", "\ud835\udc00", "\ud835", "\udc00", "中文", "ª", "º", "½", "²", "Ⅻ",
      "-", "'", "’", "‘", "“", "”", "–", "—", "…", "•", ".", ",", " ", " ", " ", "\u00a0", "\t", "\n", "\r",
      "\u2028", "_", "(", ")", "&", "e.g.", "U.S.", "U.\u212a.", "Dr.", "Mr", "\u0130nc.", "Ph.D.", "Mt.", ".The",
      "participants.The", "!", "?", "\"", "the", "of", "and", "Programme", "Initiative"};

  @BeforeAll
  static void texts() {
    REAL.addAll(RealFeeds.texts());
    RANDOM.addAll(RealFeeds.randomTexts(FRAGMENTS, 20261130L, 20_000, 30));
  }

  private static List<String> all() {
    List<String> l = new ArrayList<>(REAL);
    l.addAll(RANDOM);
    return l;
  }

  // ---- Rules.normalise ---------------------------------------------------------------------------------------

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** Rules.normalise as it was first written: with regular expressions only. */
  private static String oldNormalise(String s) {
    String d = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    return NON_WORD.matcher(d.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  private static final Pattern CAP_PHRASE = Pattern.compile(Doc.CAPPHRASE);

  @Test
  void normaliseAsTheRegularExpressions() {
    List<String> inputs = new ArrayList<>();
    for (int c = 0; c < 0x2100; c++) {
      String x = String.valueOf((char) c);
      inputs.add(x);
      inputs.add("A" + x);
      inputs.add(x + "b c");
      inputs.add(" " + x + " ");
    }
    for (String t : all()) {
      inputs.add(t);
      Matcher m = CAP_PHRASE.matcher(t);
      while (m.find()) {
        inputs.add(m.group()); // what knownMentions and the person keys normalise
      }
    }
    Random r = new Random(7);
    for (String s : inputs) {
      assertThat(Rules.normalise(s)).as(s).isEqualTo(oldNormalise(s));
      int from = s.isEmpty() ? 0 : r.nextInt(s.length() + 1);
      int to = from + (s.length() == from ? 0 : r.nextInt(s.length() - from + 1));
      String prefix = r.nextBoolean() ? "n:" : "";
      assertThat(Rules.normalise(prefix, s, from, to)).as(s).isEqualTo(prefix + oldNormalise(s.substring(from, to)));
    }
  }

  @Test
  void normaliseGivesTheNameItselfWhenItIsAKey() {
    String key = "sao tome programme 2";
    assertThat(Rules.normalise(key)).isSameAs(key);
    assertThat(Rules.normalise("São Tomé  Programme-2")).isEqualTo(key);
    StringBuilder longName = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      longName.append("Łódź ");
    }
    assertThat(Rules.normalise(longName.toString())).isEqualTo(oldNormalise(longName.toString()));
  }

  // ---- Rules.sortMentions -----------------------------------------------------------------------------------

  /** Rules.sortMentions as it was. */
  private static List<Mention> oldSortMentions(List<Mention> mentions) {
    Map<String, Mention> unique = new LinkedHashMap<>();
    for (Mention m : mentions) {
      unique.putIfAbsent(m.field() + ":" + m.start() + ":" + m.end(), m);
    }
    List<Mention> out = new ArrayList<>(unique.values());
    out.sort(Comparator.comparing(Mention::field).thenComparingInt(Mention::start));
    return out;
  }

  @Test
  void sortMentionsAsBefore() {
    Random r = new Random(11);
    Field[] fields = Field.values();
    for (int k = 0; k < 20_000; k++) {
      List<Mention> ms = new ArrayList<>();
      int n = r.nextInt(12);
      boolean ordered = r.nextInt(3) == 0;
      int at = 0;
      for (int i = 0; i < n; i++) {
        int start = ordered ? (at += 1 + r.nextInt(3)) : r.nextInt(6);
        int end = start + r.nextInt(3);
        Field f = ordered ? Field.TEXT : fields[r.nextInt(fields.length)];
        ms.add(new Mention(f, start, end, "m" + i, "s" + i)); // the texts tell apart equal ranges
      }
      assertThat(Rules.sortMentions(ms)).as(ms.toString()).containsExactlyElementsOf(oldSortMentions(ms));
    }
  }

  // ---- FieldText and ItemFields ---------------------------------------------------------------------------

  @Test
  void fieldTextAsBefore() {
    Random r = new Random(13);
    for (String t : all()) {
      FieldText f = FieldText.of(Field.TEXT, t);
      int[] b = Sentences.split(t);
      assertThat(f.sentences()).hasSize(b.length / 2);
      for (int i = 0; i < b.length / 2; i++) {
        FieldText.Sentence s = f.sentences().get(i);
        assertThat(s).isEqualTo(new FieldText.Sentence(b[2 * i], b[2 * i + 1]));
        assertThat(f.text(s)).isEqualTo(t.substring(b[2 * i], b[2 * i + 1]));
      }
      for (int k = 0; k < 20 && !t.isEmpty(); k++) {
        int start = r.nextInt(t.length());
        int end = start + r.nextInt(Math.min(40, t.length() - start) + 1);
        FieldText.Sentence s = oldSentenceAt(b, t, start);
        assertThat(f.sentenceAt(start)).isEqualTo(s);
        int from = Math.min(s.start(), start);
        int to = Math.max(s.end(), end);
        assertThat(f.mention(start, end))
            .isEqualTo(new Mention(Field.TEXT, start, end, t.substring(start, end), t.substring(from, to)));
        FieldText.Sentence odd = new FieldText.Sentence(start, end);
        assertThat(f.text(odd)).isEqualTo(t.substring(start, end));
      }
    }
  }

  /** FieldText.sentenceAt as it was. */
  private static FieldText.Sentence oldSentenceAt(int[] bounds, String text, int offset) {
    int n = bounds.length / 2;
    if (n == 0) {
      return new FieldText.Sentence(0, text.length());
    }
    int lo = 0;
    int hi = n - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (bounds[2 * mid + 1] <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return new FieldText.Sentence(bounds[2 * lo], bounds[2 * lo + 1]);
  }

  @Test
  void fieldTextFailsAsBefore() {
    FieldText f = FieldText.of(Field.TITLE, "One. Two.");
    FieldText blank = FieldText.of(Field.TITLE, "   ");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> f.mention(5, 3))
        .isInstanceOf(StringIndexOutOfBoundsException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> f.mention(-1, 3))
        .isInstanceOf(StringIndexOutOfBoundsException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> f.text(new FieldText.Sentence(4, 20)))
        .isInstanceOf(StringIndexOutOfBoundsException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> f.sentences().get(2))
        .isInstanceOf(ArrayIndexOutOfBoundsException.class);
    assertThat(blank.sentences()).isEmpty();
    assertThat(blank.sentenceAt(1)).isEqualTo(new FieldText.Sentence(0, 3));
    assertThat(blank.mention(1, 2)).isEqualTo(new Mention(Field.TITLE, 1, 2, " ", "   "));
    assertThat(f.mention(0, 3)).isEqualTo(new Mention(Field.TITLE, 0, 3, "One", "One."));
    assertThat(f.mention(5, 9).sentence()).isSameAs(f.mention(6, 8).sentence()).isSameAs(
        f.text(f.sentenceAt(5)));
  }

  @Test
  void itemFieldsAsBefore() {
    ItemFields none = ItemFields.of(null, "", null, null);
    assertThat(none.fields()).isEmpty();
    ItemFields some = ItemFields.of("T", null, "Body.", null);
    assertThat(some.fields()).extracting(FieldText::field).containsExactly(Field.TITLE, Field.TEXT);
    assertThat(some.field(Field.TEASER)).isNull();
    assertThat(ItemFields.of("T", "S", "B", null).fields()).extracting(FieldText::text)
        .containsExactly("T", "S", "B");
  }

  // ---- Sentences.abbreviation ---------------------------------------------------------------

  private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("mr", "ms", "mrs", "dr", "prof",
      "st", "jr", "sr", "no", "nos", "vs", "e.g", "i.e", "u.s", "u.k", "h.e", "ph.d", "gen", "col", "lt", "rev",
      "hon", "amb", "cf", "approx", "inc", "ltd", "co", "art", "para", "fig", "vol", "pp", "ca", "op", "mt", "sen",
      "rep", "gov", "u.n", "e.u", "dept", "min");

  /** Sentences.abbreviation as it was. */
  private static boolean oldAbbreviation(String t, int dot) {
    int s = dot;
    while (s > 0 && !Character.isWhitespace(t.charAt(s - 1)) && "(“\"'‘".indexOf(t.charAt(s - 1)) < 0
        && dot - s < 12) {
      s--;
    }
    String w = t.substring(s, dot);
    if (w.length() == 1 && Character.isUpperCase(w.charAt(0))) {
      return true;
    }
    return ABBREVIATIONS.contains(w.toLowerCase(Locale.ROOT));
  }

  @Test
  void abbreviationsAsBefore() {
    for (String t : all()) {
      for (int i = t.indexOf('.'); i >= 0; i = t.indexOf('.', i + 1)) {
        assertThat(Sentences.abbreviation(t, i)).as(t).isEqualTo(oldAbbreviation(t, i));
      }
    }
  }

  // ---- Scan.reset ---------------------------------------------------------------------------------------------

  /** Invented for this test: a word after "in ", anchored there. */
  private static final Pattern IN_WORD = Pattern.compile("(?<=\\bin )(\\p{Lu}\\w*)");

  private static List<Integer> scanAll(Scan s) {
    List<Integer> out = new ArrayList<>();
    while (s.find()) {
      out.add(s.m.start());
      out.add(s.m.end());
    }
    return out;
  }

  private static List<Integer> findAll(Pattern p, String t) {
    List<Integer> out = new ArrayList<>();
    Matcher m = p.matcher(t);
    while (m.find()) {
      out.add(m.start());
      out.add(m.end());
    }
    return out;
  }

  @Test
  void aResetScanFindsWhatANewOneFinds() {
    Scan caps = new Scan(Doc.CAP_PHRASE, "", Doc::capStart);
    Scan in = new Scan(IN_WORD, "", (x, i) -> true, 3, "in ");
    for (String t : all()) {
      assertThat(scanAll(caps.reset(t))).as(t).isEqualTo(findAll(Doc.CAP_PHRASE, t));
      assertThat(scanAll(in.reset(t))).as(t).isEqualTo(findAll(IN_WORD, t));
    }
    Scan half = new Scan(Doc.CAP_PHRASE, "Alpha Beta and Gamma", Doc::capStart);
    assertThat(half.find()).isTrue(); // reset in the middle of a scan
    assertThat(scanAll(half.reset("x Delta"))).containsExactly(2, 7);
  }
}
