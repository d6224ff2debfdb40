package io.corroborate.bench.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ScaleBenchTest {
  @Test
  void aSmallRunPrintsOneRowPerBatchAndTheFigures() {
    StringWriter text = new StringWriter();
    CommandLine cli = new CommandLine(new ScaleBench());
    cli.setOut(new PrintWriter(text));
    int code = cli.execute("--articles", "20", "--batch", "10", "--per-story", "5");
    String out = text.toString();
    assertThat(code).as(out).isZero();
    assertThat(out).containsPattern("20 articles \\(median length \\d+ characters\\) in 4 stories");
    assertThat(out.lines().filter(l -> l.matches("\\s+\\d+\\s+10\\s+.*"))).hasSize(2);
    assertThat(out).contains("figure bench.analyze-scale articles 20");
    assertThat(out).containsPattern("figure bench.analyze-scale store_kb_per_article \\d+");
    assertThat(out).containsPattern("figure bench.analyze-scale cpu_ms_per_article_median \\d+");
  }

  @Test
  void aControlBatchIsTimedBesideEachBatch() {
    StringWriter text = new StringWriter();
    CommandLine cli = new CommandLine(new ScaleBench());
    cli.setOut(new PrintWriter(text));
    int code =
        cli.execute("--articles", "20", "--batch", "10", "--per-story", "5", "--control", "5");
    String out = text.toString();
    assertThat(code).as(out).isZero();
    assertThat(out).contains("control CPU ms/article");
    assertThat(out).containsPattern("figure bench.analyze-scale cpu_over_control_median \\d+");
    assertThat(out).containsPattern("figure bench.analyze-scale cpu_over_control_last \\d+");
  }

  @Test
  void nonPositiveCountsAreRefused() {
    CommandLine cli = new CommandLine(new ScaleBench());
    cli.setErr(new PrintWriter(new StringWriter()));
    cli.setOut(new PrintWriter(new StringWriter()));
    assertThat(cli.execute("--articles", "0")).isNotZero();
  }
}
