package org.policyfeed.robust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policyfeed.FeedException;
import org.policyfeed.FeedReader;
import org.policyfeed.FeedStream;
import org.policyfeed.NotAFeedException;
import org.policyfeed.model.Diagnostic;
import org.policyfeed.model.Feed;
import org.policyfeed.model.NewsItem;
import org.policyfeed.model.Severity;

/**
 * Lenient reading of broken feeds: every recoverable item is delivered, in order, with its text, and
 * every problem is a diagnostic where it happened. The feeds here are invented for these tests.
 */
class LenientReadingTest {
  private static final FeedReader LENIENT = FeedReader.builder().build();
  private static final FeedReader STRICT = FeedReader.builder().strict(true).build();

  private static String rss(String items) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\">\n<channel>\n<title>Test feed</title>\n"
        + items + "</channel>\n</rss>\n";
  }

  private static List<String> codes(List<Diagnostic> ds) {
    return ds.stream().map(Diagnostic::code).toList();
  }

  @Test
  void bareAmpersandsHtmlEntitiesAndControlCharactersAreRepaired() {
    Feed feed = LENIENT.readAll(rss("""
        <item><title>Visas & permits</title><link>http://example.org/a?x=1&y=2</link></item>
        <item><title>Caf&eacute; &ndash; r&eacute;sum&eacute;&hellip;</title></item>
        <item><title>Bell\u0007 rings</title></item>
        <item><title>&bogus; entity</title></item>
        """));
    assertThat(feed.items()).extracting(NewsItem::title)
        .containsExactly("Visas & permits", "Café – résumé…", "Bell rings", "&bogus; entity");
    assertThat(feed.items().get(0).link()).isEqualTo("http://example.org/a?x=1&y=2");
    assertThat(codes(feed.items().get(0).diagnostics())).containsOnly("ampersand-bare");
    assertThat(codes(feed.items().get(1).diagnostics())).containsOnly("entity-undeclared");
    assertThat(codes(feed.items().get(2).diagnostics())).containsExactly("char-invalid");
    assertThat(codes(feed.items().get(3).diagnostics())).containsExactly("entity-unknown");
    Diagnostic amp = feed.items().get(0).diagnostics().get(0);
    assertThat(amp.line()).isEqualTo(5);
    assertThat(amp.column()).isEqualTo(20);
    assertThat(amp.severity()).isEqualTo(Severity.WARNING);
    assertThat(feed.channel().diagnostics()).isEmpty();
  }

  @Test
  void aCharDroppedInsideACommentCdataOrInstructionNeitherEndsItNorBreaksIt() throws Exception {
    // NULs (which XML forbids) between the chars of a terminator, and a comment that ends in "--->"; dropping
    // a NUL once joined "-" and "->" into "-->", so the rest of the comment was read as markup (a found crash)
    String xml = rss("""
        <item><title>One</title><!-- a -\0-> <b>&#0; & &nbsp; --></item>
        <item><title>Two</title><description><![CDATA[x]]\0>y]]></description><!-- z ---></item>
        <item><title>Three<?pi a?\0>b?></title></item>
        """);
    List<NewsItem> items = new java.util.ArrayList<>();
    try (FeedStream s = LENIENT.open(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))) {
      s.forEach(items::add);
    }
    assertThat(items).extracting(NewsItem::title).containsExactly("One", "Two", "Three");
    assertThat(items.get(1).teaser()).isEqualTo("x]]>y");
    assertThat(codes(items.get(0).diagnostics())).contains("char-invalid");
  }

  @Test
  void mismatchedAndStrayTagsAreMended() {
    Feed feed = LENIENT.readAll(rss("""
        <item><title>One</title><description>Some <b>bold text</description></item>
        <item><title>Two</title></p></item>
        <item><title>Three</title></item>
        """));
    assertThat(feed.items()).extracting(NewsItem::title).containsExactly("One", "Two", "Three");
    assertThat(feed.items().get(0).teaser()).isEqualTo("Some bold text");
    assertThat(codes(feed.items().get(0).diagnostics())).containsExactly("element-unclosed");
    assertThat(codes(feed.items().get(1).diagnostics())).containsExactly("end-tag-stray");
    assertThat(feed.items().get(2).diagnostics()).isEmpty();
  }

  @Test
  void htmlLeftUnescapedInADescriptionIsRead() {
    // repairs off: this is about what the lenient reader recovers, before the repair stage joins the line
    Feed feed = FeedReader.builder().repairs(false).build().readAll(rss("""
        <item><title>T</title><description><p>New rules&nbsp;for <a href=/visa>visas</a><br>from May</p></description></item>
        """));
    NewsItem item = feed.items().get(0);
    assertThat(item.text()).isEqualTo("New rules\u00a0for visas\nfrom May");
    assertThat(codes(item.diagnostics())).contains("attribute-unquoted", "entity-undeclared", "element-unclosed");
  }

  @Test
  void aDocumentCutOffMidItemKeepsEveryItemAndSaysWhere() {
    String whole = rss("""
        <item><title>First</title><description>one</description></item>
        <item><title>Second</title><description>two</description></item>
        <item><title>Third</title><description>three is cut here
        """);
    String cut = whole.substring(0, whole.indexOf("cut here") + 8);
    Feed feed = LENIENT.readAll(cut);
    assertThat(feed.items()).extracting(NewsItem::title).containsExactly("First", "Second", "Third");
    assertThat(feed.items().get(2).teaser()).isEqualTo("three is cut here");
    Diagnostic d = feed.items().get(2).diagnostics().get(0);
    assertThat(d.code()).isEqualTo("document-truncated");
    assertThat(d.severity()).isEqualTo(Severity.ERROR);
    assertThat(d.line()).isEqualTo(7);
    assertThat(feed.items().get(0).diagnostics()).isEmpty();
  }

  @Test
  void aByteOrderMarkAndWhitespaceBeforeTheDeclarationAreTolerated() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = rss("<item><title>Zoë</title></item>\n").getBytes(StandardCharsets.UTF_8);
    Feed withBom = LENIENT.readAll(concat(bom, body));
    assertThat(withBom.items().get(0).title()).isEqualTo("Zoë");
    assertThat(withBom.channel().diagnostics()).isEmpty();

    Feed withSpace = LENIENT.readAll(concat("\n  \n".getBytes(StandardCharsets.US_ASCII), body));
    assertThat(withSpace.items().get(0).title()).isEqualTo("Zoë");
    assertThat(codes(withSpace.channel().diagnostics())).containsExactly("xml-declaration-misplaced");
    assertThat(withSpace.channel().diagnostics().get(0).line()).isEqualTo(3);
  }

  @Test
  void contentAfterTheRootAndTextBeforeItAreDropped() {
    Feed feed = LENIENT.readAll("junk <rss><channel><item><title>A</title></item></channel></rss><rss>more</rss>");
    assertThat(feed.items()).extracting(NewsItem::title).containsExactly("A");
    assertThat(codes(feed.channel().diagnostics())).containsExactly("text-outside-root", "content-after-root");
  }

  @Test
  void undeclaredNamespacePrefixesAreBound() {
    Feed feed = LENIENT.readAll(rss("<item><title>A</title><dc:creator>Ana Ruiz</dc:creator></item>\n"));
    assertThat(feed.items().get(0).authors()).containsExactly("Ana Ruiz");
    assertThat(codes(feed.items().get(0).diagnostics())).containsExactly("namespace-undeclared");
  }

  @Test
  void strictModeThrowsAtTheFirstProblemWithItsPosition() {
    String feed = rss("<item><title>Fine</title></item>\n<item><title>Visas & permits</title></item>\n");
    assertThatThrownBy(() -> STRICT.readAll(feed))
        .isInstanceOfSatisfying(FeedException.class, e -> {
          assertThat(e.code()).isEqualTo("ampersand-bare");
          assertThat(e.line()).isEqualTo(6);
          assertThat(e.column()).isEqualTo(20);
        });
    String truncated = rss("<item><title>Fine</title>").substring(0, 90);
    assertThatThrownBy(() -> STRICT.readAll(truncated)).isInstanceOf(FeedException.class)
        .extracting(e -> ((FeedException) e).line()).isNotNull();
  }

  @Test
  void strictModeReadsACleanFeed() {
    Feed feed = STRICT.readAll(rss("<item><title>A &amp; B</title></item>\n"));
    assertThat(feed.items()).extracting(NewsItem::title).containsExactly("A & B");
  }

  @Test
  void anHtmlPageIsNotAFeedAndTheMessageGivesItsTitle() {
    String page = "<!DOCTYPE html><html><head><meta charset=utf-8><title>502 Bad Gateway</title></head>"
        + "<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>";
    for (FeedReader r : List.of(LENIENT, STRICT)) {
      assertThatThrownBy(() -> r.readAll(page)).isInstanceOf(NotAFeedException.class)
          .hasMessage("an HTML document (title '502 Bad Gateway'), not a feed");
    }
    assertThatThrownBy(() -> LENIENT.readAll("<html><body>Hello</body></html>"))
        .isInstanceOf(NotAFeedException.class).hasMessage("an HTML document, not a feed");
  }

  @Test
  void emptyInputUnrelatedXmlAndPlainTextAreNotFeeds() {
    assertThatThrownBy(() -> LENIENT.readAll(new byte[0])).isInstanceOf(NotAFeedException.class)
        .hasMessage("empty input, not a feed");
    assertThatThrownBy(() -> LENIENT.readAll("  \n ")).isInstanceOf(NotAFeedException.class)
        .hasMessage("empty input, not a feed");
    assertThatThrownBy(() -> LENIENT.readAll("<?xml version=\"1.0\"?><!-- nothing -->"))
        .isInstanceOf(NotAFeedException.class).hasMessage("an XML document without elements, not a feed");
    assertThatThrownBy(() -> LENIENT.readAll("<svg xmlns=\"http://www.w3.org/2000/svg\"><g/></svg>"))
        .isInstanceOf(NotAFeedException.class).hasMessage("an XML document with root element <svg>, not a feed");
    assertThatThrownBy(() -> LENIENT.readAll("Service Unavailable"))
        .isInstanceOf(NotAFeedException.class).hasMessage("not XML (it starts with 'ServiceUnavailable'), not a feed");
  }

  // ------------------------------------------------------------------ encodings

  @Test
  void windows1252BytesInADocumentDeclaredUtf8AreRepaired() {
    byte[] bytes = rss("<item><title>It’s “quoted” – café</title></item>\n").getBytes(Charset.forName("windows-1252"));
    try (FeedStream s = LENIENT.open(new ByteArrayInputStream(bytes))) {
      List<NewsItem> items = s.stream().toList();
      assertThat(items.get(0).title()).isEqualTo("It’s “quoted” – café");
      assertThat(codes(items.get(0).diagnostics())).containsOnly("encoding-windows-1252").hasSize(5);
      assertThat(s.charset()).isEqualTo("UTF-8");
    }
  }

  @Test
  void aWindows1252ByteIsReportedWhereItIs() {
    // invented: the é of "café" is one Windows-1252 byte on line 6 of a document declared UTF-8
    String xml = rss("<item>\n<title>A caf\u00e9</title></item>\n");
    byte[] bytes = xml.getBytes(Charset.forName("windows-1252"));
    try (FeedStream s = LENIENT.open(new ByteArrayInputStream(bytes))) {
      Diagnostic d = s.stream().toList().get(0).diagnostics().get(0);
      assertThat(d.code()).isEqualTo("encoding-windows-1252");
      assertThat(d.line()).isEqualTo(6);
      assertThat(d.column()).isEqualTo("<title>A caf".length() + 1);
    }
  }

  @Test
  void theDeclaredCharsetIsUsed() {
    String xml = rss("<item><title>Zoë à Genève</title></item>\n").replace("UTF-8", "ISO-8859-1");
    try (FeedStream s = LENIENT.open(new ByteArrayInputStream(xml.getBytes(StandardCharsets.ISO_8859_1)))) {
      assertThat(s.stream().toList().get(0).title()).isEqualTo("Zoë à Genève");
      assertThat(s.charset()).isEqualTo("ISO-8859-1");
    }
    byte[] utf16 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
        rss("<item><title>Zoë</title></item>\n").replace("UTF-8", "UTF-16").getBytes(StandardCharsets.UTF_16LE));
    try (FeedStream s = LENIENT.open(new ByteArrayInputStream(utf16))) {
      assertThat(s.stream().toList().get(0).title()).isEqualTo("Zoë");
      assertThat(s.charset()).isEqualTo("UTF-16LE");
    }
  }

  @Test
  void theContentTypeCharsetOverridesTheDeclaration() {
    String xml = rss("<item><title>Zoë</title></item>\n").replace("UTF-8", "UTF-8");
    byte[] latin1 = xml.getBytes(StandardCharsets.ISO_8859_1);
    try (FeedStream s = LENIENT.open(new ByteArrayInputStream(latin1), "application/rss+xml; charset=\"iso-8859-1\"")) {
      assertThat(s.stream().toList().get(0).title()).isEqualTo("Zoë");
      assertThat(s.charset()).isEqualTo("ISO-8859-1");
      assertThat(codes(s.channel().diagnostics())).containsExactly("charset-overridden");
    }
  }

  @Test
  void textXmlWithoutCharsetIsAsciiUntilItIsNot() {
    byte[] ascii = rss("<item><title>plain</title></item>\n").getBytes(StandardCharsets.UTF_8);
    try (FeedStream s = LENIENT.open(new ByteArrayInputStream(ascii), "text/xml")) {
      s.stream().toList();
      assertThat(s.charset()).isEqualTo("US-ASCII");
      assertThat(s.channel().diagnostics()).isEmpty();
    }
    byte[] utf8 = rss("<item><title>Zoë</title></item>\n").getBytes(StandardCharsets.UTF_8);
    try (FeedStream s = LENIENT.open(new ByteArrayInputStream(utf8), "text/xml")) {
      List<NewsItem> items = s.stream().toList();
      assertThat(items.get(0).title()).isEqualTo("Zoë");
      assertThat(s.charset()).isEqualTo("UTF-8");
      assertThat(codes(items.get(0).diagnostics())).containsExactly("charset-overridden");
    }
  }

  @Test
  void anUnknownCharsetFallsBackToUtf8WithAWarning() {
    byte[] bytes = rss("<item><title>Zoë</title></item>\n").replace("UTF-8", "x-no-such-charset")
        .getBytes(StandardCharsets.UTF_8);
    try (FeedStream s = LENIENT.open(new ByteArrayInputStream(bytes))) {
      assertThat(s.stream().toList().get(0).title()).isEqualTo("Zoë");
      assertThat(codes(s.channel().diagnostics())).containsExactly("charset-unknown");
      assertThat(s.charset()).isEqualTo("UTF-8");
    }
    try (FeedStream s = LENIENT.open(new ByteArrayInputStream(bytes), "text/html; charset=utf-8")) {
      s.stream().toList();
      assertThat(codes(s.channel().diagnostics())).contains("content-type-not-xml");
    }
  }

  static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }
}
