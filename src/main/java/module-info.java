/**
 * policyfeed: streaming reader that turns migration-policy news feeds into clean, immutable records.
 *
 * <p>Start at {@link org.policyfeed.FeedReader}.
 *
 * @since 0.1.0
 */
module org.policyfeed {
  requires transitive com.fasterxml.jackson.annotation;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.ctc.wstx;
  requires org.codehaus.stax2;
  requires transitive java.xml;
  requires org.jsoup;
  requires static transitive org.jspecify;

  exports org.policyfeed;
  exports org.policyfeed.model;
  exports org.policyfeed.json;
  exports org.policyfeed.format;
  exports org.policyfeed.extract;

  uses org.policyfeed.format.FeedFormat;

  provides org.policyfeed.format.FeedFormat with
      org.policyfeed.internal.RssFormat,
      org.policyfeed.internal.AtomFormat;

  opens org.policyfeed.model to com.fasterxml.jackson.databind;
}
