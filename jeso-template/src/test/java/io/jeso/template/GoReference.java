package io.jeso.template;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The Go reference renderer (src/test/go): Go's text/template with sprig v3 and ESO's functions.
 * Built once with the local Go toolchain and cached under ~/.cache/jeso keyed by the hash of its
 * sources and go.sum.
 */
final class GoReference {
  private static final Path SRC = Path.of("src/test/go");
  private static Path binary;

  private GoReference() {}

  static synchronized Path binary() throws IOException, InterruptedException {
    if (binary != null) {
      return binary;
    }
    String go = findGo();
    Path cache = Path.of(System.getProperty("user.home"), ".cache", "jeso");
    Files.createDirectories(cache);
    Path bin = cache.resolve("tmplref-" + sourceHash());
    if (!Files.isExecutable(bin)) {
      Path tmp = Files.createTempFile(cache, "tmplref", ".tmp");
      ProcessBuilder pb =
          new ProcessBuilder(
                  go,
                  "build",
                  "-buildvcs=false",
                  "-trimpath",
                  "-o",
                  tmp.toAbsolutePath().toString(),
                  ".")
              .directory(SRC.toFile())
              .redirectErrorStream(true);
      pb.environment().put("CGO_ENABLED", "0");
      Process p = pb.start();
      String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
        throw new IllegalStateException("building the Go reference renderer failed:\n" + log);
      }
      Files.move(tmp, bin, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
    binary = bin;
    return bin;
  }

  private static String findGo() {
    List<String> candidates = new ArrayList<>();
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(java.io.File.pathSeparator)) {
        candidates.add(dir + "/go");
      }
    }
    candidates.add("/usr/local/go/bin/go");
    candidates.add(System.getProperty("user.home") + "/go/bin/go");
    for (String c : candidates) {
      if (Files.isExecutable(Path.of(c))) {
        return c;
      }
    }
    throw new IllegalStateException(
        "The differential template tests need the Go toolchain (go >= 1.22) on PATH or in /usr/local/go:"
            + " it builds the reference renderer in jeso-template/src/test/go. Install Go and re-run.");
  }

  private static String sourceHash() throws IOException {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      try (Stream<Path> files = Files.list(SRC)) {
        for (Path f : files.sorted().toList()) {
          String n = f.getFileName().toString();
          if (n.endsWith(".go") || n.equals("go.mod") || n.equals("go.sum")) {
            md.update(n.getBytes(StandardCharsets.UTF_8));
            md.update(Files.readAllBytes(f));
          }
        }
      }
      return HexFormat.of().formatHex(md.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs JSON-lines cases through the reference; returns one JSON line per case, in order. */
  static List<String> run(List<String> jsonLines) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(binary().toString())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    Thread writer =
        new Thread(
            () -> {
              try (BufferedWriter w =
                  new BufferedWriter(
                      new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8))) {
                for (String l : jsonLines) {
                  w.write(l);
                  w.write('\n');
                }
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
            });
    writer.start();
    List<String> out = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        out.add(line);
      }
    }
    writer.join();
    if (p.waitFor() != 0) {
      throw new IllegalStateException("Go reference renderer exited with " + p.exitValue());
    }
    return out;
  }
}
