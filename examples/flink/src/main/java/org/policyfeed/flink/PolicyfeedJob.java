package org.policyfeed.flink;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.Encoder;
import org.apache.flink.api.common.serialization.SimpleStringEncoder;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.streaming.api.functions.sink.filesystem.OutputFileConfig;
import org.apache.flink.streaming.api.functions.sink.filesystem.bucketassigners.BasePathBucketAssigner;
import org.apache.flink.types.Either;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.policyfeed.json.NewsJson;
import org.policyfeed.model.NewsItem;

/**
 * Reads a directory of RSS feeds on Flink and writes three outputs under the output directory, each as
 * JSON Lines in part files {@code part-*.jsonl} directly in that directory:
 *
 * <ul>
 *   <li>{@code items/}: every item, one {@link NewsJson#toJson(NewsItem)} line each;
 *   <li>{@code directory/}: the people and projects of the whole corpus ({@link Directory});
 *   <li>{@code diagnostics/}: every diagnostic, of items, channels and unreadable files
 *       ({@link FileDiagnostic#toJson()}).
 * </ul>
 *
 * <pre>{@code
 * flink run -p 4 policyfeed-flink-example-0.1.0-SNAPSHOT.jar s3://bucket/feeds s3://bucket/out
 * }</pre>
 *
 * <p>The job runs in batch mode: the input is a fixed set of files. A damaged file, or one that is not a
 * feed, yields diagnostics and does not fail the job.
 */
public final class PolicyfeedJob {

  /** The side output of {@link #items}: the diagnostics, split off the records of the files. */
  public static final OutputTag<FileDiagnostic> DIAGNOSTICS =
      new OutputTag<>("diagnostics", TypeInformation.of(FileDiagnostic.class));

  private PolicyfeedJob() {}

  /**
   * Runs the job: {@code PolicyfeedJob INPUT_DIR OUTPUT_DIR}. Parallelism is Flink's ({@code flink run
   * -p N}, or the cluster's default).
   *
   * @param args the input directory (read recursively; files whose names start with {@code .} or
   *     {@code _} are skipped) and the output directory; any Flink file system URI
   * @throws Exception when the job fails
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: PolicyfeedJob INPUT_DIR OUTPUT_DIR");
      System.exit(2);
    }
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    build(env, new Path(args[0]), new Path(args[1]), ReaderSettings.defaults());
    env.execute("policyfeed: " + args[0]);
  }

  /**
   * Adds the whole job to an environment, sets it to batch mode and turns off Flink's Kryo fallback
   * ({@code pipeline.generic-types: false}): source, diagnostics split, the three sinks.
   *
   * @param env the environment
   * @param input the directory of feeds
   * @param output the directory that receives {@code items/}, {@code directory/} and
   *     {@code diagnostics/}
   * @param settings how to read the feeds
   */
  public static void build(StreamExecutionEnvironment env, Path input, Path output, ReaderSettings settings) {
    env.setRuntimeMode(RuntimeExecutionMode.BATCH);
    // Every type in this job has a Flink serializer of its own; fail at submission if one would need Kryo.
    env.configure(new Configuration().set(PipelineOptions.GENERIC_TYPES, false));
    SingleOutputStreamOperator<NewsItem> items = items(env, input, settings);

    items.sinkTo(FileSink.forRowFormat(new Path(output, "items"), new ItemEncoder())
            .withBucketAssigner(new BasePathBucketAssigner<>())
            .withOutputFileConfig(JSONL).build())
        .name("items");
    items.getSideOutput(DIAGNOSTICS)
        .map(FileDiagnostic::toJson, Types.STRING)
        .name("diagnostics as JSON")
        .sinkTo(lines(new Path(output, "diagnostics")))
        .name("diagnostics");
    Directory.of(items)
        .sinkTo(lines(new Path(output, "directory")))
        .name("directory sink");
  }

  /**
   * The items of every feed in a directory, with the diagnostics in the side output {@link #DIAGNOSTICS}.
   *
   * @param env the environment
   * @param input the directory of feeds
   * @param settings how to read the feeds
   * @return the items; {@code getSideOutput(DIAGNOSTICS)} gives the diagnostics
   */
  public static SingleOutputStreamOperator<NewsItem> items(StreamExecutionEnvironment env, Path input,
      ReaderSettings settings) {
    FileSource<Either<NewsItem, FileDiagnostic>> source =
        FileSource.forBulkFileFormat(new FeedFileFormat(settings), input).build();
    return env.fromSource(source, WatermarkStrategy.noWatermarks(), "feeds")
        .process(new SplitDiagnostics(), NewsItemTypeInfo.INSTANCE)
        .name("split diagnostics");
  }

  private static final OutputFileConfig JSONL = OutputFileConfig.builder().withPartSuffix(".jsonl").build();

  private static FileSink<String> lines(Path dir) {
    return FileSink.forRowFormat(dir, new SimpleStringEncoder<String>("UTF-8"))
        .withBucketAssigner(new BasePathBucketAssigner<>())
        .withOutputFileConfig(JSONL)
        .build();
  }

  /** Sends items on and diagnostics to {@link #DIAGNOSTICS}. */
  static final class SplitDiagnostics extends ProcessFunction<Either<NewsItem, FileDiagnostic>, NewsItem> {
    private static final long serialVersionUID = 1L;

    @Override
    public void processElement(Either<NewsItem, FileDiagnostic> r, Context ctx, Collector<NewsItem> out) {
      if (r.isLeft()) {
        out.collect(r.left());
      } else {
        ctx.output(DIAGNOSTICS, r.right());
      }
    }
  }

  /** One item as one line of JSON Lines. */
  static final class ItemEncoder implements Encoder<NewsItem> {
    private static final long serialVersionUID = 1L;

    @Override
    public void encode(NewsItem item, OutputStream out) throws IOException {
      out.write(NewsJson.toJson(item).getBytes(StandardCharsets.UTF_8));
      out.write('\n');
    }
  }
}
