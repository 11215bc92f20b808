package se.kundlofte.user.ui;

import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.kundlofte.base.ui.TitledView;
import se.kundlofte.security.AppRoles;
import se.kundlofte.security.Permission;
import se.kundlofte.user.UserAdminService;
import se.kundlofte.user.UserListItem;

/** User administration: search, create, edit roles, deactivate and reactivate, set passwords. */
@Route("admin/users")
@Menu(title = "menu.users", order = 90, icon = "vaadin:users")
@RolesAllowed(Permission.USER_ADMIN)
class UserAdminView extends Main implements TitledView {

    final TextField search = new TextField();
    final Button create = new Button();
    final Grid<UserListItem> grid = new Grid<>();

    private final UserAdminService service;

    UserAdminView(UserAdminService service) {
        this.service = service;
        addClassName("list-view");

        search.setPlaceholder(getTranslation("users.search"));
        search.setAriaLabel(getTranslation("users.search"));
        search.setPrefixComponent(new Icon(VaadinIcon.SEARCH));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        search.setWidth("min(24rem, 100%)");

        create.setText(getTranslation("users.action.new"));
        create.setIcon(new Icon(VaadinIcon.PLUS));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> openDialog(null));

        HorizontalLayout toolbar = new HorizontalLayout(search, create);
        toolbar.setWidthFull();
        toolbar.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        toolbar.addClassName("toolbar");

        configureGrid();
        add(toolbar, grid);
    }

    private void configureGrid() {
        grid.addColumn(UserListItem::fullName)
                .setHeader(getTranslation("users.field.fullName"))
                .setKey("fullName")
                .setSortable(true)
                .setFlexGrow(2);
        grid.addColumn(UserListItem::username)
                .setHeader(getTranslation("users.field.username"))
                .setKey("username")
                .setSortable(true);
        grid.addColumn(UserListItem::email)
                .setHeader(getTranslation("users.field.email"))
                .setKey("email")
                .setSortable(true)
                .setFlexGrow(2);
        grid.addColumn(UserListItem::department)
                .setHeader(getTranslation("users.field.department"))
                .setKey("department")
                .setSortable(true);
        grid.addComponentColumn(this::roleBadges)
                .setHeader(getTranslation("users.field.roles"))
                .setKey("roles")
                .setFlexGrow(3);
        grid.addComponentColumn(this::statusBadge)
                .setHeader(getTranslation("users.field.status"))
                .setKey("active")
                .setSortable(true)
                .setWidth("9.5rem")
                .setFlexGrow(0);
        grid.addComponentColumn(this::rowActions)
                .setKey("actions")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItemsPageable(pageable -> service.list(search.getValue(), pageable));
        grid.addItemDoubleClickListener(e -> openDialog(e.getItem()));
        grid.setSizeFull();
    }

    private Div roleBadges(UserListItem user) {
        Div badges = new Div();
        badges.addClassName("badges");
        AppRoles.ALL.stream()
                .filter(user.roles()::contains)
                .forEach(role -> badges.add(new Badge(getTranslation(AppRoles.translationKey(role)))));
        return badges;
    }

    private Badge statusBadge(UserListItem user) {
        Badge badge = new Badge(getTranslation(user.active() ? "users.status.active" : "users.status.inactive"));
        badge.addThemeVariants(user.active() ? BadgeVariant.SUCCESS : BadgeVariant.CONTRAST);
        return badge;
    }

    private HorizontalLayout rowActions(UserListItem user) {
        Button edit = new Button(new Icon(VaadinIcon.EDIT), e -> openDialog(user));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.setAriaLabel(getTranslation("users.action.edit", user.fullName()));
        edit.setTooltipText(getTranslation("users.action.edit", user.fullName()));
        edit.addClassName("edit-user");
        Button password = new Button(new Icon(VaadinIcon.KEY), e -> openPasswordDialog(user));
        password.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        password.setAriaLabel(getTranslation("users.action.setPassword", user.fullName()));
        password.setTooltipText(getTranslation("users.action.setPassword", user.fullName()));
        password.addClassName("set-password");
        return new HorizontalLayout(edit, password);
    }

    void openDialog(UserListItem user) {
        new UserDialog(
                        user,
                        new UserDialog.Actions() {
                            @Override
                            public UserListItem save(UserFormModel model, UserListItem original) {
                                return original == null
                                        ? service.create(model.toNewUser())
                                        : service.update(model.toChanges(original));
                            }

                            @Override
                            public UserListItem setActive(UserListItem target, boolean active) {
                                return service.setActive(target.id(), target.version(), active);
                            }

                            @Override
                            public UserListItem reload(long id) {
                                return service.get(id);
                            }

                            @Override
                            public int openSessions(UserListItem target) {
                                return service.openSessions(target.id()).size();
                            }

                            @Override
                            public int endSessions(UserListItem target) {
                                return service.endSessions(target.id());
                            }
                        },
                        saved -> grid.getDataProvider().refreshAll())
                .open();
    }

    void openPasswordDialog(UserListItem user) {
        new PasswordDialog(user, password -> service.setPassword(user.id(), password)).open();
    }

    @Override
    public String titleKey() {
        return "menu.users";
    }
}
