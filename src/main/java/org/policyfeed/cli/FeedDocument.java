package org.policyfeed.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.policyfeed.Directory;
import org.policyfeed.model.Channel;
import org.policyfeed.model.NewsItem;

/** The CLI's JSON document: the feed's channel and items and the feed-wide directory. */
record FeedDocument(
    @JsonProperty("channel") Channel channel,
    @JsonProperty("items") List<NewsItem> items,
    @JsonProperty("directory") Directory directory) {

  static FeedDocument of(Channel channel, List<NewsItem> items) {
    return new FeedDocument(channel, items, Directory.of(items));
  }
}
