package se.kundlofte.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** User text in the page's first view cannot end the script it travels in. */
class InitialViewScriptTest {

    private static Document page(String script) {
        Document page = Jsoup.parse("<html><head></head><body></body></html>");
        page.head().appendElement("script").attr("initial", "").appendChild(new org.jsoup.nodes.DataNode(script));
        return page;
    }

    @Test
    void aClosingScriptTagInTheViewBecomesAnEscapeInsideItsString() {
        Document page = page("window.Vaadin = window.Vaadin || {};" + InitialViewScript.INITIAL_VIEW
                + "{\"initial\":{\"text\":\"XSS </script><script>window.x=1</script> <!-- <img src=x>\"}};");

        InitialViewScript.escape(page);

        String html = page.html();
        assertThat(html).doesNotContain("</script><script>", "<!--", "<img");
        assertThat(html)
                .contains(
                        "\"XSS \\u003c/script>\\u003cscript>window.x=1\\u003c/script> \\u003c!-- \\u003cimg src=x>\"");
        // The page's markup stays one script with the whole assignment in it.
        Document reparsed = Jsoup.parse(html);
        assertThat(reparsed.head().getElementsByTag("script")).hasSize(1);
        assertThat(reparsed.head().getElementsByTag("script").first().data()).endsWith("}};");
    }

    @Test
    void otherScriptsAreLeftAsTheyAre() {
        String code = "if (a < b) { window.location.search = 'v-r=oldbrowser'; }";
        Document page = page(code);

        InitialViewScript.escape(page);

        assertThat(page.head().getElementsByTag("script").first().data()).isEqualTo(code);
    }
}
