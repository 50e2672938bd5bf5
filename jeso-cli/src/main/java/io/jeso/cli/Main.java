package io.jeso.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code jeso} command. */
@Command(
    name = "jeso",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description =
        "An External Secrets Operator for Kubernetes: keeps Kubernetes Secrets in sync with AWS, Vault/OpenBao, "
            + "GCP, Azure and other Kubernetes clusters, using ESO's API (external-secrets.io).",
    subcommands = {OperatorCommand.class, TemplateCommand.class, CommandLine.HelpCommand.class})
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  static CommandLine commandLine() {
    return new CommandLine(new Main()).setUsageHelpAutoWidth(true);
  }
}
