package org.policyfeed.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.policyfeed.model.Channel;
import org.policyfeed.model.Feed;
import org.policyfeed.model.NewsItem;

/**
 * Writes and reads the records as JSON. Dates are ISO-8601 strings ({@code 2019-03-21T12:57:30+01:00},
 * {@code 2019-03-31}); lists are always present; absent single values are written as {@code null}.
 * Reading accepts what writing produces, so a round trip gives equal records. Thread-safe.
 *
 * @since 0.1.0
 */
public final class NewsJson {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
      .build();
  private static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();

  private NewsJson() {}

  /**
   * A copy of the configured Jackson mapper, for pipelines that embed the records in their own JSON.
   *
   * @return a new mapper, configured as this class uses it
   * @since 0.1.0
   */
  public static ObjectMapper mapper() {
    return MAPPER.copy();
  }

  /**
   * One item as compact JSON on one line: a line of JSON Lines, without the line break.
   *
   * @param item the item
   * @return the JSON
   * @since 0.1.0
   */
  public static String toJson(NewsItem item) {
    return write(item, false);
  }

  /**
   * A channel as compact JSON.
   *
   * @param channel the channel
   * @return the JSON
   * @since 0.1.0
   */
  public static String toJson(Channel channel) {
    return write(channel, false);
  }

  /**
   * A whole feed as one indented document {@code {"channel": …, "items": […]}}.
   *
   * @param feed the feed
   * @return the JSON
   * @since 0.1.0
   */
  public static String toJson(Feed feed) {
    return write(feed, true);
  }

  /**
   * Writes an object of this library's model as one indented JSON document.
   *
   * @param value a record of {@link org.policyfeed.model}
   * @param out where to write; not closed
   * @since 0.1.0
   */
  public static void writePretty(Object value, Writer out) {
    try {
      PRETTY.writeValue(out, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads one item.
   *
   * @param json the JSON of one item
   * @return the item
   * @throws IllegalArgumentException when the JSON is not an item
   * @since 0.1.0
   */
  public static NewsItem readItem(String json) {
    return read(json, NewsItem.class);
  }

  /**
   * Reads a channel.
   *
   * @param json the JSON of a channel
   * @return the channel
   * @throws IllegalArgumentException when the JSON is not a channel
   * @since 0.1.0
   */
  public static Channel readChannel(String json) {
    return read(json, Channel.class);
  }

  /**
   * Reads a feed document.
   *
   * @param json the JSON of a feed
   * @return the feed
   * @throws IllegalArgumentException when the JSON is not a feed document
   * @since 0.1.0
   */
  public static Feed readFeed(String json) {
    return read(json, Feed.class);
  }

  /**
   * Reads a feed document.
   *
   * @param json the JSON of a feed; not closed
   * @return the feed
   * @throws IllegalArgumentException when the JSON is not a feed document
   * @since 0.1.0
   */
  public static Feed readFeed(Reader json) {
    try {
      return MAPPER.readValue(json, Feed.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a feed document: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A writer of JSON Lines: one item per line, buffered; {@link JsonLinesWriter#flush()} pushes it out.
   *
   * @param out where to write, as UTF-8; not closed by the writer
   * @return the writer
   * @since 0.1.0
   */
  public static JsonLinesWriter lines(OutputStream out) {
    return new JsonLinesWriter(MAPPER, out);
  }

  private static String write(Object value, boolean pretty) {
    try {
      return pretty ? PRETTY.writeValueAsString(value) : MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }

  private static <T> T read(String json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
    }
  }
}
