package org.policyfeed.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.policyfeed.FeedException;
import org.policyfeed.FeedReader;
import org.policyfeed.model.Feed;

/** {@code directory FILE}: the feed-wide directory of people, with role, organisation and items. */
final class DirectoryView {
  private DirectoryView() {}

  static int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.size() != 1) {
      err.println("policyfeed: directory needs one FILE");
      return Main.USAGE;
    }
    Feed feed;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(Path.of(args.get(0))))) {
      feed = FeedReader.builder().build().readAll(in);
    } catch (IOException | FeedException e) {
      err.println("policyfeed: " + args.get(0) + ": " + e.getMessage());
      return Main.FAILED;
    }
    org.policyfeed.Directory dir = org.policyfeed.Directory.of(feed.items());
    out.println(dir.persons().size() + " people in " + feed.items().size() + " items");
    for (org.policyfeed.Directory.PersonEntry p : dir.persons()) {
      StringBuilder sb = new StringBuilder();
      sb.append(p.honorific() == null ? "" : p.honorific() + " ").append(p.name());
      if (p.role() != null || p.organisation() != null) {
        sb.append(" — ").append(p.role() == null ? "" : p.role());
        if (p.organisation() != null) {
          sb.append(p.role() == null ? "" : ", ").append(p.organisation());
        }
      }
      out.println(sb);
      for (String id : p.items()) {
        out.println("    " + id);
      }
    }
    out.flush();
    return Main.OK;
  }
}
