package org.policyfeed.flink;

/**
 * One item's mention of a person or a project, keyed for the corpus-wide directory. A record of strings,
 * which Flink serialises with its own POJO serializer; this is what crosses the network in the
 * {@code keyBy} shuffle, not the whole item.
 *
 * @param key the directory key: {@code person:} and the normalised name, or {@code project:} and the
 *     normalised acronym, else the normalised name (see {@link Directory#personKey} and
 *     {@link Directory#projectKey})
 * @param kind {@code person} or {@code project}
 * @param itemId the id of the item that mentions the entity
 * @param entityJson the entity as the library's JSON, without its per-item mentions
 */
public record EntityMention(String key, String kind, String itemId, String entityJson) {

  /**
   * Whether this mention's entity comes before the other's as the directory's representative: the one
   * from the smallest item id, then the smallest JSON. A total order, so the choice does not depend on
   * the order in which mentions arrive, nor on the parallelism.
   *
   * @param other another mention of the same key
   * @return true when this one represents the key rather than {@code other}
   */
  public boolean precedes(EntityMention other) {
    int c = itemId.compareTo(other.itemId);
    return c < 0 || (c == 0 && entityJson.compareTo(other.entityJson) < 0);
  }
}
