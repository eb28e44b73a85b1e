package io.whosaid.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU time a process has used so far (user and system, /proc/PID/stat's utime and stime), for the ingest's CPU per
 * article: on a shared machine the wall clock measures the other users too; the CPU a process used for a fixed amount of
 * work does not (much).
 */
final class ProcessCpu {

    /** Linux's USER_HZ: /proc counts in hundredths of a second on every common architecture. */
    private static final long TICKS_PER_SECOND = 100;

    private ProcessCpu() {}

    /** Milliseconds of CPU the process has used, or -1 when it is not known (no such process, no /proc). */
    static long millis(long pid) {
        return pid <= 0 ? -1 : millis(Path.of("/proc", Long.toString(pid), "stat"));
    }

    /**
     * Milliseconds of CPU the process's JIT compiler threads have used so far (those running now: HotSpot may stop
     * one it started for a burst). Until the JIT has compiled the ingest's code it takes much of the CPU, so a CPU
     * per article without it says what the ingest itself costs.
     */
    static long compilerMillis(long pid) {
        if (pid <= 0) {
            return -1;
        }
        long total = 0;
        try (var tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks.toList()) {
                String name;
                try {
                    name = Files.readString(task.resolve("comm")).strip();
                } catch (IOException gone) {
                    continue;
                }
                if (name.contains("CompilerThre")) {
                    total += Math.max(0, millis(task.resolve("stat")));
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return total;
    }

    private static long millis(Path stat) {
        try {
            String line = Files.readString(stat);
            // The command name (field 2) is in parentheses and may hold spaces: count fields after its end.
            String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime (fields 14, 15)
            return ticks * 1000 / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
