package org.policyfeed.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * {@link HtmlScanner#resolvePlain} gives what jsoup's {@code absUrl} gives whenever it answers, for root-relative
 * and absolute links. Bases and links are invented: fixed tricky ones and seeded random ones.
 */
class HtmlLinkResolveTest {

  private static String jsoup(String base, String href) {
    Element a = new Element("a");
    a.setBaseUri(base);
    return a.attr("href", href).absUrl("href");
  }

  @Test
  void plainLinksResolveAsJsoupResolvesThem() {
    List<String> bases = List.of("https://www.icmpd.org/news/", "https://www.icmpd.org", "http://example.org:8080/a/b?c=d",
        "https://www.icmpd.org/news/item-0/#top", "https://WWW.icmpd.org/", "https://www.icmpd.org//x/", "http://a.b/",
        "ftp://example.org/", "https://münchen.de/", "https://user@host/", "https:///path", "https://host:/", "", "relative/",
        "https://host/path with space/", "https://host/%zz/");
    String alphabet = "/abcXYZ019-._~:@!$&'()*+,;=?#%[] \t\né";
    Random random = new Random(42);
    List<String> hrefs = new ArrayList<>(List.of("/item/0", "/", "//cdn.example.org/x", "/a/../b", "/./a", "/a?b=c&d=e",
        "/a#frag", "/a%20b", "/a%2", "/ a", " /a", "/a\n", "/%E2%82%AC", "/ü", "/a//b", "/?x", "/a:b@c"));
    for (int i = 0; i < 5_000; i++) {
      StringBuilder sb = new StringBuilder("/");
      int n = random.nextInt(16);
      for (int k = 0; k < n; k++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      hrefs.add(sb.toString());
    }
    // absolute links: fixed tricky ones, then a random authority and path after http:// or https://
    hrefs.addAll(List.of("https://www.icmpd.org/news/", "https://www.icmpd.org", "https://www.icmpd.org?q=1",
        "https://www.icmpd.org/a#frag", "http://example.org:8080/a", "https://example.org:/a", "https://.example.org/a",
        "https://example..org/a", "https://example.org/a/../b", "HTTPS://example.org/a", "https://example.org/ä",
        "https://WWW.example.org/a", "https://1.2.3.4/a", "https://example.org:99999/a", "https://example.org:ab/a",
        "https://user@example.org/a", "https://example.org//a", "https:///a", "http://-x-/a", "https://example.org/a b",
        "https://ex_ample.org/a", "https://münchen.de/a", "https://example.org/%41%zz", "ftp://example.org/a"));
    for (int i = 0; i < 5_000; i++) {
      // most from the chars the fast path takes, some from all (to hit its edges)
      String authority = random.nextInt(4) > 0 ? "abc019-.:" : "abcXYZ019-.:@_";
      String path = random.nextInt(4) > 0 ? "/abc019-._~%" : alphabet;
      StringBuilder sb = new StringBuilder(random.nextBoolean() ? "https://" : "http://");
      int n = random.nextInt(12);
      for (int k = 0; k < n; k++) {
        sb.append(authority.charAt(random.nextInt(authority.length())));
      }
      n = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(12);
      for (int k = 0; k < n; k++) {
        sb.append(k == 0 ? '/' : path.charAt(random.nextInt(path.length())));
      }
      hrefs.add(sb.toString());
    }
    List<String> mismatches = new ArrayList<>();
    int answered = 0;
    for (String base : bases) {
      for (String href : hrefs) {
        String plain = HtmlScanner.resolvePlain(base, href);
        if (plain != null) {
          answered++;
          if (!plain.equals(jsoup(base, href))) {
            mismatches.add(base + " + " + href + " -> " + plain + " but jsoup gives " + jsoup(base, href));
          }
        }
      }
    }
    assertThat(mismatches).isEmpty();
    assertThat(answered).as("links the fast path resolves").isGreaterThan(5_000);
    long absolute = hrefs.stream().filter(h -> h.startsWith("http") && HtmlScanner.resolvePlain("", h) != null).count();
    assertThat(absolute).as("absolute links the fast path gives as they are").isGreaterThan(500);
    assertThat(HtmlScanner.resolvePlain("https://www.example.org/news/item-0/", "/item/0"))
        .isEqualTo("https://www.example.org/item/0");
  }
}
