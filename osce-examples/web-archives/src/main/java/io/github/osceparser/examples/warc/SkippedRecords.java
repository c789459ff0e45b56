package io.github.osceparser.examples.warc;

import java.util.EnumMap;
import java.util.Map;

/**
 * How many records of web archives were skipped, and why, for the summary of a run. Not thread-safe:
 * one reader (or one thread) counts into it.
 */
public final class SkippedRecords {
    /** Why a record gave no page. */
    public enum Reason {
        /**
         * Not a page: a record of another type ({@code request}, {@code revisit}, {@code metadata},
         * {@code warcinfo}, ...), a payload that is not HTML (images, scripts, style sheets, {@code
         * robots.txt}, DNS lookups) or a response other than a success (redirects, errors).
         */
        NOT_A_PAGE("not a page", "not pages"),
        /** A page of a host outside the {@link PageScope}. */
        OTHER_HOST("other host", "other hosts");

        private final String one;
        private final String many;

        Reason(String one, String many) {
            this.one = one;
            this.many = many;
        }

        /** How the summary names {@code n} records skipped for this reason: {@code "1 other host"}, {@code "2 not pages"}. */
        public String label(long n) {
            return n + " " + (n == 1 ? one : many);
        }
    }

    private final Map<Reason, Long> counts = new EnumMap<>(Reason.class);

    /** Counts one skipped record. */
    public void add(Reason reason) {
        add(reason, 1);
    }

    /** Counts {@code n} records skipped for the same reason. */
    public void add(Reason reason, long n) {
        if (n > 0) {
            counts.merge(reason, n, Long::sum);
        }
    }

    /** Adds the counts of another tally, such as that of another archive. */
    public void addAll(SkippedRecords other) {
        other.counts.forEach((reason, n) -> counts.merge(reason, n, Long::sum));
    }

    /** How many records were skipped for this reason. */
    public long count(Reason reason) {
        return counts.getOrDefault(reason, 0L);
    }

    /** How many records were skipped in all. */
    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * The counts for a summary line, such as {@code 7 archive records skipped (5 not pages, 2 other
     * hosts)}; {@code 0 archive records skipped} when there were none.
     */
    public String summary() {
        StringBuilder line = new StringBuilder();
        long total = total();
        line.append(total)
                .append(total == 1 ? " archive record" : " archive records")
                .append(" skipped");
        if (total > 0) {
            line.append(" (");
            String separator = "";
            for (Map.Entry<Reason, Long> entry : counts.entrySet()) {
                line.append(separator).append(entry.getKey().label(entry.getValue()));
                separator = ", ";
            }
            line.append(')');
        }
        return line.toString();
    }
}
