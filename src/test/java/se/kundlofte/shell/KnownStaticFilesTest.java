package se.kundlofte.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.StaticFileHandler;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class KnownStaticFilesTest {

    /** Vaadin's handler as seen from outside: it serves {@code /VAADIN/...} and records every question. */
    private final List<String> asked = new ArrayList<>();

    private final StaticFileHandler vaadin = (request, response) -> {
        asked.add(request.getPathInfo());
        return request.getPathInfo() != null && request.getPathInfo().startsWith("/VAADIN/");
    };

    private final KnownStaticFiles.NotFilesRemembered handler =
            new KnownStaticFiles.NotFilesRemembered(vaadin, KnownStaticFiles.recentlyUsed());

    private boolean serve(String method, String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setServletPath("");
        request.setPathInfo(path);
        return handler.serveStaticResource(request, new MockHttpServletResponse());
    }

    @Test
    void anAddressThatWasNoFileIsAnsweredWithoutSearchingAgain() throws Exception {
        assertThat(serve("GET", "/board")).isFalse();
        assertThat(serve("GET", "/board")).isFalse();
        assertThat(serve("GET", "/board")).isFalse();

        assertThat(asked).containsExactly("/board");
    }

    @Test
    void filesAreServedEveryTimeAndOtherAddressesAreAskedOnce() throws Exception {
        assertThat(serve("GET", "/VAADIN/build/app.js")).isTrue();
        assertThat(serve("GET", "/VAADIN/build/app.js")).isTrue();
        assertThat(serve("GET", "/customers")).isFalse();
        assertThat(serve("POST", "/customers")).isFalse();

        assertThat(asked).containsExactly("/VAADIN/build/app.js", "/VAADIN/build/app.js", "/customers", "/customers");
    }

    @Test
    void theAddressesUsedMostRecentlyAreKeptAndNoMore() throws Exception {
        serve("GET", "/board");
        for (int i = 0; i < KnownStaticFiles.REMEMBERED + 5; i++) {
            serve("GET", "/requirements/" + i);
            // The board is asked for all the time and stays remembered.
            serve("GET", "/board");
        }
        asked.clear();

        serve("GET", "/board");
        serve("GET", "/requirements/" + (KnownStaticFiles.REMEMBERED + 4));
        serve("GET", "/requirements/0");

        // The oldest id address was forgotten and is asked again; the board and a recent one were not.
        assertThat(asked).containsExactly("/requirements/0");
        assertThat(handler.notFiles()).hasSize(KnownStaticFiles.REMEMBERED);
    }

    @Test
    void longAddressesAreNeverKept() throws Exception {
        String made = "/VAADIN-nothing/" + "x".repeat(KnownStaticFiles.LONGEST);
        serve("GET", made);
        serve("GET", made);

        assertThat(asked).containsExactly(made, made);
        assertThat(handler.notFiles()).isEmpty();
    }
}
