package org.policyfeed.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.policyfeed.FeedReader;
import org.policyfeed.FeedStream;
import org.policyfeed.model.NewsItem;
import org.policyfeed.testing.GeneratedFeed;

/**
 * {@link RuleFilter#mayChange} gives exactly the bits of {@link RuleFilterReference}, the filter as it was
 * before its inner loop learned to step over more of plain text by itself (capitalised words, numbers), on
 * the texts the stage sees: unrepaired texts of the seed feed, of a generated feed and of the feedparser
 * conformance corpus, the repair corpora, random texts of {@link RepairTexts}, and invented random strings
 * over a small alphabet of the characters the loop treats specially.
 */
class RuleFilterFastPathTest {
  private static final Path CONFORMANCE = Path.of("../shared/conformance/feedparser");

  private static void same(String text) {
    assertThat(RuleFilter.mayChange(text)).as("bits for %s", text).isEqualTo(RuleFilterReference.mayChange(text));
  }

  private static List<String> unrepaired(byte[] feed) {
    List<String> out = new ArrayList<>();
    FeedReader reader = FeedReader.builder().repairs(false).build();
    try (FeedStream s = reader.open(feed)) {
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
      // not a feed the reader takes
    }
    return out;
  }

  @Test
  void feedTextsGetTheSameBits() throws IOException {
    List<String> texts = new ArrayList<>(unrepaired(Files.readAllBytes(SeedTexts.FEED)));
    try (GeneratedFeed feed = new GeneratedFeed(300, 6)) {
      texts.addAll(unrepaired(feed.readAllBytes()));
    }
    if (Files.isDirectory(CONFORMANCE)) {
      try (Stream<Path> files = Files.walk(CONFORMANCE)) {
        for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
          if (f.getFileName().toString().endsWith(".xml")) {
            texts.addAll(unrepaired(Files.readAllBytes(f)));
          }
        }
      }
    }
    Corpus.controls().forEach(c -> texts.add(c.text()));
    Corpus.damaged().forEach(d -> {
      texts.add(d.damaged());
      texts.add(d.clean());
    });
    assertThat(texts).hasSizeGreaterThan(1000);
    for (String t : texts) {
      same(t);
      // the same text cut short, so that word starts fall near the end (the glue filters stop there)
      for (int cut = Math.max(0, t.length() - 40); cut < t.length(); cut += 3) {
        same(t.substring(0, cut));
      }
    }
  }

  @Test
  void randomTextsGetTheSameBits() {
    for (int c = 0; c < 20_000; c++) {
      same(RepairTexts.randomText(new Random(0x5eed_0000L + c)));
    }
  }

  /** Invented strings: words, capitals, digits, accents, punctuation and spaces in every order. */
  @Test
  void inventedStringsGetTheSameBits() {
    String[] pieces = {"a", "word", " ", " ", " ", "  ", "\n", "\n\n", "A", "Word", "ICMPD", "1", "2019", "é", "éé",
        "Ü", ".", ",", ";", ":", "!", "?", ")", "\"", "&", "\u00a0", "\u2013", "\u0395", "\u03bb", "(", "1.5", "3,4"};
    Random rnd = new Random(0x1f17e5L);
    for (int c = 0; c < 50_000; c++) {
      StringBuilder sb = new StringBuilder();
      int parts = 1 + rnd.nextInt(c % 10 == 0 ? 120 : 25);
      for (int k = 0; k < parts; k++) {
        sb.append(pieces[rnd.nextInt(pieces.length)]);
      }
      same(sb.toString());
    }
  }
}
