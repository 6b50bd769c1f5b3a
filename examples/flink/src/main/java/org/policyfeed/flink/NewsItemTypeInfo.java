package org.policyfeed.flink;

import org.apache.flink.api.common.serialization.SerializerConfig;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.policyfeed.model.NewsItem;

/**
 * Flink type information for {@link NewsItem}: serialised by {@link NewsItemSerializer} in the
 * library's JSON form. Pass {@link #INSTANCE} wherever a stream of items is declared
 * ({@code process(fn, NewsItemTypeInfo.INSTANCE)}); the item is not a key type.
 */
public final class NewsItemTypeInfo extends TypeInformation<NewsItem> {
  private static final long serialVersionUID = 1L;

  /** The one instance. */
  public static final NewsItemTypeInfo INSTANCE = new NewsItemTypeInfo();

  private NewsItemTypeInfo() {}

  @Override
  public boolean isBasicType() {
    return false;
  }

  @Override
  public boolean isTupleType() {
    return false;
  }

  @Override
  public int getArity() {
    return 1;
  }

  @Override
  public int getTotalFields() {
    return 1;
  }

  @Override
  public Class<NewsItem> getTypeClass() {
    return NewsItem.class;
  }

  @Override
  public boolean isKeyType() {
    return false;
  }

  @Override
  public TypeSerializer<NewsItem> createSerializer(SerializerConfig config) {
    return NewsItemSerializer.INSTANCE;
  }

  @Override
  public String toString() {
    return "NewsItem(JSON)";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NewsItemTypeInfo;
  }

  @Override
  public int hashCode() {
    return NewsItemTypeInfo.class.hashCode();
  }

  @Override
  public boolean canEqual(Object o) {
    return o instanceof NewsItemTypeInfo;
  }

  private Object readResolve() {
    return INSTANCE;
  }
}
