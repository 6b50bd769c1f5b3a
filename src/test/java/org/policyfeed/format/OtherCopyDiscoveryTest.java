package org.policyfeed.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyfeed.FeedReader;

/**
 * Two copies of the library in one JVM, as in an application server or a job engine with its own class loaders:
 * the thread's context class loader sees the formats that one copy lists for {@link java.util.ServiceLoader}, while
 * {@link FeedReader} of the other copy looks them up. They implement the other copy's {@link FeedFormat}, so they
 * are not this copy's formats; the reader is built all the same.
 */
class OtherCopyDiscoveryTest {

  /** Loads the library's own classes ({@code org.policyfeed.*}) itself and everything else from its parent. */
  private static final class LibraryCopy extends URLClassLoader {
    LibraryCopy(URL classes, ClassLoader parent) {
      super(new URL[] {classes}, parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!name.startsWith("org.policyfeed.")) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> c = findLoadedClass(name);
        if (c == null) {
          c = findClass(name);
        }
        if (resolve) {
          resolveClass(c);
        }
        return c;
      }
    }
  }

  @Test
  void formatsOfAnotherCopyOnTheContextClassLoaderAreNotThisCopysFormats() throws Exception {
    String seed = Files.readString(Path.of("testdata/icmpd-news-2019-03.rss"));
    URL classes = FeedReader.class.getProtectionDomain().getCodeSource().getLocation();
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    // the context loader (this test's) lists RssFormat, AtomFormat and the test's JsonFeedFormat of this copy
    assertThat(context.getResources("META-INF/services/" + FeedFormat.class.getName()).hasMoreElements()).isTrue();
    try (LibraryCopy copy = new LibraryCopy(classes, context)) {
      Class<?> reader = copy.loadClass(FeedReader.class.getName());
      assertThat(reader).isNotSameAs(FeedReader.class);
      Object builder = reader.getMethod("builder").invoke(null);
      Object built = builder.getClass().getMethod("build").invoke(builder);
      Object feed = reader.getMethod("readAll", String.class).invoke(built, seed);
      List<?> items = (List<?>) feed.getClass().getMethod("items").invoke(feed);
      assertThat(items).hasSize(10);
      // the context loader's formats, all of them this test's copy's, are not found for the other copy
      Method discovered = copy.loadClass("org.policyfeed.internal.Formats").getMethod("discovered");
      assertThat((List<?>) discovered.invoke(null)).isEmpty();
    }
  }

  @Test
  void aListedFormatThatCannotBeLoadedIsStillAnError(@TempDir Path dir) throws Exception {
    // an invented provider name that no class answers to
    Path services = dir.resolve("META-INF/services");
    Files.createDirectories(services);
    Files.writeString(services.resolve(FeedFormat.class.getName()), "org.example.NoSuchFormat\n");
    Thread thread = Thread.currentThread();
    ClassLoader context = thread.getContextClassLoader();
    try (URLClassLoader listing = new URLClassLoader(new URL[] {dir.toUri().toURL()}, context)) {
      thread.setContextClassLoader(listing);
      assertThatThrownBy(() -> FeedReader.builder().build()).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("org.example.NoSuchFormat");
      assertThat(FeedReader.builder().discoverFormats(false).build()).isNotNull();
    } finally {
      thread.setContextClassLoader(context);
    }
  }
}
