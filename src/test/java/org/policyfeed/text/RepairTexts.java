package org.policyfeed.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.policyfeed.FeedReader;
import org.policyfeed.FeedStream;
import org.policyfeed.model.NewsItem;
import org.policyfeed.testing.GeneratedFeed;
import org.policyfeed.testing.RealFeeds;

/**
 * Random texts for the repair tests, built from invented pieces that make the rules fire. (The same texts
 * were used to check, while the stage was made faster, that it gave the very results of the stage it
 * replaced; that frozen copy lives in the project's history, commit ab3cf12 to 18f5da5.)
 */
final class RepairTexts {
  private RepairTexts() {}

  /** Pieces of text, invented for the repair tests, that each make one rule or another look twice. */
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

  /**
   * The texts of the real feeds ({@link RealFeeds}), and the teasers and body texts of the seed and of a
   * generated feed of 300 items as the repair stage gets them (read without repairs).
   */
  static List<String> realAndGenerated() throws IOException {
    List<String> texts = new ArrayList<>(RealFeeds.texts());
    texts.addAll(unrepaired(Files.readAllBytes(SeedTexts.FEED)));
    try (InputStream in = new GeneratedFeed(300, 6)) {
      texts.addAll(unrepaired(in.readAllBytes()));
    }
    return texts;
  }

  private static List<String> unrepaired(byte[] feed) {
    List<String> out = new ArrayList<>();
    try (FeedStream s = FeedReader.builder().repairs(false).entities(false).build().open(feed)) {
      for (NewsItem item : s) {
        if (item.teaser() != null) {
          out.add(item.teaser());
        }
        out.add(item.text());
      }
    }
    return out;
  }
}
