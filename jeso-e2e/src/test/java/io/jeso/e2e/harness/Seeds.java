package io.jeso.e2e.harness;

import io.jeso.testkit.TestEnv;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The manifests the E2E tests apply. The users' own YAML blocks are read from {@code
 * jeso-api/src/test/resources/seeds/} (kept there verbatim, also checked by the operator's dry-run
 * IT) so both modules test the same text; blocks that file set lacks, and the manifests a seed only
 * describes in prose, live in this module's {@code seeds/} resources. docs/seeds.md lists every
 * edit.
 */
public final class Seeds {
  private static final Pattern SERVER = Pattern.compile("(?m)^(\\s*server:\\s*).*$");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z_]+)}");

  private Seeds() {}

  /** A user's YAML block, exactly as written in the seed document. */
  public static String verbatim(TestEnv env, String file) {
    Path path = env.root().resolve("jeso-api/src/test/resources/seeds").resolve(file);
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the seed manifest " + path, e);
    }
  }

  /**
   * The one edit the seeds need: {@code spec.provider.vault.server} pointing at the local OpenBao
   * instead of the user's Vault.
   */
  public static String pointVaultAt(String yaml, String addr) {
    Matcher m = SERVER.matcher(yaml);
    if (!m.find()) {
      throw new IllegalArgumentException("the manifest has no vault server line");
    }
    String edited = m.replaceFirst("$1\"" + Matcher.quoteReplacement(addr) + "\"");
    if (SERVER.matcher(edited).results().count() != 1) {
      throw new IllegalArgumentException("the manifest has more than one server line");
    }
    return edited;
  }

  /**
   * A manifest of this module ({@code src/test/resources/seeds/<file>}), {@code ${NAME}} filled.
   */
  public static String resource(String file, Map<String, String> values) {
    String text;
    try (InputStream in = Seeds.class.getResourceAsStream("/seeds/" + file)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource seeds/" + file);
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) {
        throw new IllegalArgumentException("seeds/" + file + " needs a value for " + m.group(1));
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  public static String resource(String file) {
    return resource(file, Map.of());
  }
}
