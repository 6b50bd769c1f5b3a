package org.policyfeed.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.policyfeed.FeedReader;
import org.policyfeed.FeedStream;
import org.policyfeed.model.NewsItem;
import org.policyfeed.testing.GeneratedFeed;

/**
 * The streaming converter ({@link HtmlScanner}) against the jsoup path ({@link
 * HtmlText#convertWithJsoup}): on every HTML fragment of the seed, the generated feeds, the test
 * resources and the feedparser conformance corpus, and on invented tricky fragments, the fast path
 * either declines or gives exactly jsoup's result (text and links), with and without a base URI.
 * Prints the share of fragments that take the fast path.
 */
class HtmlFastPathTest {
  private static final String[] BASES = {null, "https://www.example.org/news/item-1/", ""};
  private static final Path SEED = Path.of("testdata/icmpd-news-2019-03.rss");
  private static final Path RESOURCES = Path.of("src/test/resources");
  private static final Path CONFORMANCE = Path.of("../shared/conformance/feedparser");

  /** Fragments seen and how many the fast path took (with markup only: the rest never reach it). */
  private static final class Tally {
    final String name;
    int fragments;
    int withMarkup;
    int fast;

    Tally(String name) {
      this.name = name;
    }

    @Override
    public String toString() {
      return String.format("%s: %d fragments, %d with markup, %d fast (%.1f%%)", name, fragments, withMarkup,
          fast, withMarkup == 0 ? 100.0 : 100.0 * fast / withMarkup);
    }
  }

  /** Checks one fragment with every base; true when the fast path took it. */
  private static boolean same(String html, String where) {
    boolean fast = false;
    for (String base : BASES) {
      HtmlText.Result expected = HtmlText.convertWithJsoup(html, base);
      HtmlText.Result got = HtmlScanner.convert(html, base);
      if (got != null) {
        fast = true;
        assertEquals(expected, got, () -> where + " base=" + base + "\n---\n" + html + "\n---");
      }
      // the public entry point always matches the jsoup path
      if (html.indexOf('<') >= 0) {
        assertEquals(expected, HtmlText.convert(html, base), where);
      }
    }
    return fast;
  }

  private static Tally check(String name, Iterable<String> fragments) {
    Tally t = new Tally(name);
    for (String html : fragments) {
      t.fragments++;
      if (html.indexOf('<') < 0) {
        continue;
      }
      t.withMarkup++;
      if (same(html, name)) {
        t.fast++;
      } else if (Boolean.getBoolean("html.declined")) {
        System.out.println("[HtmlFastPathTest] declined (" + name + "): " + html.replace("\n", "\\n"));
      }
    }
    System.out.println("[HtmlFastPathTest] " + t);
    return t;
  }

  // ------------------------------------------------------------------ real inputs

  @Test
  void seedTakesTheFastPathAndMatches() throws IOException {
    Set<String> fragments = new LinkedHashSet<>();
    fragments.addAll(staxFragments(Files.readAllBytes(SEED)));
    fragments.addAll(readerFragments(Files.readAllBytes(SEED)));
    Tally t = check("seed", fragments);
    assertTrue(t.withMarkup >= 10);
    assertEquals(t.withMarkup, t.fast, "every seed body takes the fast path");
  }

  @Test
  void seedBodiesCutAnywhereMatch() throws IOException {
    // every prefix ending around markup: unclosed elements, cut tags, references and comments
    int cuts = 0;
    for (String html : staxFragments(Files.readAllBytes(SEED))) {
      for (int i = 1; i < html.length(); i++) {
        char c = html.charAt(i);
        char p = html.charAt(i - 1);
        if (c == '<' || c == '&' || p == '<' || p == '>' || p == '&' || p == ';' || p == '=' || p == '"') {
          same(html.substring(0, i), "seed prefix " + i);
          cuts++;
        }
      }
    }
    assertTrue(cuts > 1000, "cuts: " + cuts);
  }

  @Test
  void generatedFeedsTakeTheFastPathAndMatch() {
    for (int paragraphs : new int[] {2, 6}) {
      Set<String> fragments = new LinkedHashSet<>();
      try (InputStream in = new GeneratedFeed(300, paragraphs)) {
        fragments.addAll(staxFragments(in.readAllBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Tally t = check("generated, " + paragraphs + " paragraphs", fragments);
      assertTrue(t.withMarkup >= 300);
      assertEquals(t.withMarkup, t.fast, "every generated body takes the fast path");
    }
  }

  @Test
  void testResourcesMatch() throws IOException {
    Set<String> fragments = new LinkedHashSet<>();
    try (Stream<Path> files = Files.walk(RESOURCES)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String name = f.getFileName().toString();
        if (name.endsWith(".rss") || name.endsWith(".atom") || name.endsWith(".rdf") || name.endsWith(".xml")) {
          byte[] bytes = Files.readAllBytes(f);
          fragments.addAll(staxFragments(bytes));
          fragments.addAll(readerFragments(bytes));
        }
      }
    }
    Tally t = check("src/test/resources", fragments);
    assertTrue(t.withMarkup > 50);
  }

  @Test
  void conformanceCorpusMatches() throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(CONFORMANCE), "no conformance corpus");
    Set<String> fragments = new LinkedHashSet<>();
    try (Stream<Path> files = Files.walk(CONFORMANCE)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        if (!f.getFileName().toString().endsWith(".xml")) {
          continue;
        }
        byte[] bytes = Files.readAllBytes(f);
        fragments.addAll(staxFragments(bytes));
        fragments.addAll(readerFragments(bytes));
      }
    }
    Tally t = check("conformance corpus", fragments);
    assertTrue(t.withMarkup > 40);
  }

  /** Text of title, description, content:encoded, summary, content and subtitle elements (no child elements). */
  static List<String> staxFragments(byte[] xml) {
    List<String> out = new ArrayList<>();
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    XMLStreamReader r = null;
    try {
      r = f.createXMLStreamReader(new java.io.ByteArrayInputStream(xml));
      StringBuilder text = null;
      while (r.hasNext()) {
        int e = r.next();
        if (e == XMLStreamConstants.START_ELEMENT) {
          String n = r.getLocalName();
          if (text != null) {
            text = null; // markup as XML children: not a string field
          } else if (n.equals("title") || n.equals("description") || n.equals("encoded") || n.equals("summary")
              || n.equals("content") || n.equals("subtitle")) {
            text = new StringBuilder();
          }
        } else if (text != null && (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA
            || e == XMLStreamConstants.SPACE)) {
          text.append(r.getText());
        } else if (e == XMLStreamConstants.END_ELEMENT && text != null) {
          out.add(text.toString());
          text = null;
        }
      }
    } catch (XMLStreamException | RuntimeException e) {
      // ill-formed: what was read so far stays; the reader path below covers the rest
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException ignored) {
          // nothing to do
        }
      }
    }
    return out;
  }

  /** Raw titles and bodies as the reader hands them to the HTML stage. */
  private static List<String> readerFragments(byte[] xml) {
    List<String> out = new ArrayList<>();
    FeedReader reader = FeedReader.builder().plainText(false).build();
    try (FeedStream s = reader.open(xml)) {
      for (NewsItem item : s) {
        if (item.title() != null) {
          out.add(item.title());
        }
        if (item.bodyHtml() != null) {
          out.add(item.bodyHtml());
        }
      }
    } catch (RuntimeException e) {
      // not a feed the reader takes
    }
    return out;
  }

  // ------------------------------------------------------------------ invented fragments

  /** Invented fragments (not from any feed) the fast path must take, and match. */
  private static final String[] INVENTED_FAST = {
      "<p>Hello <strong>world</strong>.</p>",
      "<p class=\"bodytext\">One</p>\n<p class=\"bodytext\">Two &amp; three</p>",
      "<h2>Title</h2><p>Text</p><h3>Sub</h3>",
      "<ul><li>one</li><li>two</li></ul><ol><li>a</li><li>b</li></ol>",
      "<ol start=\"4\"><li>four</li><li>five</li></ol>",
      "<ol start=' 7 '><li>seven</li></ol><ol start=x><li>one</li></ol><ol start=\"&#51;\"><li>3</li></ol>",
      "<ul><li>outer<ul><li>inner 1</li><li>inner 2</li></ul></li><li>outer 2</li></ul>",
      "<ol><li>a<ol start=9><li>nine</li></ol></li><li>b</li></ol>",
      "<ul><li>no end<li>second<li>third</ul>after",
      "<ul>\n  <li>spaced</li>\n  <li></li>\n  <li> </li>\n</ul>",
      "<li>loose item</li><li>another</li>",
      "line<br>break<br/>again<br />and<BR>upper",
      "<p>a<br><br><br>b</p><p><br>lead</p><p>trail<br></p>",
      "<p>a &nbsp; b&nbsp;&nbsp;&nbsp;c &nbsp;</p>",
      "Fish &amp; chips &lt;b&gt; &quot;q&quot; &apos;a&apos; &#8217;s &#x2019; &#X2019; &#39;",
      "<p>&euro;5 &copy; &reg; &trade; &hellip; &ndash; &mdash; &laquo;x&raquo; &bull; &middot; &shy;</p>",
      "<p>&Auml;&ouml;&szlig; &alpha;&Omega; &rarr; &hearts; &NotEqualTilde; &fjlig;</p>",
      "<p>AT&T, R&D, Q&A, a & b, a &= b, &; &. &#; &#x; &#xZ;</p>",
      "<p>&#128512; &#x1F600; &#65; &#9; &#10;x</p>",
      "<P CLASS=x>Upper <STRONG>case</STRONG> <A HREF=\"/u\">link</A></P>",
      "<p><a href=\"/rel\">relative</a> <a href=\"https://other.example/x\">abs</a> <a href=\"#top\">frag</a></p>",
      "<a href=\"javascript:void(0)\">js</a><a href=\"\">empty</a><a>no href</a><a href>bare</a>",
      "<a href=\"?a=1&amp;b=2&c=3&copy=4&lt5&notit;&amp\">query</a>",
      "<a href='single' title=\"a > b\" data-x='<p>'>quoted gt</a>",
      "<a href=unquoted/path/ class=c>unquoted</a> <a href=x\tclass=y>tab</a>",
      "<a href=\"/a\" HREF=\"/b\">first href wins</a>",
      "<a href=../up>up</a><a href=./here>here</a><a href=\"?query=1\">q</a><a href=\"//other.example/x\">net</a>",
      "<a href=\"mailto:a@b.example\">mail</a><a href=\"tel:+43 1 234\">tel</a><a href=\"weird+v1.0:x\">odd</a>",
      "<a href=\"/a/../b/./c\">dots</a><a href=\"/../x\">above root</a><a href=\"x#y#z\">refs</a><a href=\"http://\">bad</a>",
      "<a href=\"  /spaced  \">spaced</a><a href=\"a b/c d\">blanks</a><a href=\"\u00fcmlaut/pfad\">umlaut</a>",
      "<a href=\"https://[::1]/v6\">v6</a><a href=\"https://h.example:99999/\">port</a><a href=\"1nvalid:x\">scheme</a>",
      "<a href=\"/x\">  spaced   text\n inside &nbsp; </a>",
      "<a href=\"/x\"><strong>bold</strong> <em>em</em><img src=i.png alt=\"i\"></a>",
      "<a href=\"/x\">zero&#8203;width soft&shy;hyphen &#160;nbsp</a>",
      "<p>before<!-- a comment <p> with tags -->after<!---->x<!-- -- -->y</p>",
      "<script>var a = '<p>not text</p>';</script><p>after script</p>",
      "<style type=\"text/css\">p { color: red } </p></style>visible<STYLE>x</STYLE >",
      "<p>unclosed paragraph",
      "<p>unclosed <strong>strong",
      "<p>unclosed link <a href=\"/u\">text",
      "<p>one<p>two<p>three",
      "<p>para<div>div closes p</div>",
      "<p>para<ul><li>list closes p</li></ul>",
      "<p>para<h2>heading closes p</h2>",
      "<p>para<hr>rule",
      "<div><p>in div</p><blockquote>quote</blockquote></div><section><article>x</article></section>",
      "<pre>  pre\n  text  </pre>",
      "<pre>\nfirst line dropped by jsoup</pre>",
      "text only with a <3 and a < b and x<=y",
      "<span>span</span><sup>1</sup><sub>2</sub><abbr>ab</abbr><cite>c</cite><q>q</q><code>c</code>",
      "<b>b</b><i>i</i><u>u</u><s>s</s><small>sm</small><big>big</big><tt>tt</tt><font>f</font>",
      "<span><span>nested spans</span></span>",
      "<strong><em>nested</em> formatting</strong>",
      "<p>img <img src=\"a.png\" /> and wbr<wbr>word</p>",
      "<p>a</p>\r\n<p>b\r\nc</p>",
      "<p title=\"x\"class=\"y\">no space between attributes</p>",
      "<p id=a/b>slash in unquoted</p>",
      "<figure><img src=x><figcaption>cap</figcaption></figure>",
      "<h1>1</h1><h2>2</h2><h3>3</h3><h4>4</h4><h5>5</h5><h6>6</h6>",
      "<header>h</header><footer>f</footer><nav>n</nav><aside>a</aside><address>ad</address><center>c</center>",
      "<ul><li>\u2022 already bulleted</li><li>1.</li><li>•</li></ul>",
      "<ol start=2147483647><li>max</li><li>overflow</li></ol>",
      "<p>Zürich São Tomé Łódź Ελλάδα \u00a0 \u2003 em space</p>",
      "<h2><a href=\"/h\">heading link</a></h2>",
      "<li>loose</li><ul><li>then list</li></ul>",
      "<p>last</p>   ",
      "   <p>first</p>",
      "<!-- only a comment -->",
      "<br>",
      "<p></p><p> </p><div></div>",
  };

  /** Invented fragments the fast path is expected to decline; they must still match (through jsoup). */
  private static final String[] INVENTED_ANY = {
      "<table><tr><td>a</td><td>b</td></tr></table>",
      "<b><i>misnested</b></i>",
      "<p><b>x</p>y</b>",
      "</p>stray",
      "stray</div>",
      "<ul><li>a<p>b<li>c</ul>",
      "<div><li>x<div><li>y</div>",
      "<a href=x>a<a href=y>b</a></a>",
      "<a href=x><div>block in link</div></a>",
      "<a href=x>br<br>in link</a>",
      "<b><b><b><b>deep</b></b></b></b>after",
      "<p>&nbsp without semicolon &amp more &copy2019 &notit; &notin</p>",
      "<p>&#0; &#128; &#150; &#xD800; &#99999999; &#x110000;</p>",
      "<p>NUL\u0000char</p>",
      "<html><body><p>x</p></body></html>",
      "<head><title>t</title></head><p>x</p>",
      "<form><input value=x></form><iframe src=x></iframe>",
      "<svg><text>s</text></svg><math><mi>x</mi></math>",
      "<![CDATA[cdata]]><p>x</p>",
      "<!DOCTYPE html><p>x</p>",
      "<?xml version=\"1.0\"?><p>x</p>",
      "<!-->abrupt<!--->comments",
      "<!-- bang --!> after",
      "<p>unterminated <!-- comment",
      "<script><!-- <script> </script> --></script>after",
      "<script>unterminated",
      "<p/>self closing p<span/>",
      "<custom-element>x</custom-element>",
      "<h2><h3>nested headings</h3></h2>",
      "<p>x<b>y<div>z</div></b></p>",
      "<a href=\"x\" =bad>x</a><a href=\"y\"'>y</a>",
      "<p id=a\"b>quote in unquoted</p>",
      "<p>é<éa>non-ascii tag</p>",
      "<p>cut <a href=\"/x",
      "<p>cut <",
      "<p>cut </",
      "<p>cut &",
      "<dl><dt>t<dd>d</dl>",
      "<main>m</main><details><summary>s</summary>d</details>",
      "<noscript>n</noscript><template>t</template><object>o</object>",
      "<base href=\"https://elsewhere.example/\"><a href=\"x\">x</a>",
      "<textarea>\nta</textarea><xmp><b></xmp><plaintext><b>",
      "<a href=\"/x\">&#10;control&#13;</a><a href=\"/a&#9;b\">tab ref in href</a>",
      "<a href=\"/a\nb\">newline in href</a>",
      "<p>&ampx; &amp1; &AMP; &AMP &LT;x&GT</p>",
      "<ul><li>a</li></ol>",
      "<p>x</P ><p>y</p id=1>",
      "<p>\uFEFFbom</p>",
      "\uFEFF<p>bom first</p>",
      "<p>para<hr>rule</p>",
      "x</p>",
  };

  @Test
  void inventedFragmentsTakeTheFastPathAndMatch() {
    List<String> declined = new ArrayList<>();
    for (String html : INVENTED_FAST) {
      if (!same(html, "invented")) {
        declined.add(html);
      }
    }
    assertEquals(List.of(), declined, "fast path declined");
  }

  @Test
  void inventedOddFragmentsMatch() {
    int fast = 0;
    for (String html : INVENTED_ANY) {
      if (same(html, "invented odd")) {
        fast++;
        System.out.println("[HtmlFastPathTest] fast on an odd fragment (and same as jsoup): " + html);
      }
    }
    System.out.println("[HtmlFastPathTest] invented odd fragments: " + INVENTED_ANY.length + ", fast " + fast);
  }

  @Test
  void inventedFragmentsCutAnywhereMatch() {
    for (String[] set : new String[][] {INVENTED_FAST, INVENTED_ANY}) {
      for (String html : set) {
        for (int i = 0; i < html.length(); i++) {
          same(html.substring(0, i), "invented prefix " + i + " of " + html);
          same(html.substring(i), "invented suffix " + i + " of " + html);
        }
      }
    }
  }

  @Test
  void inventedCombinationsMatch() {
    // every pair of invented fragments, so one's open elements meet the other's markup
    List<String> all = new ArrayList<>(List.of(INVENTED_FAST));
    all.addAll(List.of(INVENTED_ANY));
    for (String a : all) {
      for (String b : all) {
        same(a + b, "pair");
      }
    }
  }

  @Test
  void commonEntitiesAreJsoups() {
    assertEquals(HtmlScanner.COMMON_ENTITIES.length, HtmlScanner.COMMON_ENTITY_CHARS.length);
    for (int i = 0; i < HtmlScanner.COMMON_ENTITIES.length; i++) {
      String name = HtmlScanner.COMMON_ENTITIES[i];
      assertTrue(Entities.isNamedEntity(name), name);
      assertEquals(String.valueOf(HtmlScanner.COMMON_ENTITY_CHARS[i]), Entities.getByName(name), name);
    }
  }

  @Test
  void linkTextIsElementText() {
    for (String raw : new String[] {"", " ", "a", " a  b ", "\u00a0a\u00a0\u00a0b", "a\u200Bb\u00ADc", "\u200B a",
        "a \u200B b", "\t\r\nx\f", "x\u2003y"}) {
      org.jsoup.nodes.Element a = new org.jsoup.nodes.Element("a").appendText(raw);
      assertEquals(a.text(), HtmlScanner.elementText(raw), raw);
    }
  }

  // ------------------------------------------------------------------ collapseInline

  /** The implementation collapseInline had before it learned to return its argument. */
  private static String collapseInlineBefore(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
        space = true;
      } else {
        if (space && sb.length() > 0) {
          sb.append(' ');
        }
        space = false;
        sb.append(c);
      }
    }
    if (space && sb.length() > 0) {
      sb.append(' ');
    }
    return sb.toString();
  }

  @Test
  void collapseInlineIsUnchangedAndReturnsItsArgumentWhenNothingChanges() {
    String[] samples = {"", " ", "  ", "a", " a", "a ", "a  ", "a b", "a  b", "a\tb", "a\nb", "\n", "a \n b",
        "a\u00a0 b", " \u00a0 ", "already clean text", "trailing space ", "x\r\ny", "\f", "a b c  d"};
    for (String s : samples) {
      assertEquals(collapseInlineBefore(s), HtmlText.collapseInline(s), s);
      assertEquals(collapseInlineBefore(s), HtmlText.collapseInlineText(s), s);
    }
    String clean = "nothing to collapse here";
    assertSame(clean, HtmlText.collapseInline(clean));
    String trailing = "one trailing space ";
    assertSame(trailing, HtmlText.collapseInline(trailing));
  }

  @Test
  void convertWithoutMarkupIsUnchanged() {
    String[] samples = {"plain", "  padded  ", "a &amp; b", "&nbsp;x&nbsp;", "a\n\nb", "AT&T", "&#8217;", "&copy2019",
        "x &lt; y", "", " "};
    for (String s : samples) {
      assertEquals(HtmlText.convertWithJsoup(s, null), HtmlText.convert(s, null), s);
    }
    String clean = "A clean headline";
    assertSame(clean, HtmlText.convert(clean, null).text());
    assertNotNull(HtmlText.convert("", null));
  }
}
