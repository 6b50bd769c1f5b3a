package org.policyfeed.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.policyfeed.testing.GeneratedFeed;

/**
 * {@link HtmlBlocks} against {@link HtmlBlocksReference}, its layout before runs of inline text were
 * found with a table: the same events (inline text up to markup, inline text as a whole, single
 * chars, line breaks, blocks, lists, items, cells) give the same text. The events come from a crude walk
 * over the HTML fragments of the seed, a generated feed, the test resources and the feedparser
 * conformance corpus, and from random strings over an alphabet of spaces, markup and letters.
 */
class HtmlBlocksDifferentialTest {
  private static final Path SEED = Path.of("testdata/icmpd-news-2019-03.rss");
  private static final Path RESOURCES = Path.of("src/test/resources");
  private static final Path CONFORMANCE = Path.of("../shared/conformance/feedparser");

  /** Both layouts, fed the same events. */
  private static final class Pair {
    final HtmlBlocks fresh = new HtmlBlocks(16);
    final HtmlBlocksReference old = new HtmlBlocksReference(16);

    void reset(int length) {
      fresh.reset(length);
      old.reset(length);
    }

    /** Inline text up to markup from {@code from}; returns where both stopped. */
    int untilMarkup(String s, int from) {
      int a = fresh.inlineUntilMarkup(s, from, s.length());
      int b = old.inlineUntilMarkup(s, from, s.length());
      assertEquals(b, a, () -> "stop in " + s);
      return a;
    }

    void inline(String s, int from, int to) {
      fresh.inline(s, from, to);
      old.inline(s, from, to);
    }

    void inline(char c) {
      fresh.inline(c);
      old.inline(c);
    }

    /** An event for a tag, chosen by its name. */
    void tag(String name) {
      switch (name) {
        case "br" -> {
          fresh.lineBreak();
          old.lineBreak();
        }
        case "ul", "ol" -> {
          fresh.startList(name.equals("ol"), "3");
          old.startList(name.equals("ol"), "3");
        }
        case "/ul", "/ol" -> {
          fresh.endList();
          old.endList();
        }
        case "li" -> {
          fresh.startItem();
          old.startItem();
        }
        case "td", "th" -> {
          fresh.cell();
          old.cell();
        }
        case "p", "/p", "div", "/div", "h1", "h2", "h3", "/h1", "/h2", "/h3", "/li", "blockquote" -> {
          fresh.endBlock();
          old.endBlock();
        }
        default -> { }
      }
    }

    void check(String where) {
      assertEquals(old.result(), fresh.result(), where);
    }
  }

  /**
   * Walks a fragment: text up to markup through {@link HtmlBlocks#inlineUntilMarkup}, a tag's name (up
   * to its {@code >}) as an event, any other stop char as a single inline char.
   */
  private static void walk(Pair p, String html) {
    p.reset(html.length());
    int i = 0;
    int n = html.length();
    while (i < n) {
      char c = html.charAt(i);
      if (c == '<') {
        int gt = html.indexOf('>', i);
        if (gt < 0) {
          p.inline(c);
          i++;
          continue;
        }
        int end = i + 1;
        while (end < gt && html.charAt(end) != ' ' && html.charAt(end) != '/' || end == i + 1 && end < gt) {
          end++;
        }
        p.tag(html.substring(i + 1, end).toLowerCase(java.util.Locale.ROOT));
        i = gt + 1;
      } else if (c == '&' || c == 0) {
        p.inline(c);
        i++;
      } else {
        i = p.untilMarkup(html, i);
      }
    }
    p.check(html);
    // the same fragment as inline text in one piece, and in pieces
    p.reset(n);
    p.inline(html, 0, n);
    p.check(html);
    p.reset(n);
    for (int k = 0; k < n; k += 7) {
      p.inline(html, k, Math.min(n, k + 7));
      if (k % 3 == 0) {
        p.tag("br");
      }
    }
    p.check(html);
  }

  private static int walkAll(List<String> fragments) {
    Pair p = new Pair();
    for (String f : fragments) {
      walk(p, f);
    }
    return fragments.size();
  }

  @Test
  void realFragmentsGiveTheSameText() throws IOException {
    List<String> fragments = new ArrayList<>(HtmlFastPathTest.staxFragments(Files.readAllBytes(SEED)));
    try (InputStream in = new GeneratedFeed(200, 6)) {
      fragments.addAll(HtmlFastPathTest.staxFragments(in.readAllBytes()));
    }
    List<Path> files = new ArrayList<>();
    for (Path root : new Path[] {RESOURCES, CONFORMANCE}) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(Files::isRegularFile).filter(f -> {
          String name = f.getFileName().toString();
          return name.endsWith(".rss") || name.endsWith(".atom") || name.endsWith(".rdf") || name.endsWith(".xml");
        }).sorted().forEach(files::add);
      }
    }
    for (Path f : files) {
      fragments.addAll(HtmlFastPathTest.staxFragments(Files.readAllBytes(f)));
    }
    assertTrue(walkAll(fragments) > 1000, "fragments: " + fragments.size());
  }

  @Test
  void inventedRandomTextGivesTheSameText() {
    // invented: random strings over spaces of every kind, markup chars, NUL and letters
    String alphabet = "ab \t\n\r\f  <&\0é\u00a0\u2022.1Ω";
    Random random = new Random(7);
    List<String> fragments = new ArrayList<>();
    for (int k = 0; k < 20000; k++) {
      int len = random.nextInt(40);
      StringBuilder sb = new StringBuilder(len);
      for (int i = 0; i < len; i++) {
        if (random.nextInt(12) == 0) {
          sb.append(new String[] {"<p>", "<br>", "<li>", "<ol>", "</ol>", "<ul>", "</ul>", "<td>", "</p>"}
              [random.nextInt(9)]);
        } else {
          sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
      }
      fragments.add(sb.toString());
    }
    walkAll(fragments);
  }
}
