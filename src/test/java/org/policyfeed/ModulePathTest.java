package org.policyfeed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policyfeed.cli.Main;
import org.policyfeed.testing.ChildJvm;

/**
 * The library as a named module, as a modular application uses it: the CLI run from the module path (the compiled
 * classes with their {@code module-info}, and the jars of the modules it requires) writes the same JSON Lines for
 * the bundled feed as on the class path. So the module's {@code requires} are complete, its resources (the
 * gazetteer) are read from inside the module, and Jackson writes its records. The other tests run on the class
 * path.
 */
class ModulePathTest {
  /** The jars of the modules {@code org.policyfeed} requires, by file name. */
  private static final List<String> REQUIRED = List.of("woodstox-core-", "stax2-api-", "jsoup-", "jackson-core-",
      "jackson-databind-", "jackson-annotations-", "jackson-datatype-jsr310-", "jspecify-");

  @Test
  void theCliOnTheModulePathWritesWhatItWritesOnTheClassPath() throws Exception {
    Path classes = Path.of(FeedReader.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    assertThat(classes.resolve("module-info.class")).exists();
    List<String> modulePath = new ArrayList<>(List.of(classes.toString()));
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String name = Path.of(entry).getFileName().toString();
      if (name.endsWith(".jar") && REQUIRED.stream().anyMatch(name::startsWith)) {
        modulePath.add(entry);
      }
    }
    assertThat(modulePath).hasSize(REQUIRED.size() + 1);
    String feed = "testdata/icmpd-news-2019-03.rss";
    String viaModules = ChildJvm.run("-p", String.join(File.pathSeparator, modulePath), "-m",
        "org.policyfeed/" + Main.class.getName(), "--format", "jsonl", "--no-progress", feed);
    String viaClassPath = ChildJvm.run("-cp", System.getProperty("java.class.path"), Main.class.getName(), "--format",
        "jsonl", "--no-progress", feed);
    assertThat(viaModules.lines()).hasSize(10);
    assertThat(viaModules).isEqualTo(viaClassPath);
  }
}
