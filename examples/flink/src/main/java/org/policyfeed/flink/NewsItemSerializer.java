package org.policyfeed.flink;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.base.TypeSerializerSingleton;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.policyfeed.json.NewsJson;
import org.policyfeed.model.NewsItem;

/**
 * Serialises a {@link NewsItem} in policyfeed's published JSON form (docs/json.md): a 4-byte length,
 * then the item's compact JSON in UTF-8.
 *
 * <p>Why not Flink's own serializers: Flink 2.x analyses a Java record as a POJO, but the item's list
 * components ({@code List<Person>} and the others) and its {@code OffsetDateTime} are generic types
 * that fall back to Kryo, which cannot rebuild the immutable lists the records hold, and would tie any
 * saved state to the records' Java layout. The JSON form is the library's own contract: round trips give
 * equal records, and it stays readable across versions of the library. Measured figures are in
 * docs/scale-out.md.
 *
 * <p>Items are immutable, so {@link #copy(NewsItem)} returns its argument: operators chained in one
 * task pass the same instance on at no cost. Stateless and thread-safe.
 */
public final class NewsItemSerializer extends TypeSerializerSingleton<NewsItem> {
  private static final long serialVersionUID = 1L;

  /** The one instance. */
  public static final NewsItemSerializer INSTANCE = new NewsItemSerializer();

  private NewsItemSerializer() {}

  @Override
  public boolean isImmutableType() {
    return true;
  }

  @Override
  public NewsItem createInstance() {
    return new NewsItem("", null, null, null, null, null, null, null, null, false, "", null, null, null, null,
        null, null, null, null, null);
  }

  @Override
  public NewsItem copy(NewsItem from) {
    return from;
  }

  @Override
  public NewsItem copy(NewsItem from, NewsItem reuse) {
    return from;
  }

  @Override
  public int getLength() {
    return -1;
  }

  @Override
  public void serialize(NewsItem record, DataOutputView target) throws IOException {
    byte[] json = NewsJson.toJson(record).getBytes(StandardCharsets.UTF_8);
    target.writeInt(json.length);
    target.write(json);
  }

  @Override
  public NewsItem deserialize(DataInputView source) throws IOException {
    byte[] json = new byte[source.readInt()];
    source.readFully(json);
    return NewsJson.readItem(new String(json, StandardCharsets.UTF_8));
  }

  @Override
  public NewsItem deserialize(NewsItem reuse, DataInputView source) throws IOException {
    return deserialize(source);
  }

  @Override
  public void copy(DataInputView source, DataOutputView target) throws IOException {
    int length = source.readInt();
    target.writeInt(length);
    target.write(source, length);
  }

  @Override
  public TypeSerializerSnapshot<NewsItem> snapshotConfiguration() {
    return new Snapshot();
  }

  private Object readResolve() {
    return INSTANCE;
  }

  /**
   * The serializer's snapshot, for savepoints: the format has one version so far.
   */
  public static final class Snapshot extends SimpleTypeSerializerSnapshot<NewsItem> {
    /** Creates the snapshot; Flink calls this when it restores state. */
    public Snapshot() {
      super(() -> INSTANCE);
    }
  }
}
