package org.policyfeed.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.policyfeed.FeedReader;
import org.policyfeed.json.NewsJson;
import org.policyfeed.model.Entity;
import org.policyfeed.model.Field;
import org.policyfeed.model.NewsItem;

/** The worked example of docs/adding-a-parser.md, "Adding an extractor". The feed below is INVENTED. */
class FundingAmountExtractorTest {

    /** Invented text for this test: no real project, amount or date. */
    private static final String FEED = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
        <title>Invented news</title><link>https://example.org/</link><description>Invented</description>
        <item><title>Project News: Invented programme receives EUR 1.4 million</title>
        <link>https://example.org/news/1</link><pubDate>Mon, 02 Mar 2020 10:00:00 +0100</pubDate>
        <description>The invented Example Mobility Programme receives EUR 1.4 million...</description>
        <content:encoded><![CDATA[<p>The invented Example Mobility Programme receives EUR 1.4 million from an
        invented donor. A further €250,000 is set aside for training.</p>]]></content:encoded></item>
        </channel></rss>
        """;

    @Test
    void registeredExtractorFillsExtras() {
        FeedReader reader = FeedReader.builder().addExtractor(new FundingAmountExtractor()).build();
        NewsItem item = reader.readAll(FEED).items().get(0);

        assertThat(item.extras()).extracting(Entity::kind).containsOnly("funding");
        assertThat(item.extras()).extracting(Entity::value).containsExactly("EUR 1400000", "EUR 250000");
        Entity first = item.extras().get(0);
        assertThat(first.text()).isEqualTo("EUR 1.4 million");
        // found in the title, the teaser and the body: reported once, with every mention
        assertThat(first.mentions()).extracting(m -> m.field()).containsExactly(Field.TITLE, Field.TEASER, Field.TEXT);
        assertThat(first.mentions().get(2).sentence()).startsWith("The invented Example Mobility Programme");
        // the built-in kinds still work next to it
        assertThat(item.projects()).extracting(p -> p.name()).contains("Example Mobility Programme");
        // and the JSON carries it
        assertThat(NewsJson.toJson(item)).contains("\"extras\":[{\"kind\":\"funding\"");
        assertThat(NewsJson.readItem(NewsJson.toJson(item))).isEqualTo(item);
    }

    @Test
    void withoutTheBuiltInEntitiesAnAddedExtractorStillRuns() {
        FeedReader reader = FeedReader.builder().addExtractor(new FundingAmountExtractor()).entities(false).build();
        NewsItem item = reader.readAll(FEED).items().get(0);
        assertThat(item.extras()).extracting(Entity::value).containsExactly("EUR 1400000", "EUR 250000");
        assertThat(item.projects()).isEmpty();
        assertThat(reader.rebuild().build().readAll(FEED).items().get(0)).isEqualTo(item);
    }

    @Test
    void readerWithoutExtractorsHasNoExtras() {
        assertThat(FeedReader.builder().build().readAll(FEED).items().get(0).extras()).isEmpty();
    }
}
