package io.jeso.bench.scale;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark's parameters: each flag has an environment variable, the flag wins. See {@link
 * #HELP}.
 */
record BenchOptions(
    int n,
    int m,
    int k,
    String intervalText,
    int waves,
    int trials,
    List<String> legs,
    int concurrency,
    List<String> jesoArgs,
    Duration timeout,
    Path out,
    String tag,
    Set<String> skip,
    boolean cleanupOnly,
    boolean help) {

  static final String HELP =
      """
      usage: make bench [ARGS="..."]   or   bench/run [flags]

      The scale benchmark: the built jeso as its own process against the local control plane (testenv),
      with real measurements (kube-apiserver /metrics, jeso /metrics, /proc, jstat). Prints a table and
      writes bench/results/<date>-<leg>.json. See docs/performance.md.

        --n N             ExternalSecrets                                  BENCH_N          5000
        --m M             distinct remote keys                             BENCH_M          50
        --k K             namespaces (one SecretStore each)                BENCH_K          10
        --interval D      refreshInterval of every ExternalSecret; one     BENCH_INTERVAL   2m
                          steady-refresh wave lasts this long (keep it above the cold start and
                          above N / jeso's refresh rate, see docs/performance.md)
        --waves W         steady-refresh waves measured                    BENCH_WAVES      3
        --trials T        new-ExternalSecret latency trials under load     BENCH_TRIALS     20
        --legs L          fake,openbao (comma-separated)                   BENCH_LEGS       fake,openbao
        --concurrency C   the benchmark's own writers (floor, creating      BENCH_CONCURRENCY 16
                          ExternalSecrets, force-sync); 16 = jeso's --concurrent default
        --jeso-args "A"   extra flags for `jeso operator`, e.g.            BENCH_JESO_ARGS  (none)
                          "--concurrent 32 --provider-read-window 60s"
        --timeout D       limit of every wait                              BENCH_TIMEOUT    20m
        --out DIR         where the JSON goes                              BENCH_OUT        bench/results
        --tag T           file name suffix: <date>-<leg>-<T>.json          BENCH_TAG        (none)
        --skip P          phases to skip: floor,steady,latency,propagation BENCH_SKIP       (none)
        --cleanup         only remove what an interrupted run left behind, then exit
        --help            this text

      Environment: KUBECONFIG (testenv's admin kubeconfig), JESO_TESTENV_RUN (testenv state dir, for the
      control plane's pids), JESO_VAULT_ADDR and JESO_VAULT_TOKEN (OpenBao leg), JESO (bin/jeso, default
      jeso-cli/target/jeso/bin/jeso), JESO_JAVA_OPTS (JVM options for jeso, passed through).
      """;

  private static final Set<String> PHASES = Set.of("floor", "steady", "latency", "propagation");

  static BenchOptions parse(String[] args, Map<String, String> env) {
    Map<String, String> v = new LinkedHashMap<>();
    env.forEach(
        (key, value) -> {
          if (key.startsWith("BENCH_") && !value.isBlank()) {
            v.put(key.substring(6).toLowerCase(java.util.Locale.ROOT).replace('_', '-'), value);
          }
        });
    boolean cleanup = false;
    boolean help = false;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--help", "-h" -> help = true;
        case "--cleanup" -> cleanup = true;
        default -> {
          if (!a.startsWith("--")) {
            throw new IllegalArgumentException("unexpected argument " + a + " (see --help)");
          }
          String name = a.substring(2);
          String value;
          int eq = name.indexOf('=');
          if (eq >= 0) {
            value = name.substring(eq + 1);
            name = name.substring(0, eq);
          } else if (i + 1 < args.length) {
            value = args[++i];
          } else {
            throw new IllegalArgumentException(a + " needs a value");
          }
          v.put(name, value);
        }
      }
    }
    return of(v, cleanup, help);
  }

  private static BenchOptions of(Map<String, String> v, boolean cleanup, boolean help) {
    Set<String> known =
        Set.of(
            "n",
            "m",
            "k",
            "interval",
            "waves",
            "trials",
            "legs",
            "concurrency",
            "jeso-args",
            "timeout",
            "out",
            "tag",
            "skip");
    for (String name : v.keySet()) {
      if (!known.contains(name)) {
        throw new IllegalArgumentException("unknown option --" + name + " (see --help)");
      }
    }
    String interval = v.getOrDefault("interval", "2m");
    duration(interval);
    List<String> legs = split(v.getOrDefault("legs", "fake,openbao"));
    for (String leg : legs) {
      if (!leg.equals("fake") && !leg.equals("openbao")) {
        throw new IllegalArgumentException("unknown leg " + leg + " (fake, openbao)");
      }
    }
    Set<String> skip = Set.copyOf(split(v.getOrDefault("skip", "")));
    for (String phase : skip) {
      if (!PHASES.contains(phase)) {
        throw new IllegalArgumentException("unknown phase " + phase + " (" + PHASES + ")");
      }
    }
    BenchOptions o =
        new BenchOptions(
            positive(v, "n", 5000),
            positive(v, "m", 50),
            positive(v, "k", 10),
            interval,
            positive(v, "waves", 3),
            positive(v, "trials", 20),
            legs,
            positive(v, "concurrency", 16),
            words(v.getOrDefault("jeso-args", "")),
            duration(v.getOrDefault("timeout", "20m")),
            Path.of(v.getOrDefault("out", "bench/results")),
            v.getOrDefault("tag", ""),
            skip,
            cleanup,
            help);
    if (o.k() > o.m()) {
      throw new IllegalArgumentException("--k must not exceed --m (every namespace needs a key)");
    }
    if (o.m() > o.n()) {
      throw new IllegalArgumentException("--m must not exceed --n");
    }
    return o;
  }

  Duration interval() {
    return duration(intervalText);
  }

  boolean runs(String phase) {
    return !skip.contains(phase);
  }

  Map<String, Object> describe() {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("n", n);
    d.put("m", m);
    d.put("k", k);
    d.put("refreshInterval", intervalText);
    d.put("waves", waves);
    d.put("trials", trials);
    d.put("concurrency", concurrency);
    d.put("jesoArgs", String.join(" ", jesoArgs));
    return d;
  }

  /** A Go-style duration: 500ms, 30s, 2m, 1h, 1m30s. */
  static Duration duration(String text) {
    Matcher part = Pattern.compile("(\\d+)(ms|s|m|h)").matcher(text);
    Duration d = Duration.ZERO;
    int end = 0;
    while (part.find() && part.start() == end) {
      long amount = Long.parseLong(part.group(1));
      d =
          d.plus(
              switch (part.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofHours(amount);
              });
      end = part.end();
    }
    if (end != text.length() || text.isEmpty()) {
      throw new IllegalArgumentException("not a duration: " + text + " (e.g. 30s, 2m, 1m30s)");
    }
    return d;
  }

  private static int positive(Map<String, String> v, String name, int fallback) {
    String text = v.get(name);
    if (text == null) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(text.trim());
      if (value > 0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("--" + name + " must be a positive whole number: " + text);
  }

  private static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    for (String s : text.split(",")) {
      if (!s.isBlank()) {
        out.add(s.trim());
      }
    }
    return out;
  }

  private static List<String> words(String text) {
    return text.isBlank() ? List.of() : Arrays.asList(text.trim().split("\\s+"));
  }
}
