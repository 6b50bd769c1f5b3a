package org.policyfeed.flink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads what a run of {@link PolicyfeedJob} wrote. */
final class Outputs {
  private Outputs() {}

  /** Every line of the finished part files under {@code dir}, sorted; empty when there are none. */
  static List<String> sortedLines(Path dir) throws IOException {
    List<String> lines = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return lines;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().startsWith("part-"))
          .forEach(p -> {
            try {
              lines.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    }
    lines.sort(null);
    return lines;
  }
}
