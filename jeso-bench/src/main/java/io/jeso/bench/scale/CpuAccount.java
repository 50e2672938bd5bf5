package io.jeso.bench.scale;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the machine's CPU went during a phase: the control plane's processes (from testenv's pid
 * files), jeso, the benchmark itself, and everything else ("other": other engineers' builds and
 * tests on a shared machine). On 2 cores the API server and etcd compete with jeso, so this is
 * needed to read the other figures.
 */
final class CpuAccount {
  /** A point in time: CPU seconds per process and for the whole machine. */
  record Mark(Map<String, Double> byProcess, double machineBusy, double machineIdle, long nanos) {}

  private final Map<String, Long> pids = new LinkedHashMap<>();

  CpuAccount(Path testenvRun) {
    for (String name :
        new String[] {"kube-apiserver", "etcd", "kube-controller-manager", "vault"}) {
      try {
        pids.put(
            name,
            Long.parseLong(Files.readString(testenvRun.resolve("pids/" + name + ".pid")).trim()));
      } catch (IOException | NumberFormatException e) {
        // Not started (vault is only needed for the OpenBao leg).
      }
    }
    pids.put("bench", ProcessHandle.current().pid());
  }

  Mark mark(Long jesoPid) {
    Map<String, Double> cpu = new LinkedHashMap<>();
    pids.forEach((name, pid) -> cpu.put(name, ProcStats.cpuSeconds(pid)));
    if (jesoPid != null) {
      cpu.put("jeso", ProcStats.cpuSeconds(jesoPid));
    }
    double[] machine = ProcStats.machineCpuSeconds();
    return new Mark(cpu, machine[0], machine[1], System.nanoTime());
  }

  /**
   * CPU seconds per process between two marks, plus "other" (machine busy minus the named
   * processes) and the machine's idle seconds. A process that started or ended in between is
   * counted from what was readable.
   */
  static Map<String, Object> between(Mark from, Mark to) {
    Map<String, Object> out = new LinkedHashMap<>();
    double named = 0;
    for (var e : to.byProcess().entrySet()) {
      Double before = from.byProcess().get(e.getKey());
      double now = e.getValue();
      if (Double.isNaN(now)) {
        continue;
      }
      double d = now - (before == null || Double.isNaN(before) ? 0 : before);
      named += d;
      out.put(e.getKey(), Report.round(d, 1));
    }
    double busy = to.machineBusy() - from.machineBusy();
    out.put("other", Report.round(Math.max(0, busy - named), 1));
    out.put("idle", Report.round(to.machineIdle() - from.machineIdle(), 1));
    out.put("wallSeconds", Report.round((to.nanos() - from.nanos()) / 1e9, 1));
    return out;
  }
}
