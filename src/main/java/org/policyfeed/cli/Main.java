package org.policyfeed.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.policyfeed.FeedException;
import org.policyfeed.FeedReader;
import org.policyfeed.FeedStream;
import org.policyfeed.json.JsonLinesWriter;
import org.policyfeed.json.NewsJson;
import org.policyfeed.model.Diagnostic;
import org.policyfeed.model.NewsItem;

/**
 * {@code java -jar policyfeed-cli.jar [--format text|json|jsonl] [--strict] [--no-repairs] [--no-entities]
 * [--jobs N] [--progress|--no-progress] FILE…|DIRECTORY…|-}.
 *
 * <p>Exit status: 0 when items were read (problems go to stderr as diagnostics), 1 when the input is
 * not a feed or cannot be read, 2 for a usage error.
 */
public final class Main {
  static final int OK = 0;
  static final int FAILED = 1;
  static final int USAGE = 2;

  static final String HELP = """
      Usage: java -jar policyfeed-cli.jar [OPTIONS] FILE...|DIRECTORY...|-
             java -jar policyfeed-cli.jar directory FILE
             java -jar policyfeed-cli.jar eval FEED GOLD

      Reads feeds (FILEs, every file under a DIRECTORY, or standard input for -) and
      prints their items. Several files are read in parallel; the output keeps file order.
      "directory" prints the people of a feed with their role, organisation and items;
      "eval" scores the extracted entities against a gold file (docs/extraction.md).

      Options:
        --format text   a readable listing per item (default): date, category, headline,
                        link, the first lines of the text, counts of what was found
        --format json   one JSON document {"channel": ..., "items": [...], "directory": ...}
        --format jsonl  JSON Lines: one item per line, written as each item is read
        --strict        treat any warning or error in the input as fatal
        --no-repairs    leave the text as converted from HTML, without the repair stage
        --no-entities   do not look for people, projects, deadlines and events: plain,
                        repaired text several times faster; the entity lists stay empty
        --jobs N        read up to N files at once, or convert the items of one file on N
                        threads (default: the number of processors)
        --progress      show progress on standard error (default: only on a terminal)
        --no-progress   never show progress
        -h, --help      show this help

      Problems in the input are reported on standard error, one per line, as
        FILE: item N: line L, column C: SEVERITY CODE: MESSAGE

      Exit status:
        0  every feed was read (diagnostics, if any, were printed on standard error)
        1  an input is not a feed, cannot be read, or (with --strict) has a problem;
           the other inputs are still read
        2  usage error

      With several files, --format json prints one document per file, one after
      the other; jsonl and text simply continue. The JSON field names are
      documented in docs/json.md.
      """;

  private final PrintStream out;
  private final PrintStream err;
  private final InputStream stdin;

  Main(PrintStream out, PrintStream err, InputStream stdin) {
    this.out = out;
    this.err = err;
    this.stdin = stdin;
  }

  /**
   * Runs the tool and exits with its status.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
        StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
        StandardCharsets.UTF_8);
    int status = new Main(out, err, System.in).run(args);
    out.flush();
    System.exit(status);
  }

  int run(String[] args) {
    if (args.length > 0 && args[0].equals("eval")) {
      return Evaluation.run(List.of(args).subList(1, args.length), out, err);
    }
    if (args.length > 0 && args[0].equals("directory")) {
      return DirectoryView.run(List.of(args).subList(1, args.length), out, err);
    }
    String format = "text";
    boolean strict = false;
    boolean repairs = true;
    boolean entities = true;
    Boolean progress = null;
    int jobs = Runtime.getRuntime().availableProcessors();
    List<String> inputs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "-h", "--help" -> {
          out.print(HELP);
          return OK;
        }
        case "--strict" -> strict = true;
        case "--no-repairs" -> repairs = false;
        case "--no-entities" -> entities = false;
        case "--progress" -> progress = true;
        case "--no-progress" -> progress = false;
        case "--format", "--jobs" -> {
          if (i + 1 >= args.length) {
            return usage(a + " needs a value");
          }
          String value = args[++i];
          if (a.equals("--format")) {
            format = value;
          } else {
            try {
              jobs = Integer.parseInt(value);
            } catch (NumberFormatException e) {
              jobs = 0;
            }
            if (jobs < 1) {
              return usage("--jobs needs a positive number");
            }
          }
        }
        default -> {
          if (a.startsWith("--format=")) {
            format = a.substring("--format=".length());
          } else if (a.startsWith("-") && !a.equals("-")) {
            return usage("unknown option " + a);
          } else {
            inputs.add(a);
          }
        }
      }
    }
    if (!List.of("text", "json", "jsonl").contains(format)) {
      return usage("unknown format '" + format + "': use text, json or jsonl");
    }
    if (inputs.isEmpty()) {
      return usage("no input: give FILEs, a DIRECTORY, or - for standard input");
    }
    if (inputs.contains("-") && inputs.size() > 1) {
      return usage("- (standard input) cannot be combined with other inputs");
    }
    List<String> files;
    try {
      files = expand(inputs);
    } catch (IOException e) {
      return fail(e.getMessage());
    }
    if (files.isEmpty()) {
      return fail("no files to read in " + String.join(", ", inputs));
    }
    long total = 0;
    for (String f : files) {
      total += f.equals("-") ? 0 : sizeOf(f);
    }
    FeedReader reader = FeedReader.builder().strict(strict).repairs(repairs).entities(entities).build();
    boolean show = progress != null ? progress : Progress.stderrIsTerminal();
    try (Progress bar = new Progress(err, show, total)) {
      this.progress = bar;
      if (files.size() == 1) {
        if (jobs == 1) {
          return readOne(reader, files.get(0), format, out, bar);
        }
        // one file: its items are converted on the pool, still written in feed order
        ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
          Thread t = new Thread(r, "policyfeed-items");
          t.setDaemon(true);
          return t;
        });
        try {
          return readOne(reader.rebuild().executor(pool, 4 * jobs).build(), files.get(0), format, out, bar);
        } finally {
          pool.shutdownNow();
        }
      }
      return readMany(reader, files, format, Math.min(jobs, files.size()), bar);
    } finally {
      out.flush();
    }
  }

  private @Nullable Progress progress;

  /** Files and directories (their regular, non-hidden files, recursively, in name order) to files. */
  static List<String> expand(List<String> inputs) throws IOException {
    List<String> files = new ArrayList<>();
    for (String in : inputs) {
      Path p = Path.of(in);
      if (!in.equals("-") && Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
              .map(Path::toString).sorted().forEach(files::add);
        } catch (UncheckedIOException e) {
          throw new IOException(in + ": cannot list (" + e.getCause().getMessage() + ")", e);
        }
      } else {
        files.add(in);
      }
    }
    return files;
  }

  private static long sizeOf(String file) {
    try {
      return Files.size(Path.of(file));
    } catch (IOException e) {
      return 0;
    }
  }

  private int readMany(FeedReader reader, List<String> files, String format, int jobs, Progress bar) {
    OrderedOutput ordered = new OrderedOutput(out, files.size());
    ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
      Thread t = new Thread(r, "policyfeed-reader");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int i = 0; i < files.size(); i++) {
        int index = i;
        results.add(pool.submit(() -> {
          try (PrintStream fileOut = new PrintStream(ordered.slot(index), false, StandardCharsets.UTF_8)) {
            if (format.equals("text")) {
              fileOut.println("== " + files.get(index));
            }
            return readOne(reader, files.get(index), format, fileOut, bar);
          }
        }));
      }
      int status = OK;
      for (Future<Integer> f : results) {
        status = Math.max(status, f.get());
      }
      return status;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return fail("interrupted");
    } catch (ExecutionException e) {
      return fail("internal error (" + e.getCause() + ")");
    } finally {
      pool.shutdownNow();
    }
  }

  private int readOne(FeedReader reader, String name, String format, PrintStream target, Progress bar) {
    try (InputStream in = new CountingInput(open(name), bar)) {
      return read(reader, in, name, format, target, bar);
    } catch (NoSuchFileException e) {
      return fail(name + ": no such file");
    } catch (IOException | UncheckedIOException e) {
      return fail(name + ": cannot read (" + message(e) + ")");
    } catch (FeedException e) {
      return fail(name + ": " + e.getMessage());
    } catch (RuntimeException e) {
      // never a stack trace for a user; the one line still says what broke
      return fail(name + ": internal error (" + e + ")");
    }
  }

  private InputStream open(String name) throws IOException {
    if (name.equals("-")) {
      return new BufferedInputStream(stdin, 1 << 16);
    }
    Path p = Path.of(name);
    if (Files.isDirectory(p)) {
      throw new IOException("is a directory");
    }
    return new BufferedInputStream(Files.newInputStream(p), 1 << 16);
  }

  private int read(FeedReader reader, InputStream in, String name, String format, PrintStream target,
      Progress bar) throws IOException {
    try (FeedStream feed = reader.open(in)) {
      switch (format) {
        case "json" -> {
          List<NewsItem> items = new ArrayList<>();
          for (NewsItem item : feed) {
            items.add(item);
            bar.addItem();
            report(name, items.size(), item.diagnostics());
          }
          report(name, 0, feed.channel().diagnostics());
          Writer w = new OutputStreamWriter(target, StandardCharsets.UTF_8);
          NewsJson.writePretty(FeedDocument.of(feed.channel(), items), w);
          w.write('\n');
          w.flush();
        }
        case "jsonl" -> {
          JsonLinesWriter w = NewsJson.lines(target);
          int n = 0;
          for (NewsItem item : feed) {
            w.write(item);
            bar.addItem();
            report(name, ++n, item.diagnostics());
          }
          w.flush();
          report(name, 0, feed.channel().diagnostics());
        }
        default -> {
          TextListing listing = new TextListing(target);
          listing.channel(feed.channel());
          int n = 0;
          for (NewsItem item : feed) {
            listing.item(++n, item);
            bar.addItem();
            report(name, n, item.diagnostics());
          }
          listing.end(n);
          report(name, 0, feed.channel().diagnostics());
        }
      }
    }
    target.flush();
    return OK;
  }

  private void report(String name, int item, List<Diagnostic> diagnostics) {
    for (Diagnostic d : diagnostics) {
      printErr(name + ": " + (item > 0 ? "item " + item + ": " : "") + d);
    }
  }

  private void printErr(String line) {
    Progress bar = progress;
    if (bar != null) {
      bar.println(line);
    } else {
      synchronized (err) {
        err.println(line);
      }
    }
  }

  private int usage(String message) {
    err.println("policyfeed: " + message);
    err.println("Try 'java -jar policyfeed-cli.jar --help'.");
    return USAGE;
  }

  private int fail(String message) {
    printErr("policyfeed: " + message);
    return FAILED;
  }

  private static String message(Exception e) {
    Throwable t = e instanceof UncheckedIOException u ? u.getCause() : e;
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }

  /** Counts the bytes read for the progress line. */
  private static final class CountingInput extends java.io.FilterInputStream {
    private final Progress bar;

    CountingInput(InputStream in, Progress bar) {
      super(in);
      this.bar = bar;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        bar.addBytes(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        bar.addBytes(n);
      }
      return n;
    }
  }

  /** The readable listing of the text format. */
  static final class TextListing {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");
    private final PrintStream out;

    TextListing(PrintStream out) {
      this.out = out;
    }

    void channel(org.policyfeed.model.Channel c) {
      out.println(nullToDash(c.title()) + (c.link() == null ? "" : " <" + c.link() + ">"));
      if (c.description() != null) {
        out.println(c.description());
      }
      out.println();
    }

    void item(int n, NewsItem item) {
      String date = item.published() == null ? "(no date)" : DATE.format(item.published());
      out.println(n + ". " + date + (item.category() == null ? "" : "  [" + item.category() + "]"));
      out.println("   " + nullToDash(item.headline()));
      if (item.link() != null) {
        out.println("   " + item.link());
      }
      String text = item.text().isEmpty() ? nullToEmpty(item.teaser()) : item.text();
      for (String line : firstLines(text, 3, 96)) {
        out.println("   | " + line);
      }
      out.println("   " + item.persons().size() + " persons, " + item.projects().size() + " projects, "
          + item.deadlines().size() + " deadlines, " + item.events().size() + " events, "
          + item.links().size() + " links, " + item.repairs().size() + " repairs, "
          + item.diagnostics().size() + " diagnostics");
      out.println();
    }

    void end(int n) {
      out.println(n + (n == 1 ? " item" : " items"));
    }

    static List<String> firstLines(String text, int max, int width) {
      List<String> lines = new ArrayList<>();
      StringBuilder line = new StringBuilder();
      for (String word : text.replace('\n', ' ').split(" +")) {
        if (word.isEmpty()) {
          continue;
        }
        if (line.length() > 0 && line.length() + 1 + word.length() > width) {
          lines.add(line.toString());
          line.setLength(0);
          if (lines.size() == max) {
            lines.set(max - 1, lines.get(max - 1) + " …");
            return lines;
          }
        }
        if (line.length() > 0) {
          line.append(' ');
        }
        line.append(word);
      }
      if (line.length() > 0) {
        lines.add(line.toString());
      }
      return lines;
    }

    private static String nullToDash(@Nullable String s) {
      return s == null ? "-" : s;
    }

    private static String nullToEmpty(@Nullable String s) {
      return s == null ? "" : s;
    }
  }

}
