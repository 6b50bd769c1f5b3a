package org.policyfeed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.policyfeed.extract.ExtractionStage;
import org.policyfeed.internal.Dates;
import org.policyfeed.internal.Diagnostics;
import org.policyfeed.internal.RawChannel;
import org.policyfeed.internal.RawEntry;
import org.policyfeed.internal.Titles;
import org.policyfeed.internal.Urls;
import org.policyfeed.model.Channel;
import org.policyfeed.model.Field;
import org.policyfeed.model.Image;
import org.policyfeed.model.Link;
import org.policyfeed.model.NewsItem;
import org.policyfeed.model.Repair;
import org.policyfeed.model.Severity;
import org.policyfeed.text.HtmlText;
import org.policyfeed.text.RepairStage;

/** Turns raw strings into records: text, repairs, extraction. Stateless apart from its configuration. */
final class ItemAssembler {
  private final RepairStage repairs;
  private final ExtractionStage extraction;

  private final boolean plainText;

  ItemAssembler(RepairStage repairs, ExtractionStage extraction, boolean plainText) {
    this.repairs = repairs;
    this.extraction = extraction;
    this.plainText = plainText;
  }

  Channel channel(RawChannel raw, Diagnostics diagnostics) {
    Image image = null;
    if (raw.hasImage) {
      image = new Image(url(raw.imageUrl, raw.link), clean(raw.imageTitle), url(raw.imageLink, raw.link),
          integer(raw.imageWidth, "width", diagnostics), integer(raw.imageHeight, "height", diagnostics),
          clean(raw.imageDescription));
    }
    OffsetDateTime built = raw.lastBuildDate == null ? null
        : Dates.parse(raw.lastBuildDate, diagnostics, raw.lastBuildDateLine, null);
    return new Channel(clean(raw.title), url(raw.link, raw.base), clean(raw.description), clean(raw.language),
        image, clean(raw.generator), clean(raw.docs), built, diagnostics.list());
  }

  NewsItem item(RawEntry raw, RawChannel channel) {
    Diagnostics d = raw.diagnostics;
    String base = raw.base != null ? Urls.normalise(raw.base, channel.base) : null;
    if (base == null) {
      base = channel.base != null ? Urls.normalise(channel.base, null) : null;
    }
    if (base == null && channel.link != null) {
      base = Urls.normalise(channel.link, null);
    }
    String link = null;
    if (raw.link != null && !raw.link.isBlank()) {
      link = Urls.normalise(raw.link, base);
      if (link == null) {
        d.report(Severity.WARNING, "link-invalid", "the item's link is not a URL: '" + raw.link.strip() + "'",
            raw.line, raw.column);
      }
    }
    OffsetDateTime published = raw.published == null ? null
        : Dates.parse(raw.published, d, raw.publishedLine, raw.publishedColumn);

    String title = raw.title == null ? null : HtmlText.collapseInlineText(raw.title).strip();
    List<Repair> repairList = new ArrayList<>();
    String category = null;
    String headline = null;
    if (title != null && !title.isEmpty()) {
      // collapsed already: plain text needs no conversion (it would only collapse it again)
      boolean plain = title.indexOf('<') < 0 && title.indexOf('&') < 0;
      Titles.Split split = Titles.split(plain ? title : HtmlText.convert(title, null).text());
      category = split.category();
      RepairStage.Result r = repairs.apply(Field.TITLE, split.headline());
      headline = r.text();
      repairList.addAll(r.repairs());
    }

    String bodyHtml = raw.content != null ? raw.content : raw.description;
    String text = "";
    List<Link> links = List.of();
    RepairStage.Result body = null;
    if (bodyHtml != null && plainText) {
      HtmlText.Result html = HtmlText.convert(bodyHtml, base);
      body = repairs.apply(Field.TEXT, html.text());
      text = body.text();
      links = normaliseLinks(html.links());
    }

    String teaser = null;
    boolean truncated = false;
    if (raw.description != null && !raw.description.isBlank()) {
      // without content:encoded the description is the body too: converted and repaired once
      RepairStage.Result r = raw.content == null && body != null ? asTeaser(body)
          : repairs.apply(Field.TEASER, HtmlText.convert(raw.description, base).text());
      teaser = r.text();
      repairList.addAll(r.repairs());
      truncated = teaser.endsWith("...") || teaser.endsWith("…");
    }
    if (body != null) {
      repairList.addAll(body.repairs());
    }

    String guid = raw.guid == null || raw.guid.isBlank() ? null : raw.guid.strip();
    String id = guid != null ? guid : link != null ? link : fallbackId(raw);
    ExtractionStage.Entities found = !plainText ? ExtractionStage.NONE : extraction.extract(
        new ExtractionStage.ItemText(headline, teaser, text, published));
    return new NewsItem(id, raw.title, category, headline, link, published, raw.authors, raw.categories,
        teaser, truncated, text, bodyHtml, links, found.persons(), found.projects(), found.deadlines(),
        found.events(), repairList, d.list(), raw.language, found.extras());
  }

  /** The body's repairs, recorded on the teaser field. */
  private static RepairStage.Result asTeaser(RepairStage.Result body) {
    List<Repair> repairs = new ArrayList<>(body.repairs().size());
    for (Repair r : body.repairs()) {
      repairs.add(new Repair(r.kind(), Field.TEASER, r.before(), r.after(), r.offset()));
    }
    return new RepairStage.Result(body.text(), repairs);
  }

  private static List<Link> normaliseLinks(List<Link> links) {
    List<Link> out = new ArrayList<>(links.size());
    for (Link l : links) {
      String u = Urls.normalise(l.url(), null);
      out.add(new Link(l.text(), u == null ? l.url() : u));
    }
    return out;
  }

  private static String fallbackId(RawEntry raw) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (String s : new String[] {raw.title, raw.published, raw.description}) {
        md.update((s == null ? "" : s).getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
      }
      return "urn:policyfeed:" + HexFormat.of().formatHex(md.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private static @Nullable String clean(@Nullable String s) {
    if (s == null) {
      return null;
    }
    String t = HtmlText.collapseInlineText(s).strip();
    return t.isEmpty() ? null : t;
  }

  private static @Nullable String url(@Nullable String s, @Nullable String base) {
    return s == null ? null : Urls.normalise(s, base);
  }

  private static @Nullable Integer integer(@Nullable String s, String what, Diagnostics d) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(s.strip());
    } catch (NumberFormatException e) {
      d.report(Severity.WARNING, "image-" + what + "-invalid", "image " + what + " is not a number: '"
          + s.strip() + "'");
      return null;
    }
  }
}
