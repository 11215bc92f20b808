package se.kundlofte;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.kundlofte.test.DemoUsers;
import se.kundlofte.test.HttpSession;
import se.kundlofte.test.IntegrationTest;

/**
 * A client that accepts gzip gets pages, Vaadin's UIDL messages (JSON), scripts and styles
 * compressed, as a browser does; without Accept-Encoding it gets them plain.
 */
@IntegrationTest
class ResponseCompressionTest {

    private static final String[] GZIP = {"Accept-Encoding", "gzip"};

    @LocalServerPort
    int port;

    @Test
    void pagesUidlScriptsAndStylesArriveCompressed() throws Exception {
        HttpSession browser = new HttpSession(port);
        browser.login("admin", DemoUsers.PASSWORD);

        HttpResponse<byte[]> page = browser.getRaw("/customers", GZIP);
        assertGzip(page, "text/html");

        HttpResponse<byte[]> init = browser.getRaw("/?v-r=init&location=admin%2Fusers&query=", GZIP);
        String initJson = assertGzip(init, "application/json");

        // A UIDL message as the client sends it when the user follows a link inside the app.
        String message = "{\"csrfToken\":\"" + find("\"Vaadin-Security-Key\":\"([^\"]+)\"", initJson)
                + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{"
                + "\"route\":\"admin/audit\",\"query\":\"\",\"appShellTitle\":\"\","
                + "\"historyState\":{\"idx\":1},\"trigger\":\"\"}}],\"syncId\":"
                + find("\"syncId\":(\\d+)", initJson) + ",\"clientId\":0}";
        HttpResponse<byte[]> uidl = browser.postRaw(
                "/?v-r=uidl&v-uiId=" + find("\"v-uiId\":(\\d+)", initJson),
                "application/json; charset=UTF-8",
                message,
                GZIP);
        assertThat(assertGzip(uidl, "application/json")).contains("audit-total");

        assertGzip(browser.getRaw("/charts/kundlofte-chart.js", GZIP), "javascript");
        assertGzip(browser.getRaw("/webjars/echarts/5.3.1/dist/echarts.min.js", GZIP), "javascript");
        assertGzip(browser.getRaw("/styles/kundlofte.css", GZIP), "text/css");

        HttpResponse<byte[]> plain = browser.getRaw("/customers");
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
    }

    /** Asserts a compressed response of the content type; returns the unpacked body. */
    private static String assertGzip(HttpResponse<byte[]> response, String contentType) throws IOException {
        assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).contains(contentType));
        assertThat(response.headers().firstValue("Content-Encoding"))
                .as(response.uri() + " Content-Encoding")
                .hasValue("gzip");
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
            byte[] unpacked = in.readAllBytes();
            System.out.printf(
                    "%s: %d bytes sent for %d bytes%n",
                    response.uri().getPath() + "?" + response.uri().getQuery(),
                    response.body().length,
                    unpacked.length);
            assertThat(response.body().length).isLessThan(unpacked.length);
            return new String(unpacked, StandardCharsets.UTF_8);
        }
    }

    private static String find(String regex, String body) {
        Matcher matcher = Pattern.compile(regex).matcher(body);
        assertThat(matcher.find()).as(regex).isTrue();
        return matcher.group(1);
    }
}
