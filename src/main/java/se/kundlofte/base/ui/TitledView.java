package se.kundlofte.base.ui;

import com.vaadin.flow.router.HasDynamicTitle;

/** A view with a translated title: shown in the layout header and, with the app name, in the tab. */
public interface TitledView extends HasDynamicTitle {

    /** Translation key of the view's title. */
    String titleKey();

    /** Implemented by every Vaadin component. */
    String getTranslation(String key, Object... params);

    default String viewTitle() {
        return getTranslation(titleKey());
    }

    @Override
    default String getPageTitle() {
        return viewTitle() + " – " + getTranslation("app.name");
    }
}
