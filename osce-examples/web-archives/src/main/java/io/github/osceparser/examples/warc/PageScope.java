package io.github.osceparser.examples.warc;

import java.net.URI;
import java.util.Locale;

/**
 * Which hosts' pages an archive reader gives. A crawl of osce.org also captures the pages it links
 * to (news sites, partner organisations, social media), which the parser would only turn into
 * generic pages; by default they are skipped.
 */
public enum PageScope {
    /** Pages of {@code osce.org} and its subdomains ({@code www.osce.org}, {@code polis.osce.org}). */
    OSCE_ORG,
    /** Pages of every host. */
    ANY_HOST;

    /**
     * Whether a page at this address is in scope.
     *
     * @param url a record's target URI, as written in the archive; an address that is not a URI
     *     with a host is out of the {@link #OSCE_ORG} scope
     * @return true when the page is to be parsed
     */
    public boolean includes(String url) {
        if (this == ANY_HOST) {
            return true;
        }
        String host = hostOf(url);
        return host.equals("osce.org") || host.endsWith(".osce.org");
    }

    private static String hostOf(String url) {
        if (url == null) {
            return "";
        }
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) {
                return "";
            }
            String lower = host.toLowerCase(Locale.ROOT);
            // "www.osce.org." is the same host, written as a fully qualified name.
            return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
