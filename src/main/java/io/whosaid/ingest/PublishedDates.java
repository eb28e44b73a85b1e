package io.whosaid.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * The one rule for a publication date: what is stored is ISO-8601, a date-time with its offset
 * ({@code 2022-01-12T08:30Z}), a local date-time when the source gives no zone, or a date. Pages and feeds write
 * dates many ways; this reads the common ones.
 */
public final class PublishedDates {

    /** Written by people and themes: "Wed, 12 Jan 2022 08:30:00 GMT" (RSS), "January 12, 2022 at 10:14 am" (WordPress). */
    private static final List<DateTimeFormatter> ZONED = List.of(DateTimeFormatter.RFC_1123_DATE_TIME);

    private static final List<DateTimeFormatter> LOCAL_DATE_TIMES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            pattern("yyyy-MM-dd HH:mm[:ss]"),
            pattern("MMMM d, yyyy 'at' h:mm a"),
            pattern("MMMM d, yyyy h:mm a"),
            pattern("d MMMM yyyy 'at' HH:mm"),
            pattern("MMM d, yyyy 'at' h:mm a"));
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE, pattern("MMMM d, yyyy"), pattern("MMM d, yyyy"), pattern("d MMMM yyyy"));

    private PublishedDates() {}

    private static DateTimeFormatter pattern(String pattern) {
        return new DateTimeFormatterBuilder()
                .parseCaseInsensitive()
                .appendPattern(pattern)
                .toFormatter(Locale.ENGLISH);
    }

    /** The date in its stored form, or null when {@code value} is empty or not a date this reads. */
    public static String normalize(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String s = value.strip().replaceAll("\\s+", " ");
        try {
            return OffsetDateTime.parse(s).toString();
        } catch (DateTimeParseException notOffset) {
            // try the next form
        }
        for (DateTimeFormatter format : ZONED) {
            try {
                return ZonedDateTime.parse(s, format).toOffsetDateTime().toString();
            } catch (DateTimeParseException e) {
                // next
            }
        }
        // "+0000" offsets without a colon, as some CMSs write them
        if (s.matches(".*T.*[+-]\\d{4}$")) {
            String withColon = s.substring(0, s.length() - 2) + ":" + s.substring(s.length() - 2);
            try {
                return OffsetDateTime.parse(withColon).toString();
            } catch (DateTimeParseException e) {
                // next
            }
        }
        for (DateTimeFormatter format : LOCAL_DATE_TIMES) {
            try {
                return LocalDateTime.parse(s, format).toString();
            } catch (DateTimeParseException e) {
                // next
            }
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(s, format).toString();
            } catch (DateTimeParseException e) {
                // next
            }
        }
        return null;
    }
}
