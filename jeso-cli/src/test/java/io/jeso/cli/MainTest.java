package io.jeso.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MainTest {

  @Test
  void operatorHelpListsEsosFlagNames() {
    StringWriter out = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));

    int code = cli.execute("operator", "--help");

    assertThat(code).isZero();
    assertThat(out.toString())
        .contains(
            "--concurrent",
            "--controller-class",
            "--namespace",
            "--enable-leader-election",
            "--metrics-addr",
            "--loglevel",
            "--store-requeue-interval",
            "--enable-cluster-store-reconciler");
  }

  @Test
  void acceptsEsosBooleanFlagSyntax() {
    CommandLine cli = Main.commandLine();
    CommandLine.ParseResult parsed =
        cli.parseArgs("operator", "--enable-cluster-store-reconciler=false", "--enable-flood-gate");
    OperatorCommand operator = parsed.subcommand().commandSpec().commandLine().getCommand();

    assertThat(operator.clusterStores).isFalse();
    assertThat(operator.floodGate).isTrue();
  }

  @Test
  void rejectsAnUnknownFlagWithAClearMessage() {
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setErr(new PrintWriter(err));

    int code = cli.execute("operator", "--concurrnt", "5");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString())
        .contains("Unknown options: '--concurrnt'", "Possible solutions: --concurrent");
  }
}
