package io.whosaid.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Memory of a running JVM: peak and current resident set from /proc, heap from {@code jcmd GC.heap_info}. */
record Memory(long peakRssKb, long rssKb, long heapUsedKb, long heapCommittedKb) {

    private static final Pattern G1 = Pattern.compile("garbage-first heap\\s+total (\\d+)K, used (\\d+)K");

    static Memory of(long pid) {
        long hwm = -1;
        long rss = -1;
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    hwm = kilobytes(line);
                } else if (line.startsWith("VmRSS:")) {
                    rss = kilobytes(line);
                }
            }
        } catch (IOException e) {
            // the process is gone or /proc is not there: report what is known
        }
        long used = -1;
        long committed = -1;
        try {
            Process jcmd = new ProcessBuilder("jcmd", Long.toString(pid), "GC.heap_info")
                    .redirectErrorStream(true)
                    .start();
            String out = new String(jcmd.getInputStream().readAllBytes());
            jcmd.waitFor(30, TimeUnit.SECONDS);
            Matcher matcher = G1.matcher(out);
            if (matcher.find()) {
                committed = Long.parseLong(matcher.group(1));
                used = Long.parseLong(matcher.group(2));
            }
        } catch (IOException e) {
            // no jcmd: heap unknown
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new Memory(hwm, rss, used, committed);
    }

    private static long kilobytes(String statusLine) {
        return Long.parseLong(statusLine.replaceAll("[^0-9]", ""));
    }

    String describe() {
        return String.format(
                "peak RSS (VmHWM) %d MB, RSS %d MB, heap used %d MB of %d MB committed",
                peakRssKb / 1024, rssKb / 1024, heapUsedKb / 1024, heapCommittedKb / 1024);
    }
}
