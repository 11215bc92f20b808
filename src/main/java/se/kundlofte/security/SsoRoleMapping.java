package se.kundlofte.security;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns the identity provider's groups into portal roles. A group matches a configured name
 * exactly, or without the leading {@code /} of a Keycloak group path ({@code /sales} matches
 * {@code sales}). Role codes are case-insensitive in the configuration and must be portal roles.
 */
public final class SsoRoleMapping {

    private final Map<String, Set<String>> rolesByGroup;

    /** Checks the configuration; fails with a message naming the wrong entry. */
    public SsoRoleMapping(Map<String, List<String>> groupRoles) {
        Map<String, Set<String>> checked = new HashMap<>();
        groupRoles.forEach((group, roles) -> {
            if (group == null || group.isBlank()) {
                throw new IllegalArgumentException("kundlofte.sso.group-roles: a group name is empty");
            }
            Set<String> codes = new TreeSet<>();
            for (String role : roles) {
                String code = role == null ? "" : role.trim().toUpperCase(Locale.ROOT);
                if (!AppRoles.ALL.contains(code)) {
                    throw new IllegalArgumentException("kundlofte.sso.group-roles[" + group + "]: unknown role '" + role
                            + "'; use one of " + AppRoles.ALL);
                }
                codes.add(code);
            }
            checked.put(group.trim(), Set.copyOf(codes));
        });
        this.rolesByGroup = Map.copyOf(checked);
    }

    /** True when no group is mapped: then nobody could log in through single sign-on. */
    public boolean isEmpty() {
        return rolesByGroup.isEmpty();
    }

    /**
     * The roles granted by the groups claim: a list of group names, or a single name. Anything
     * else (missing claim, numbers, nested objects) grants nothing.
     */
    public Set<String> rolesFor(Object groupsClaim) {
        Set<String> roles = new TreeSet<>();
        for (String group : groups(groupsClaim)) {
            Set<String> mapped = rolesByGroup.get(group);
            if (mapped == null && group.startsWith("/")) {
                mapped = rolesByGroup.get(group.substring(1));
            }
            if (mapped != null) {
                roles.addAll(mapped);
            }
        }
        return Set.copyOf(roles);
    }

    private static List<String> groups(Object claim) {
        if (claim instanceof String single) {
            return List.of(single.trim());
        }
        if (claim instanceof Collection<?> many) {
            return many.stream()
                    .filter(String.class::isInstance)
                    .map(g -> ((String) g).trim())
                    .toList();
        }
        return List.of();
    }
}
