package se.kundlofte.shell;

import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.card.CardVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import se.kundlofte.base.BusinessTime;
import se.kundlofte.base.ui.TitledView;
import se.kundlofte.security.AppRoles;
import se.kundlofte.security.CurrentUser;
import se.kundlofte.security.KundlofteUser;
import se.kundlofte.security.Permission;

/** The start page: a greeting and, per role the user holds, what they can do here. */
@Route("")
@Menu(title = "menu.start", order = 0, icon = "vaadin:home")
@RolesAllowed(Permission.PORTAL_USE)
public class StartView extends Main implements TitledView, BeforeEnterObserver {

    private final List<RoleStartPage> startPages;

    StartView(List<RoleStartPage> startPages, List<StartSection> sections, BusinessTime time) {
        this.startPages = startPages;
        addClassName("start-view");
        KundlofteUser user = CurrentUser.require();
        String firstName = user.getFullName().split(" ")[0];
        H2 greeting = new H2(getTranslation(greetingKey(time.timeOfDay().getHour()), firstName));
        greeting.setId("greeting");
        Paragraph intro = new Paragraph(getTranslation("start.intro"));
        intro.addClassName("start-intro");

        Div cards = new Div();
        cards.addClassName("role-cards");
        List<MenuEntry> entries = MenuConfiguration.getMenuEntries().stream()
                .filter(entry -> entry.menuClass() != StartView.class)
                .toList();
        AppRoles.ALL.stream().filter(user.getRoles()::contains).forEach(role -> cards.add(roleCard(role, entries)));
        add(greeting, intro);
        sections.stream()
                .sorted(java.util.Comparator.comparingInt(StartSection::order))
                .forEach(section -> section.create(user).ifPresent(this::add));
        add(cards);
    }

    /**
     * Opening the portal (a page load, as after login) as someone with a single role that has its
     * own start page goes there; the menu's "Start" still leads here.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getTrigger() != NavigationTrigger.PAGE_LOAD) {
            return;
        }
        var roles = CurrentUser.require().getRoles();
        startPages.stream()
                .filter(page -> roles.size() == 1 && roles.contains(page.role()))
                .findFirst()
                .ifPresent(page -> event.forwardTo(page.view()));
    }

    private Card roleCard(String role, List<MenuEntry> entries) {
        Card card = new Card();
        card.addThemeVariants(CardVariant.LUMO_OUTLINED);
        card.addClassName("role-card");
        card.setId("role-card-" + role);
        card.setTitle(getTranslation(AppRoles.translationKey(role)));
        card.add(new Paragraph(getTranslation("start.role." + role)));
        Div links = new Div();
        links.addClassName("role-links");
        entries.stream()
                .filter(entry -> entry.menuClass() != null && ViewRoles.allows(entry.menuClass(), role))
                .forEach(entry -> {
                    RouterLink link = new RouterLink();
                    link.setRoute(entry.menuClass());
                    if (entry.icon() != null) {
                        link.add(new Icon(entry.icon()));
                    }
                    link.add(new Span(getTranslation(entry.title())));
                    links.add(link);
                });
        if (links.getComponentCount() == 0) {
            Span none = new Span(getTranslation("start.noViewsYet"));
            none.addClassName("muted");
            links.add(none);
        }
        card.add(links);
        return card;
    }

    private static String greetingKey(int hour) {
        if (hour >= 5 && hour < 10) {
            return "start.greeting.morning";
        }
        if (hour >= 18 || hour < 5) {
            return "start.greeting.evening";
        }
        return "start.greeting.day";
    }

    @Override
    public String titleKey() {
        return "menu.start";
    }
}
