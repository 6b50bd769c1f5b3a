package org.policyfeed.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The repair corpora in src/test/resources/repair. */
final class Corpus {
  private Corpus() {}

  record Control(String id, String text, String note) {
    @Override
    public String toString() {
      return id;
    }
  }

  record Damaged(String id, String damaged, String clean, Set<String> rules, String note) {
    @Override
    public String toString() {
      return id + " " + rules;
    }
  }

  static List<Control> controls() {
    List<Control> out = new ArrayList<>();
    for (JsonNode n : read("/repair/control.jsonl")) {
      out.add(new Control(n.get("id").asText(), n.get("text").asText(), n.path("note").asText()));
    }
    return out;
  }

  static List<Damaged> damaged() {
    List<Damaged> out = new ArrayList<>();
    for (JsonNode n : read("/repair/damaged.jsonl")) {
      Set<String> rules = new TreeSet<>();
      n.get("rules").forEach(r -> rules.add(r.asText()));
      out.add(new Damaged(n.get("id").asText(), n.get("damaged").asText(), n.get("clean").asText(), rules,
          n.path("note").asText()));
    }
    return out;
  }

  private static List<JsonNode> read(String resource) {
    ObjectMapper mapper = new ObjectMapper();
    List<JsonNode> out = new ArrayList<>();
    try (InputStream in = Corpus.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          out.add(mapper.readTree(line));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
