package org.policyfeed.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.apache.flink.util.InstantiationUtil;
import org.junit.jupiter.api.Test;
import org.policyfeed.model.Diagnostic;
import org.policyfeed.model.Link;
import org.policyfeed.model.NewsItem;
import org.policyfeed.model.Repair;
import org.policyfeed.model.Severity;

class NewsItemSerializerTest {
  private static final NewsItemSerializer S = NewsItemSerializer.INSTANCE;

  static NewsItem full() {
    NewsItem base = DirectoryTest.item("urn:x:1",
        List.of(DirectoryTest.person("Jane Doe", "Director")),
        List.of(DirectoryTest.project("Mobility Partnership Facility", "MPF", "II")));
    return new NewsItem(base.id(), "Project News: Ünïcode “quotes”", "Project News", "Ünïcode “quotes”",
        base.link(), OffsetDateTime.parse("2019-03-21T12:57:30+01:00"), List.of("A. Author"), List.of("News"),
        "Teaser...", true, "Body\n\nSecond paragraph", "<p>Body</p>", List.of(new Link("here", "https://x.org/")),
        base.persons(), base.projects(), List.of(), List.of(),
        List.of(new Repair("run-together", org.policyfeed.model.Field.TEXT, "ab", "a b", 0)),
        List.of(new Diagnostic(Severity.WARNING, "date-guessed", "guessed", 3, 7)), "en");
  }

  @Test
  void roundTripGivesAnEqualItem() throws Exception {
    NewsItem item = full();
    DataOutputSerializer out = new DataOutputSerializer(256);
    S.serialize(item, out);
    S.serialize(item, out);
    DataInputDeserializer in = new DataInputDeserializer(out.getCopyOfBuffer());
    assertThat(S.deserialize(in)).isEqualTo(item);
    DataOutputSerializer copied = new DataOutputSerializer(4096); // write(view, n) does not grow the buffer
    S.copy(in, copied); // the second item, copied as bytes
    assertThat(S.deserialize(new DataInputDeserializer(copied.getCopyOfBuffer()))).isEqualTo(item);
  }

  @Test
  void copyingAnImmutableItemIsFree() {
    NewsItem item = full();
    assertThat(S.copy(item)).isSameAs(item);
    assertThat(S.isImmutableType()).isTrue();
  }

  @Test
  void typeInformationAndSerializerSurviveJavaSerialisation() throws Exception {
    assertThat(InstantiationUtil.clone(NewsItemTypeInfo.INSTANCE)).isSameAs(NewsItemTypeInfo.INSTANCE);
    assertThat(NewsItemTypeInfo.INSTANCE.createSerializer(new SerializerConfigImpl())).isSameAs(S);
    assertThat(S.snapshotConfiguration().restoreSerializer()).isSameAs(S);
    assertThat(InstantiationUtil.clone(new FeedFileFormat(ReaderSettings.defaults().withStrict(true))).settings())
        .isEqualTo(ReaderSettings.defaults().withStrict(true));
  }
}
