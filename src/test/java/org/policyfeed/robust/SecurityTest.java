package org.policyfeed.robust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policyfeed.FeedException;
import org.policyfeed.FeedReader;
import org.policyfeed.model.Diagnostic;
import org.policyfeed.model.Feed;
import org.policyfeed.model.NewsItem;
import org.policyfeed.model.Severity;

/**
 * Hostile documents: no DTD is processed, no external entity resolved, nothing fetched, no entity
 * expansion blows up. The documents are invented for these tests.
 */
class SecurityTest {
  private static final FeedReader LENIENT = FeedReader.builder().build();
  private static final FeedReader STRICT = FeedReader.builder().strict(true).build();

  /**
   * A tiny HTTP server on the loopback address that counts connections and answers each with an
   * entity declaration. (A plain socket: the test module does not read jdk.httpserver.)
   */
  private ServerSocket server;
  private Thread acceptor;
  private final AtomicInteger hits = new AtomicInteger();
  private String base;

  @BeforeEach
  void startServer() throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    acceptor = new Thread(() -> {
      while (!server.isClosed()) {
        try (Socket s = server.accept(); OutputStream out = s.getOutputStream()) {
          hits.incrementAndGet();
          out.write(("HTTP/1.0 200 OK\r\nContent-Type: application/xml-dtd\r\n\r\n"
              + "<!ENTITY leak \"FETCHED\">").getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
          return; // closed
        }
      }
    }, "security-test-server");
    acceptor.setDaemon(true);
    acceptor.start();
    base = "http://127.0.0.1:" + server.getLocalPort() + "/";
  }

  @AfterEach
  void stopServer() throws Exception {
    server.close();
    acceptor.join(2000);
  }

  private static List<String> codes(List<Diagnostic> ds) {
    return ds.stream().map(Diagnostic::code).toList();
  }

  @Test
  void anExternalEntityPointingAtALocalFileLeaksNothing() {
    String xml = """
        <?xml version="1.0"?>
        <!DOCTYPE rss [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
        <rss version="2.0"><channel><title>&xxe;</title>
        <item><title>Item &xxe;</title><description>&xxe;</description></item>
        </channel></rss>
        """;
    Feed feed = LENIENT.readAll(xml);
    assertThat(feed.channel().title()).isEqualTo("&xxe;").doesNotContain("root:");
    assertThat(feed.items()).hasSize(1);
    assertThat(feed.items().get(0).title()).isEqualTo("Item &xxe;");
    assertThat(feed.items().get(0).text()).doesNotContain("root:");
    assertThat(codes(feed.channel().diagnostics())).contains("dtd-ignored", "entity-unknown");
  }

  @Test
  void noNetworkAccessForExternalEntitiesOrDtds() throws IOException {
    List<String> docs = List.of(
        "<!DOCTYPE rss SYSTEM \"" + base + "rss.dtd\"><rss><channel><item><title>a</title></item></channel></rss>",
        "<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" \"" + base
            + "rss-0.91.dtd\"><rss><channel><item><title>&eacute;</title></item></channel></rss>",
        "<!DOCTYPE rss [<!ENTITY ext SYSTEM \"" + base + "ext\">]><rss><channel><item><title>&ext;</title>"
            + "</item></channel></rss>",
        "<!DOCTYPE rss [<!ENTITY % p SYSTEM \"" + base + "p.dtd\"> %p; ]><rss><channel><item><title>&leak;"
            + "</title></item></channel></rss>",
        "<?xml-stylesheet href=\"" + base + "style.xsl\" type=\"text/xsl\"?><rss><channel><item>"
            + "<title xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include href=\"" + base + "inc\"/>t</title>"
            + "</item></channel></rss>");
    for (String doc : docs) {
      Feed feed = LENIENT.readAll(doc);
      assertThat(feed.items()).hasSize(1);
      assertThat(feed.items().get(0).title()).doesNotContain("FETCHED");
      try {
        STRICT.readAll(doc);
      } catch (FeedException e) {
        // strict mode may refuse the DTD; what matters is that nothing was fetched
      }
    }
    assertThat(hits.get()).as("requests to the local server").isZero();
    // the control: the server does count a real request
    try (InputStream in = URI.create(base + "control").toURL().openStream()) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII)).contains("FETCHED");
    }
    assertThat(hits.get()).isEqualTo(1);
  }

  @Test
  void billionLaughsFinishesAtOnce() {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY lol \"lol\">\n");
    sb.append("<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n");
    for (int i = 2; i <= 9; i++) {
      sb.append("<!ENTITY lol").append(i).append(" \"");
      for (int k = 0; k < 10; k++) {
        sb.append("&lol").append(i - 1).append(';');
      }
      sb.append("\">\n");
    }
    sb.append("]>\n<rss><channel><title>&lol9;</title><item><title>&lol9;</title></item></channel></rss>");
    Feed feed = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> LENIENT.readAll(sb.toString()));
    assertThat(feed.channel().title()).isEqualTo("&lol9;");
    assertThat(feed.items()).extracting(NewsItem::title).containsExactly("&lol9;");
  }

  @Test
  void aNetscapeRss091DoctypeIsToleratedAndItsHtmlEntitiesDecoded() {
    String xml = """
        <?xml version="1.0" encoding="ISO-8859-1"?>
        <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"
          "http://my.netscape.com/publish/formats/rss-0.91.dtd">
        <rss version="0.91">
        <channel>
        <title>R&eacute;sum&eacute; news</title>
        <item><title>Caf&eacute; &amp; more&hellip;</title><link>http://example.org/1</link></item>
        <item><title>Second</title><link>http://example.org/2</link></item>
        </channel>
        </rss>
        """;
    for (FeedReader r : List.of(LENIENT, STRICT)) {
      Feed feed = r.readAll(xml.getBytes(StandardCharsets.ISO_8859_1));
      assertThat(feed.channel().title()).isEqualTo("Résumé news");
      assertThat(feed.items()).extracting(NewsItem::title).containsExactly("Café & more…", "Second");
      assertThat(feed.channel().diagnostics()).allMatch(d -> d.severity() == Severity.INFO);
      assertThat(codes(feed.channel().diagnostics())).contains("doctype-ignored");
    }
  }
}
