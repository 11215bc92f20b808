package se.kundlofte.shell;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Keeps user text in the page's first view from ending the script it travels in.
 *
 * <p>With eager server load (application.properties) the page carries the view it opens as JSON
 * inside an inline {@code <script>}. The browser ends a script at the first {@code </script>},
 * wherever it stands, so a customer named {@code </script><script>…} would close Vaadin's script
 * and run its own: Vaadin writes that JSON as it is. Here every {@code <} in it becomes
 * {@code \u003c}, which JSON and JavaScript read as the same character inside a string (and JSON
 * has no {@code <} outside strings), so nothing in it can end or comment out the script.
 */
@org.springframework.stereotype.Component
class InitialViewScript implements VaadinServiceInitListener {

    /** What Vaadin's script with the first view begins its assignment with. */
    static final String INITIAL_VIEW = "window.Vaadin.TypeScript=";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(InitialViewScript::escape);
    }

    private static void escape(IndexHtmlResponse response) {
        escape(response.getDocument());
    }

    static void escape(Document page) {
        for (Element script : page.head().getElementsByTag("script")) {
            for (DataNode data : script.dataNodes()) {
                String text = data.getWholeData();
                if (text.contains(INITIAL_VIEW) && text.indexOf('<') >= 0) {
                    data.setWholeData(text.replace("<", "\\u003c"));
                }
            }
        }
    }
}
