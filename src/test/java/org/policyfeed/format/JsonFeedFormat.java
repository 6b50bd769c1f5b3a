package org.policyfeed.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * The worked example of the format SPI: JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/), read
 * with Jackson's streaming parser one item at a time. A format is this one class plus its registration
 * ({@code FeedReader.Builder.addFormat} or {@code META-INF/services/org.policyfeed.format.FeedFormat}).
 *
 * <p>Reads {@code version}, {@code title}, {@code home_page_url}, {@code description}, {@code language},
 * {@code icon} and, per item, {@code id}, {@code url}, {@code title}, {@code content_html},
 * {@code content_text}, {@code summary}, {@code date_published} (else {@code date_modified}),
 * {@code authors[].name} (and 1.0's {@code author}), {@code tags} and {@code language}.
 */
public final class JsonFeedFormat implements FeedFormat {
  private static final String VERSION_PREFIX = "https://jsonfeed.org/version/";

  @Override
  public String name() {
    return "json-feed";
  }

  @Override
  public boolean claims(FormatProbe probe) {
    return !probe.isXml() && probe.prefix().stripLeading().startsWith("{")
        && probe.prefix().contains(VERSION_PREFIX.substring("https://".length()));
  }

  @Override
  public FormatParser open(FormatInput input) throws IOException {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxStringLength(input.limits().maxTextLength())
            .maxNestingDepth(input.limits().maxElementDepth())
            .build())
        .build();
    return new Parser(factory.createParser(input.reader()));
  }

  private static final class Parser implements FormatParser {
    private final JsonParser p;
    private final ChannelData.Builder channel = ChannelData.builder();
    private @Nullable String language;
    private boolean inItems;

    Parser(JsonParser p) throws IOException {
      this.p = p;
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("a JSON Feed is an object");
      }
      readTopLevel();
    }

    /** Reads top-level members until the items array opens or the object ends. */
    private void readTopLevel() throws IOException {
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken t = p.nextToken();
        switch (name) {
          case "items" -> {
            if (t == JsonToken.START_ARRAY) {
              inItems = true;
              return;
            }
            p.skipChildren();
          }
          case "version" -> {
            String v = p.getValueAsString();
            if (v == null || !v.startsWith(VERSION_PREFIX)) {
              throw new IOException("not a JSON Feed version: " + v);
            }
          }
          case "title" -> channel.title(p.getValueAsString());
          case "home_page_url" -> channel.link(p.getValueAsString());
          case "description" -> channel.description(p.getValueAsString());
          case "language" -> {
            language = p.getValueAsString();
            channel.language(language);
          }
          case "icon" -> channel.imageUrl(p.getValueAsString());
          default -> p.skipChildren();
        }
      }
    }

    @Override
    public ChannelData channel() {
      return channel.build();
    }

    @Override
    public @Nullable EntryData next() throws IOException {
      while (inItems) {
        JsonToken t = p.nextToken();
        if (t == JsonToken.START_OBJECT) {
          return readItem();
        }
        if (t == JsonToken.END_ARRAY || t == null) {
          inItems = false;
          readTopLevel(); // members after the items
        } else {
          p.skipChildren(); // not an item object
        }
      }
      return null;
    }

    private EntryData readItem() throws IOException {
      EntryData.Builder e = EntryData.builder()
          .position(p.currentLocation().getLineNr(), p.currentLocation().getColumnNr())
          .language(language);
      String html = null;
      String text = null;
      String published = null;
      String modified = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken t = p.nextToken();
        switch (name) {
          case "id" -> e.id(p.getValueAsString());
          case "url" -> e.link(p.getValueAsString());
          case "title" -> e.title(escape(p.getValueAsString()));
          case "summary" -> e.summary(escape(p.getValueAsString()));
          case "content_html" -> html = p.getValueAsString();
          case "content_text" -> text = p.getValueAsString();
          case "date_published" -> published = p.getValueAsString();
          case "date_modified" -> modified = p.getValueAsString();
          case "language" -> e.language(p.getValueAsString());
          case "tags" -> {
            if (t == JsonToken.START_ARRAY) {
              while (p.nextToken() != JsonToken.END_ARRAY) {
                e.addCategory(p.getValueAsString());
              }
            } else {
              p.skipChildren();
            }
          }
          case "authors" -> {
            if (t == JsonToken.START_ARRAY) {
              while (p.nextToken() == JsonToken.START_OBJECT) {
                e.addAuthor(authorName());
              }
            } else {
              p.skipChildren();
            }
          }
          case "author" -> {
            if (t == JsonToken.START_OBJECT) {
              e.addAuthor(authorName());
            } else {
              p.skipChildren();
            }
          }
          default -> p.skipChildren();
        }
      }
      e.contentHtml(html != null ? html : escape(text));
      e.published(published != null ? published : modified);
      return e.build();
    }

    /** Reads an author object (positioned at its start) and returns its name. */
    private @Nullable String authorName() throws IOException {
      String name = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        if (field.equals("name")) {
          name = p.getValueAsString();
        } else {
          p.skipChildren();
        }
      }
      return name;
    }

    private static @Nullable String escape(@Nullable String s) {
      if (s == null) {
        return null;
      }
      return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Override
    public void close() throws IOException {
      p.close();
    }
  }
}
