package se.kundlofte.shell;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.RouterLink;
import se.kundlofte.base.ui.TitledView;

/** The look of the portal's error pages: a title, what happened, the address and the way back. */
abstract class ErrorPage extends Main implements TitledView {

    private String titleKey = "app.name";

    void show(String id, VaadinIcon symbol, String titleKey, String textKey, BeforeEnterEvent event) {
        this.titleKey = titleKey;
        removeAll();
        setId(id);
        addClassName("error-page");
        var icon = symbol.create();
        icon.addClassName("error-page-icon");
        Span address = new Span("/" + event.getLocation().getPath());
        address.addClassName("error-page-address");
        Paragraph text = new Paragraph(getTranslation(textKey));
        RouterLink back = new RouterLink(getTranslation("error.backToStart"), StartView.class);
        back.setId("error-back");
        back.addClassName("error-page-back");
        add(icon, new H2(getTranslation(titleKey)), address, text, back);
    }

    @Override
    public String titleKey() {
        return titleKey;
    }
}
