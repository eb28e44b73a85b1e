package io.whosaid.bench;

import java.util.ArrayList;
import java.util.List;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.ProfiledPlan;

/** Prints a query plan as an indented tree, with db hits and rows when it was profiled. */
final class PlanPrinter {

    private PlanPrinter() {}

    static String tree(Plan plan) {
        StringBuilder out = new StringBuilder();
        append(plan, 0, out);
        return out.toString();
    }

    private static void append(Plan plan, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(plan.operatorType().replaceAll("@.*$", ""));
        if (plan instanceof ProfiledPlan profiled) {
            out.append("  rows=").append(profiled.records()).append(" dbHits=").append(profiled.dbHits());
        }
        Object details = plan.arguments().get("Details");
        if (details != null) {
            String text = details.toString().replaceAll("^\"|\"$", "").replaceAll("\\s+", " ");
            out.append("  ").append(text.length() > 140 ? text.substring(0, 139) + "…" : text);
        }
        out.append('\n');
        for (Plan child : plan.children()) {
            append(child, depth + 1, out);
        }
    }

    /** Every operator name in the plan, for checks such as "no label scan". */
    static List<String> operators(Plan plan) {
        List<String> names = new ArrayList<>();
        collect(plan, names);
        return names;
    }

    private static void collect(Plan plan, List<String> names) {
        names.add(plan.operatorType().replaceAll("@.*$", ""));
        plan.children().forEach(child -> collect(child, names));
    }

    static long totalDbHits(ProfiledPlan plan) {
        long hits = plan.dbHits();
        for (ProfiledPlan child : plan.children()) {
            hits += totalDbHits(child);
        }
        return hits;
    }
}
