package se.kundlofte.shell;

import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The side menu's entries, kept per set of authorities. Vaadin answers {@link
 * MenuConfiguration#getMenuEntries()} by checking access to every registered route, on every page
 * a user opens: under load that was about a tenth of the server's CPU. The routes of a running
 * service do not change and the check depends only on the user's authorities, so the answer for a
 * set of authorities (and language) is computed once per service.
 */
@Component
class MenuEntries {

    private record Key(Set<String> authorities, Locale locale) {}

    private final Map<VaadinService, Map<Key, List<MenuEntry>>> byService =
            Collections.synchronizedMap(new WeakHashMap<>());

    /** The entries the current user may open, in menu order. */
    List<MenuEntry> forCurrentUser(Locale locale) {
        VaadinService service = VaadinService.getCurrent();
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (service == null || authentication == null) {
            return MenuConfiguration.getMenuEntries();
        }
        Set<String> authorities = new TreeSet<>();
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            authorities.add(String.valueOf(authority.getAuthority()));
        }
        Map<Key, List<MenuEntry>> entries = byService.computeIfAbsent(service, s -> new ConcurrentHashMap<>());
        return entries.computeIfAbsent(
                new Key(Set.copyOf(authorities), locale), key -> List.copyOf(MenuConfiguration.getMenuEntries()));
    }
}
