package se.kundlofte.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import se.kundlofte.base.i18n.LanguageSwitcher;
import se.kundlofte.base.i18n.TranslationProvider;
import se.kundlofte.base.ui.TitledView;
import se.kundlofte.security.AppRoles;
import se.kundlofte.security.CurrentUser;
import se.kundlofte.security.KundlofteUser;
import se.kundlofte.security.Permission;

/**
 * The frame around every view after login: a side menu with the views the user's roles may open
 * (from {@code @Menu} on the views, filtered by Vaadin's access control), the view title, and a
 * user menu with roles, language and log out.
 */
@Layout
@RolesAllowed(Permission.PORTAL_USE)
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 viewTitle = new H1();
    private final AuthenticationContext authenticationContext;
    private final LanguageSwitcher languageSwitcher;
    private final MenuEntries menuEntries;

    MainLayout(
            AuthenticationContext authenticationContext, LanguageSwitcher languageSwitcher, MenuEntries menuEntries) {
        this.authenticationContext = authenticationContext;
        this.languageSwitcher = languageSwitcher;
        this.menuEntries = menuEntries;
        setPrimarySection(Section.DRAWER);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.toggleMenu"));
        viewTitle.addClassName("view-title");
        Div spacer = new Div();
        spacer.addClassName("navbar-spacer");
        addToNavbar(true, toggle, viewTitle, spacer, userMenu());

        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("drawer-brand");
        Header drawerHeader = new Header(new Icon(VaadinIcon.HANDSHAKE), brand);
        drawerHeader.addClassName("drawer-header");
        addToDrawer(drawerHeader, new Scroller(sideNav()));
    }

    private SideNav sideNav() {
        SideNav nav = new SideNav();
        nav.setId("main-menu");
        nav.setLabel(getTranslation("layout.menu"));
        List<MenuEntry> entries = menuEntries.forCurrentUser(getLocale());
        for (MenuEntry entry : entries) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            // A customer page highlights "Customers", but "Log contact" must not also light up
            // "Failure demand": nested matching only where no other entry lies below the path.
            boolean hasOwnChildren =
                    entries.stream().anyMatch(other -> other.path().startsWith(entry.path() + "/"));
            item.setMatchNested(!entry.path().isEmpty() && !hasOwnChildren);
            nav.addItem(item);
        }
        return nav;
    }

    private Component userMenu() {
        KundlofteUser user = CurrentUser.require();
        Avatar avatar = new Avatar(user.getFullName());
        avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_XSMALL);
        Span name = new Span(user.getFullName());
        name.addClassName("user-name");
        Div trigger = new Div(avatar, name);
        trigger.addClassName("user-menu-trigger");

        MenuBar menuBar = new MenuBar();
        menuBar.setId("user-menu");
        menuBar.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        MenuItem root = menuBar.addItem(trigger);
        root.setAriaLabel(getTranslation("layout.userMenu"));
        SubMenu sub = root.getSubMenu();

        String roles = AppRoles.ALL.stream()
                .filter(user.getRoles()::contains)
                .map(role -> getTranslation(AppRoles.translationKey(role)))
                .collect(Collectors.joining(", "));
        MenuItem rolesItem = sub.addItem(getTranslation("layout.roles", roles));
        rolesItem.setEnabled(false);

        SubMenu language = sub.addItem(getTranslation("layout.language")).getSubMenu();
        for (Locale locale : TranslationProvider.LOCALES) {
            MenuItem item = language.addItem(getTranslation("language." + locale.getLanguage()), e -> {
                languageSwitcher.switchTo(locale);
                getUI().ifPresent(ui -> ui.getPage().reload());
            });
            item.setCheckable(true);
            item.setChecked(TranslationProvider.supported(getLocale()).equals(locale));
        }
        sub.addItem(getTranslation("layout.logout"), e -> authenticationContext.logout());
        return menuBar;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Component content = getContent();
        viewTitle.setText(content instanceof TitledView titled ? titled.viewTitle() : getTranslation("app.name"));
    }
}
