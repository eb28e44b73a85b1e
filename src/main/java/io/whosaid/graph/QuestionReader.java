package io.whosaid.graph;

import io.whosaid.model.CoOccurrence;
import io.whosaid.model.MonthCount;
import io.whosaid.model.Organization;
import io.whosaid.model.Quote;
import io.whosaid.model.QuotesBetween;
import io.whosaid.model.SpeakerMonth;
import io.whosaid.model.UnnamedSourceCount;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** The questions people ask of the graph, each one query of {@code read/questions/}. Ids and sizes come checked. */
@ApplicationScoped
public class QuestionReader {

    private static final String BETWEEN = CypherFile.load("read/questions/between");
    private static final String SPEAKERS_BY_MONTH = CypherFile.load("read/questions/speakers-by-month");
    private static final String PER_MONTH = CypherFile.load("read/questions/per-month");
    private static final String CO_OCCURRENCE = CypherFile.load("read/questions/co-occurrence");
    private static final String UNNAMED_SOURCES = CypherFile.load("read/questions/unnamed-sources");
    private static final String UNNAMED_SOURCES_OF_PUBLISHER =
            CypherFile.load("read/questions/unnamed-sources-of-publisher");

    /** The status the questions leave out (a quote with no status is as extracted). */
    private static final String RETRACTED = "RETRACTED";

    private final GraphReader reader;

    public QuestionReader(GraphReader reader) {
        this.reader = reader;
    }

    /** Null when either entity does not exist. */
    public QuotesBetween between(String a, String b, int first) {
        List<Record> records = reader.read(BETWEEN, Map.of("a", a, "b", b, "first", first, "retracted", RETRACTED));
        if (records.isEmpty()) {
            return null;
        }
        Record record = records.get(0);
        return new QuotesBetween(
                record.get("aboutB").asInt(),
                quotes(record.get("aQuotes")),
                record.get("aboutA").asInt(),
                quotes(record.get("bQuotes")));
    }

    public List<SpeakerMonth> speakersByMonth(String id, ZonedDateTime from, ZonedDateTime to, int first) {
        return reader.read(SPEAKERS_BY_MONTH, dated(id, from, to, first)).stream()
                .map(r -> new SpeakerMonth(
                        r.get("month").asString(),
                        NodeMapper.entity(r.get("speaker").asMap()),
                        r.get("quotes").asInt()))
                .toList();
    }

    public List<MonthCount> perMonth(String id, ZonedDateTime from, ZonedDateTime to, int first) {
        return reader.read(PER_MONTH, dated(id, from, to, first)).stream()
                .map(r -> new MonthCount(
                        r.get("month").asString(), r.get("quotes").asInt()))
                .toList();
    }

    public List<CoOccurrence> coOccurring(String id, int first) {
        return reader.read(CO_OCCURRENCE, Map.of("id", id, "first", first, "retracted", RETRACTED)).stream()
                .map(r -> new CoOccurrence(
                        NodeMapper.entity(r.get("entity").asMap()),
                        r.get("articles").asInt()))
                .toList();
    }

    public List<UnnamedSourceCount> unnamedSources(String publisherId, int first) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("publisherId", publisherId);
        parameters.put("first", first);
        parameters.put("retracted", RETRACTED);
        return reader.read(publisherId == null ? UNNAMED_SOURCES : UNNAMED_SOURCES_OF_PUBLISHER, parameters).stream()
                .map(r -> new UnnamedSourceCount(
                        (Organization) NodeMapper.entity(r.get("publisher").asMap()),
                        r.get("source").asString(),
                        r.get("quotes").asInt()))
                .toList();
    }

    private static Map<String, Object> dated(String id, ZonedDateTime from, ZonedDateTime to, int first) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", id);
        parameters.put("from", from);
        parameters.put("to", to);
        parameters.put("first", first);
        parameters.put("retracted", RETRACTED);
        return parameters;
    }

    private static List<Quote> quotes(Value list) {
        return list.asList(value -> NodeMapper.quote(value.asMap()));
    }
}
