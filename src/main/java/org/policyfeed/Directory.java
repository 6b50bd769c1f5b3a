package org.policyfeed;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.policyfeed.extract.rules.Rules;
import org.policyfeed.model.NewsItem;
import org.policyfeed.model.Person;
import org.policyfeed.model.Project;
import org.policyfeed.model.ProjectKind;

/**
 * A feed-wide directory: the people and projects of many items merged, each with the ids of the items
 * that mention them. People are merged by name (ignoring case, accents and punctuation); projects by
 * acronym, else by name, with their phases folded together. Build it at once with {@link #of(Iterable)} or
 * item by item, while streaming, with {@link #builder()}.
 *
 * <pre>{@code
 * Directory.Builder directory = Directory.builder();
 * try (FeedStream feed = reader.open(in)) {
 *   feed.forEach(directory::add);
 * }
 * for (Directory.PersonEntry p : directory.build().persons()) {
 *   System.out.println(p.name() + " " + p.items());
 * }
 * }</pre>
 *
 * @param persons people, in order of first mention; never null
 * @param projects projects, in order of first mention; never null
 * @since 0.1.0
 */
public record Directory(
    @JsonProperty("persons") List<PersonEntry> persons,
    @JsonProperty("projects") List<ProjectEntry> projects) {

  /** Copies the lists; null becomes empty. */
  public Directory {
    persons = persons == null ? List.of() : List.copyOf(persons);
    projects = projects == null ? List.of() : List.copyOf(projects);
  }

  /**
   * A person across items.
   *
   * @param name the full name as first written
   * @param honorific the first honorific written in any item, or null
   * @param role the most complete role given in any item, or null
   * @param organisation the organisation that goes with that role (else the first given), or null
   * @param items ids of the items that mention the person, in feed order; never null
   * @since 0.1.0
   */
  public record PersonEntry(
      @JsonProperty("name") String name,
      @JsonProperty("honorific") @Nullable String honorific,
      @JsonProperty("role") @Nullable String role,
      @JsonProperty("organisation") @Nullable String organisation,
      @JsonProperty("items") List<String> items) {

    /** Copies the list; null becomes empty. */
    public PersonEntry {
      requireNonNull(name, "name");
      items = items == null ? List.of() : List.copyOf(items);
    }
  }

  /**
   * A project across items; its phases are folded together.
   *
   * @param name the long name, as first written
   * @param acronym the acronym, or null
   * @param kind the kind, as first found
   * @param phases the phases mentioned, in order of first mention; never null
   * @param items ids of the items that mention the project, in feed order; never null
   * @since 0.1.0
   */
  public record ProjectEntry(
      @JsonProperty("name") String name,
      @JsonProperty("acronym") @Nullable String acronym,
      @JsonProperty("kind") ProjectKind kind,
      @JsonProperty("phases") List<String> phases,
      @JsonProperty("items") List<String> items) {

    /** Copies the lists; null becomes empty. */
    public ProjectEntry {
      requireNonNull(name, "name");
      requireNonNull(kind, "kind");
      phases = phases == null ? List.of() : List.copyOf(phases);
      items = items == null ? List.of() : List.copyOf(items);
    }
  }

  /**
   * The directory of some items.
   *
   * @param items the items, in feed order
   * @return the directory
   * @since 0.1.0
   */
  public static Directory of(Iterable<NewsItem> items) {
    Builder b = builder();
    for (NewsItem i : items) {
      b.add(i);
    }
    return b.build();
  }

  /**
   * An empty builder, to add items one at a time.
   *
   * @return the builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Directory} item by item; memory grows with the number of distinct people and projects,
   * not with the number of items. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private static final class P {
      String name;
      @Nullable String honorific;
      @Nullable String role;
      @Nullable String organisation;
      final Set<String> items = new LinkedHashSet<>();

      P(String name) {
        this.name = name;
      }
    }

    private static final class J {
      final String name;
      @Nullable String acronym;
      final ProjectKind kind;
      final Set<String> phases = new LinkedHashSet<>();
      final Set<String> items = new LinkedHashSet<>();

      J(String name, @Nullable String acronym, ProjectKind kind) {
        this.name = name;
        this.acronym = acronym;
        this.kind = kind;
      }
    }

    private final Map<String, P> persons = new LinkedHashMap<>();
    private final List<J> projects = new ArrayList<>();
    private final Map<String, J> projectKeys = new HashMap<>();

    private Builder() {}

    /**
     * Adds the people and projects of one item.
     *
     * @param item the item
     * @return this builder
     * @since 0.1.0
     */
    public Builder add(NewsItem item) {
      for (Person p : item.persons()) {
        P e = persons.computeIfAbsent(Rules.normalise(p.name()), k -> new P(p.name()));
        e.items.add(item.id());
        if (e.honorific == null) {
          e.honorific = p.honorific();
        }
        if (p.role() != null && (e.role == null || p.role().length() > e.role.length())) {
          e.role = p.role();
          if (p.organisation() != null) {
            e.organisation = p.organisation();
          }
        }
        if (e.organisation == null) {
          e.organisation = p.organisation();
        }
      }
      for (Project p : item.projects()) {
        String byAcr = p.acronym() == null ? null : "a:" + Rules.normalise(p.acronym());
        String byName = "n:" + Rules.normalise(p.name());
        J e = byAcr != null ? projectKeys.get(byAcr) : null;
        if (e == null) {
          e = projectKeys.get(byName);
        }
        if (e == null) {
          e = new J(p.name(), p.acronym(), p.kind());
          projects.add(e);
        }
        if (e.acronym == null && p.acronym() != null) {
          e.acronym = p.acronym();
        }
        projectKeys.putIfAbsent(byName, e);
        if (byAcr != null) {
          projectKeys.putIfAbsent(byAcr, e);
        }
        if (p.phase() != null) {
          e.phases.add(p.phase());
        }
        e.items.add(item.id());
      }
      return this;
    }

    /**
     * The directory of the items added so far.
     *
     * @return the directory
     * @since 0.1.0
     */
    public Directory build() {
      List<PersonEntry> ps = new ArrayList<>();
      for (P p : persons.values()) {
        ps.add(new PersonEntry(p.name, p.honorific, p.role, p.organisation, new ArrayList<>(p.items)));
      }
      List<ProjectEntry> js = new ArrayList<>();
      for (J j : projects) {
        js.add(new ProjectEntry(j.name, j.acronym, j.kind, new ArrayList<>(j.phases), new ArrayList<>(j.items)));
      }
      return new Directory(ps, js);
    }
  }
}
