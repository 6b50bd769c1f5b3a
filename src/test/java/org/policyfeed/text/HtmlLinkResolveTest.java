package org.policyfeed.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * {@link HtmlScanner#resolvePlain} gives what jsoup's {@code absUrl} gives whenever it answers. Bases and
 * links are invented: fixed tricky ones and seeded random ones.
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
    assertThat(HtmlScanner.resolvePlain("https://www.example.org/news/item-0/", "/item/0"))
        .isEqualTo("https://www.example.org/item/0");
  }
}
