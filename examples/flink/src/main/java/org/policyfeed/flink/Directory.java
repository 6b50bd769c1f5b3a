package org.policyfeed.flink;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.policyfeed.json.NewsJson;
import org.policyfeed.model.NewsItem;
import org.policyfeed.model.Person;
import org.policyfeed.model.Project;

/**
 * The corpus-wide directory of people and projects: for each person and each project, one
 * representative entity and the sorted, de-duplicated ids of the items that mention it.
 *
 * <p>Each item becomes one {@link EntityMention} per person and project it names; the mentions are keyed
 * by a normalised name and gathered by {@link Gather}. One line of the output:
 *
 * <pre>{@code
 * {"key":"person:jane doe","kind":"person","entity":{"name":"Jane Doe",…,"mentions":[]},"items":["id-1","id-7"]}
 * }</pre>
 *
 * <p>The entity is the one from the smallest item id (ties: smallest JSON), so the output is the same at
 * any parallelism. Its {@code mentions} are left empty: they are offsets inside one item's text and mean
 * nothing across items; {@code items} says where to look. The same person under two spellings that
 * normalise differently stays two entries.
 */
public final class Directory {
  private static final ObjectMapper JSON = NewsJson.mapper();
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private Directory() {}

  /**
   * Adds the directory to a stream of items.
   *
   * @param items the items of the whole corpus
   * @return one JSON line per person and per project
   */
  public static DataStream<String> of(DataStream<NewsItem> items) {
    return items
        .flatMap(Directory::mentions, TypeInformation.of(EntityMention.class))
        .name("entities")
        .keyBy(EntityMention::key, Types.STRING)
        .process(new Gather(), Types.STRING)
        .name("directory");
  }

  /**
   * The mentions of one item: one per person and per project.
   *
   * @param item the item
   * @param out where the mentions go
   */
  public static void mentions(NewsItem item, Collector<EntityMention> out) {
    for (Person p : item.persons()) {
      Person entity = new Person(p.name(), p.honorific(), p.role(), p.organisation(), List.of());
      out.collect(new EntityMention(personKey(p), "person", item.id(), write(entity)));
    }
    for (Project p : item.projects()) {
      Project entity = new Project(p.name(), p.acronym(), p.phase(), p.kind(), p.start(), p.end(), List.of());
      out.collect(new EntityMention(projectKey(p), "project", item.id(), write(entity)));
    }
  }

  /**
   * A person's key: {@code person:} and the normalised name.
   *
   * @param p the person
   * @return the key
   */
  public static String personKey(Person p) {
    return "person:" + normalise(p.name());
  }

  /**
   * A project's key: {@code project:} and the normalised acronym when it has one, else the normalised
   * name. The phase is not part of the key: phases of one project share an entry.
   *
   * @param p the project
   * @return the key
   */
  public static String projectKey(Project p) {
    String acronym = p.acronym();
    return "project:" + normalise(acronym != null && !acronym.isBlank() ? acronym : p.name());
  }

  /**
   * Normalises a name for use in a key: accents removed (NFKD), lower case, every run of characters
   * that are not letters or digits made one space, trimmed. {@code "Dr. Jean-Marc  Müller"} becomes
   * {@code "dr jean marc muller"}.
   *
   * @param name a name
   * @return the normalised name
   */
  public static String normalise(String name) {
    String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
    return NOT_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  /**
   * One line of the directory.
   *
   * @param first the mention whose entity represents the key (see {@link EntityMention#precedes})
   * @param itemIds the ids of the items that mention the key, in any order, repeats allowed
   * @return the line: key, kind, entity and the sorted, distinct item ids
   */
  public static String line(EntityMention first, Collection<String> itemIds) {
    ObjectNode line = JSON.createObjectNode();
    line.put("key", first.key());
    line.put("kind", first.kind());
    try {
      line.set("entity", JSON.readTree(first.entityJson()));
      ArrayNode items = line.putArray("items");
      new TreeSet<>(itemIds).forEach(items::add);
      return JSON.writeValueAsString(line);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the entry of " + first.key(), e);
    }
  }

  private static String write(Object entity) {
    try {
      return JSON.writeValueAsString(entity);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + entity, e);
    }
  }

  /**
   * Gathers the mentions of one key and, at the end of the input, writes its directory line. State per
   * key: the representative mention and the set of item ids, so the work is linear in the number of
   * mentions. In batch mode the keys arrive sorted and the state of one key at a time is in memory.
   */
  public static final class Gather extends KeyedProcessFunction<String, EntityMention, String> {
    private static final long serialVersionUID = 1L;

    private transient ValueState<EntityMention> first;
    private transient MapState<String, Boolean> itemIds;

    @Override
    public void open(OpenContext context) {
      first = getRuntimeContext().getState(
          new ValueStateDescriptor<>("first", TypeInformation.of(EntityMention.class)));
      itemIds = getRuntimeContext().getMapState(
          new MapStateDescriptor<>("itemIds", Types.STRING, Types.BOOLEAN));
    }

    @Override
    public void processElement(EntityMention m, Context ctx, Collector<String> out) throws Exception {
      EntityMention f = first.value();
      if (f == null) {
        ctx.timerService().registerEventTimeTimer(Long.MAX_VALUE); // fires at the end of the input
      }
      if (f == null || m.precedes(f)) {
        first.update(m);
      }
      itemIds.put(m.itemId(), Boolean.TRUE);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<String> out) throws Exception {
      List<String> ids = new ArrayList<>();
      itemIds.keys().forEach(ids::add);
      out.collect(line(first.value(), ids));
      first.clear();
      itemIds.clear();
    }
  }
}
