package org.policyfeed.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.policyfeed.FeedReader;
import org.policyfeed.FeedStream;
import org.policyfeed.model.Field;
import org.policyfeed.model.NewsItem;
import org.policyfeed.model.Repair;
import org.policyfeed.testing.GeneratedFeed;

/**
 * The fast repair stage against the frozen copy of the stage it replaced ({@link LegacyRepair}): the same
 * text, the same repairs in the same order, and the very input object back when nothing changed. Inputs
 * are what the stage really sees (the texts of the seed feed, the test feeds, a generated feed and, when
 * present, the feedparser conformance corpus, all read with repairs off), the repair corpora, the damaged
 * texts of the property test, and random texts invented here from pieces that make the rules fire.
 */
class RepairDifferentialTest {
  private static final RepairStage FAST = RepairStage.create(true, Set.of());
  private static final LegacyRepair.RepairStage OLD = LegacyRepair.RepairStage.create(true, Set.of());
  private static final Path CONFORMANCE = Path.of("../shared/conformance/feedparser");

  private static int compared;
  private static final Set<String> KINDS_SEEN = new java.util.HashSet<>();

  private static void same(Field field, String text) {
    RepairStage.Result fast = FAST.apply(field, text);
    LegacyRepair.RepairStage.Result old = OLD.apply(field, text);
    String shown = text.length() > 300 ? text.substring(0, 300) + "..." : text;
    assertThat(fast.text()).as("text of %s", shown).isEqualTo(old.text());
    assertThat(fast.repairs()).as("repairs of %s", shown).isEqualTo(old.repairs());
    assertThat(fast.text() == text).as("same object back for %s", shown).isEqualTo(old.text() == text);
    compared++;
    old.repairs().forEach(r -> KINDS_SEEN.add(r.kind()));
  }

  private static void sameForEveryRuleSet(String text) {
    same(Field.TEXT, text);
    for (String off : RepairStage.ruleNames()) {
      Set<String> disabled = Set.of(off);
      RepairStage.Result fast = RepairStage.create(true, disabled).apply(Field.TEASER, text);
      LegacyRepair.RepairStage.Result old = LegacyRepair.RepairStage.create(true, disabled).apply(Field.TEASER, text);
      assertThat(fast.text()).isEqualTo(old.text());
      assertThat(fast.repairs()).isEqualTo(old.repairs());
    }
  }

  /** Headlines, teasers and bodies of a feed as the stage gets them: read with repairs off. */
  private static List<String> texts(byte[] feed) {
    List<String> out = new ArrayList<>();
    try (FeedStream s = FeedReader.builder().repairs(false).build().open(feed)) {
      for (NewsItem item : s) {
        if (item.headline() != null) {
          out.add(item.headline());
        }
        if (item.teaser() != null) {
          out.add(item.teaser());
        }
        out.add(item.text());
      }
    } catch (RuntimeException e) {
      // not a feed the reader takes: nothing to compare
    }
    return out;
  }

  private static void sameOnFeed(byte[] feed) {
    for (String t : texts(feed)) {
      same(Field.TEXT, t);
      same(Field.TITLE, t);
    }
  }

  @Test
  void seedAndTestFeeds() throws IOException {
    sameOnFeed(Files.readAllBytes(SeedTexts.FEED));
    try (Stream<Path> files = Files.walk(Path.of("src/test/resources"))) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        String name = p.getFileName().toString();
        if (name.endsWith(".rss") || name.endsWith(".atom") || name.endsWith(".rdf") || name.endsWith(".xml")) {
          sameOnFeed(Files.readAllBytes(p));
        }
      }
    }
  }

  @Test
  void generatedFeed() throws IOException {
    try (InputStream in = new GeneratedFeed(300)) {
      sameOnFeed(in.readAllBytes());
    }
  }

  @Test
  void conformanceCorpus() throws IOException {
    if (!Files.isDirectory(CONFORMANCE)) {
      return; // the shared corpus is not checked out here
    }
    try (Stream<Path> files = Files.walk(CONFORMANCE)) {
      for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
        sameOnFeed(Files.readAllBytes(p));
      }
    }
  }

  @Test
  void repairCorpora() {
    for (Corpus.Control c : Corpus.controls()) {
      sameForEveryRuleSet(c.text());
    }
    for (Corpus.Damaged d : Corpus.damaged()) {
      sameForEveryRuleSet(d.damaged());
      sameForEveryRuleSet(d.clean());
    }
  }

  @Test
  void propertyTestDamage() {
    List<String> clean = new ArrayList<>();
    Corpus.controls().forEach(c -> clean.add(c.text()));
    Corpus.damaged().forEach(d -> clean.add(d.clean()));
    clean.addAll(SeedTexts.repairedTexts());
    for (int c = 0; c < 3000; c++) {
      Random rnd = new Random(0x5eed_2019_03L + c);
      String original = clean.get(rnd.nextInt(clean.size()));
      same(Field.TEXT, RepairPropertyTest.damage(original, rnd, new ArrayList<>()));
    }
  }

  /** Pieces of text, invented for this test, that each make one rule or another look twice. */
  private static final String[] PIECES = {
      " ", " ", " ", "  ", "\n", "\n\n", "\n \n", " \n", "\t", "\u00a0", "\u00a0\u00a0", "\u2009", "\r", "\u3000",
      ".", ". ", "! ", "? ", "\u2026", "...", ",", " ,", " .", ";", ":", ")", "\"", "\u201d", "\u201c", "(", "'",
      "The", "the", "of", "and", "Dr.", "U.S.", "e.g.", "No.", "p.", "Mr. Novak", "ICMPD", "ICMPD.The", "end.The",
      "2019.The", "1.", "\n1. ", "\n\u2022 ", "\n- ", "www.icmpd.org", "a@b.org", "file.Final.pdf", "report.PDF",
      "participants", "migration", "Vienna", "Border", "Management", "policy", "dialogue", "\u00e9", "\u00fc", "S\u00e3o",
      "\u00c3\u00b6", "\u00e2\u20ac\u2122", "\u00c3\u00a2\u00e2\u201a\u00ac\u00e2\u201e\u00a2", "\u00c5\u00a0",
      "\u00c2\u00a0", "\u00c3\u00a9", "\u00c3", "\u00e2\u20ac", "\u0395\u03bb\u03bb\u03ac\u03b4\u03b1", "\u00d3\u201d",
      "&amp;", "&amp;amp;", "&amp;#8217;", "&#38;#8217;", "&quot;", "&#8220;", "&#x2019;", "&#150;", "R&D;",
      "&bogus;", "&", "&#0;", "&#65;", "&#10;", "&#160;", "&nbsp;", "A", "Z", "0", "7", "2021", "X",
      "The Summer School selection procedure will take place until 30 April 2019. ",
      "Participants discussed the next steps of the dialogue in Vienna. ",
      "At the closing of the conference the ministers agreed",
  };

  static String randomText(Random rnd) {
    StringBuilder sb = new StringBuilder();
    int pieces = 1 + rnd.nextInt(rnd.nextBoolean() ? 8 : 60);
    for (int i = 0; i < pieces; i++) {
      sb.append(PIECES[rnd.nextInt(PIECES.length)]);
      if (rnd.nextInt(10) == 0 && sb.length() > 4) {
        // repeat a stretch of what is there, glued on or after a space or a break
        int a = rnd.nextInt(sb.length());
        int b = a + rnd.nextInt(sb.length() - a + 1);
        String glue = switch (rnd.nextInt(4)) {
          case 0 -> "";
          case 1 -> " ";
          case 2 -> "\n\n";
          default -> ". ";
        };
        sb.append(glue).append(sb, a, b);
      }
    }
    return sb.toString();
  }

  @Test
  void randomTexts() {
    for (int c = 0; c < 40_000; c++) {
      Random rnd = new Random(0x7e57_0000L + c);
      String t = randomText(rnd);
      if (c % 8 == 0) {
        sameForEveryRuleSet(t);
      } else {
        same(Field.TEXT, t);
      }
    }
    assertThat(KINDS_SEEN).as("every rule made a repair on the random texts").containsAll(RepairStage.ruleNames());
  }

  @Test
  void randomEditsOfRealTexts() {
    List<String> real = new ArrayList<>(SeedTexts.repairedTexts());
    Corpus.damaged().forEach(d -> real.add(d.damaged()));
    for (int c = 0; c < 5000; c++) {
      Random rnd = new Random(0xed17_0000L + c);
      StringBuilder sb = new StringBuilder(real.get(rnd.nextInt(real.size())));
      for (int k = 0, edits = 1 + rnd.nextInt(4); k < edits && sb.length() > 0; k++) {
        int at = rnd.nextInt(sb.length() + 1);
        if (rnd.nextBoolean()) {
          sb.insert(at, PIECES[rnd.nextInt(PIECES.length)]);
        } else {
          // a stretch copied again right where it ends, or somewhere else
          int from = rnd.nextInt(sb.length());
          int to = Math.min(sb.length(), from + 1 + rnd.nextInt(400));
          String copy = sb.substring(from, to);
          sb.insert(rnd.nextBoolean() ? to : at, copy);
        }
      }
      same(Field.TEXT, sb.toString());
    }
    assertThat(compared).isPositive();
  }
}
