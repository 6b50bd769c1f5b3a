package org.policyfeed.format;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.policyfeed.model.Channel;
import org.policyfeed.model.Feed;
import org.policyfeed.model.NewsItem;
import org.policyfeed.text.HtmlText;

/**
 * Translates a feedparser result path (from {@code expectations.jsonl}) into our records, or says by
 * name why it does not apply. Test helper for {@link FormatConformanceTest}.
 */
final class FeedparserPaths {
  private FeedparserPaths() {}

  /** The outcome of one check: passed, failed, or not applicable (with the reason). */
  record Outcome(boolean mapped, boolean passed, String detail) {}

  private static final Outcome NOT_MAPPED = new Outcome(false, false, "");

  static String key(JsonNode path) {
    List<String> parts = new ArrayList<>();
    for (JsonNode p : path) {
      parts.add(p.isInt() ? "#" : p.asText());
    }
    return String.join(".", parts);
  }

  /**
   * Evaluates a check against the feed.
   *
   * @param feed the records
   * @param path feedparser's key path
   * @param op {@code eq}, {@code ne} or {@code eq-utc}
   * @param expected the value
   */
  static Outcome check(Feed feed, JsonNode path, String op, JsonNode expected) {
    String key = key(path);
    String want = expected.isNull() ? null : expected.asText();
    if (key.startsWith("feed.")) {
      Channel c = feed.channel();
      return switch (key) {
        case "feed.title", "feed.title_detail.value" -> compare(op, want, c.title());
        case "feed.link" -> compare(op, want, c.link());
        case "feed.subtitle", "feed.tagline", "feed.description", "feed.subtitle_detail.value",
            "feed.tagline_detail.value" -> compare(op, want, c.description());
        case "feed.language" -> compare(op, want, c.language());
        case "feed.generator", "feed.generator_detail.name" -> compare(op, want, c.generator());
        case "feed.icon", "feed.logo" -> compare(op, want, c.image() == null ? null : c.image().url());
        case "feed.docs" -> compare(op, want, c.docs());
        case "feed.updated_parsed" -> compareInstant(op, want,
            c.lastBuildDate() == null ? null : c.lastBuildDate().toInstant());
        default -> NOT_MAPPED;
      };
    }
    if (!key.startsWith("entries.#.")) {
      return NOT_MAPPED;
    }
    int index = path.get(1).asInt();
    String rest = key.substring("entries.#.".length());
    boolean known = switch (rest) {
      case "title", "title_detail.value", "link", "id", "guid", "summary", "description",
          "summary_detail.value", "content.#.value", "published_parsed", "updated_parsed", "created_parsed",
          "author", "author_detail.name", "tags.#.term", "language", "title_detail.language",
          "summary_detail.language", "content.#.language" -> true;
      default -> false;
    };
    if (!known) {
      return NOT_MAPPED;
    }
    if (index >= feed.items().size()) {
      return new Outcome(true, false, "no item " + index + " (" + feed.items().size() + " items)");
    }
    NewsItem n = feed.items().get(index);
    return switch (rest) {
      case "title", "title_detail.value" -> {
        Outcome o = compare(op, want, n.title());
        yield o.passed() ? o : compare(op, want, n.headline());
      }
      case "link" -> compare(op, want, n.link());
      case "id", "guid" -> compare(op, want, n.id());
      case "summary", "description", "summary_detail.value" -> {
        // feedparser's summary is HTML and falls back to the content; our teaser is its text
        String asText = want == null ? null : HtmlText.convert(want, null).text();
        String got = n.teaser() != null ? n.teaser()
            : n.bodyHtml() == null ? null : HtmlText.convert(n.bodyHtml(), null).text();
        yield compare(op, asText, got);
      }
      case "content.#.value" -> compare(op, want, n.bodyHtml());
      case "published_parsed", "updated_parsed", "created_parsed" -> compareInstant(op, want,
          n.published() == null ? null : n.published().toInstant());
      case "author", "author_detail.name" -> compare(op, want, n.authors().isEmpty() ? null : n.authors().get(0));
      case "tags.#.term" -> {
        int j = path.get(3).asInt();
        yield compare(op, want, j < n.categories().size() ? n.categories().get(j) : null);
      }
      default -> compare(op, want, n.language()); // the *.language paths
    };
  }

  private static Outcome compare(String op, @Nullable String want, @Nullable String got) {
    boolean eq = Objects.equals(want, got);
    boolean ok = op.equals("ne") ? !eq : eq;
    return new Outcome(true, ok, "expected " + (op.equals("ne") ? "not " : "") + quote(want) + ", got "
        + quote(got));
  }

  private static Outcome compareInstant(String op, @Nullable String want, @Nullable Instant got) {
    Instant w = want == null ? null : Instant.parse(want);
    boolean eq = Objects.equals(w, got);
    boolean ok = op.equals("ne") ? !eq : eq;
    return new Outcome(true, ok, "expected " + w + ", got " + got);
  }

  private static String quote(@Nullable String s) {
    return s == null ? "null" : "'" + (s.length() > 80 ? s.substring(0, 80) + "…" : s) + "'";
  }
}
