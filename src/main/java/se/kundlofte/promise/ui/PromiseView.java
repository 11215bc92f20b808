package se.kundlofte.promise.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import se.kundlofte.base.ConcurrentEditException;
import se.kundlofte.base.RuleViolationException;
import se.kundlofte.base.ui.ConfirmRemove;
import se.kundlofte.base.ui.Notifications;
import se.kundlofte.base.ui.TitledView;
import se.kundlofte.customer.ui.CustomerNavigation;
import se.kundlofte.promise.PromiseDetails;
import se.kundlofte.promise.PromiseService;
import se.kundlofte.security.CurrentUser;
import se.kundlofte.security.Permission;

/**
 * One promise: what we promised and to whom, the answers to the questions of writing it well, its
 * health with the rules and the evidence, perceived promises, beyond-promise events and their
 * reviews, the requirements made to keep it, and every earlier wording.
 */
@Route("promises/:promiseId([0-9]{1,18})")
@RolesAllowed(Permission.PROMISE_READ)
class PromiseView extends Main implements BeforeEnterObserver, TitledView {

    static final String PARAMETER = "promiseId";

    private final PromiseService promises;
    private final PromiseEditing editing;
    private final PromiseParts parts;
    private PromiseDetails promise;

    PromiseView(PromiseService promises, PromiseEditing editing, PromiseParts parts) {
        this.promises = promises;
        this.editing = editing;
        this.parts = parts;
        addClassName("promise-view");
    }

    static RouteParameters parameters(long promiseId) {
        return new RouteParameters(PARAMETER, String.valueOf(promiseId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong(PARAMETER).orElse(-1L);
        try {
            promise = promises.get(id);
        } catch (RuleViolationException notFound) {
            event.rerouteToError(NotFoundException.class, getTranslation("promise.error.notFound"));
            return;
        }
        render();
    }

    PromiseDetails promise() {
        return promise;
    }

    void render() {
        removeAll();
        RouterLink back = new RouterLink(getTranslation("promise.backToRegister"), PromiseListView.class);
        back.addClassName("back-link");
        add(back, header());
        add(section("promise.guidance.title", "promise-questions", questions()));
        add(section("promise.section.health", "promise-health", parts.health(promise, this::reload)));
        add(section("promise.section.perceived", "promise-perceived", parts.perceived(promise, this::reload)));
        add(section("promise.section.beyond", "promise-beyond", parts.beyond(promise, this::reload)));
        add(section("promise.section.requirements", "promise-requirements", parts.requirements(promise, this::reload)));
        add(section("promise.section.history", "promise-history", parts.history(promise)));
    }

    private void reload() {
        promise = promises.get(promise.id());
        render();
    }

    private Section section(String titleKey, String id, Component content) {
        Section section = new Section(new H3(getTranslation(titleKey)), content);
        section.addClassName("promise-section");
        section.setId(id);
        return section;
    }

    private Div header() {
        H2 title = new H2(promise.title());
        title.setId("promise-title");
        Div badges = new Div(PromiseBadges.health(this, parts.healthOf(promise.id())));
        badges.addClassName("badges");
        if (promise.retired()) {
            Badge retired = new Badge(getTranslation("promise.retired"));
            retired.addThemeVariants(BadgeVariant.CONTRAST);
            badges.add(retired);
        }
        Div titleRow = new Div(title, badges);
        titleRow.addClassName("customer-title");

        Paragraph text = new Paragraph(promise.text());
        text.setId("promise-text");
        text.addClassName("promise-text");

        Div facts = new Div(
                fact("promise.field.scope", scope()),
                fact(
                        "promise.field.statedWhere",
                        getTranslation(promise.statedWhere().translationKey())),
                fact(
                        "promise.field.kind",
                        getTranslation(promise.implicit() ? "promise.kind.implicit" : "promise.kind.explicit")),
                fact("promise.field.owner", promise.ownerName()),
                fact(
                        "promise.validity",
                        promise.validFrom() + " – " + (promise.validTo() == null ? "" : promise.validTo())),
                fact(
                        "promise.field.stages",
                        promise.stages().stream()
                                .map(s -> getTranslation(s.translationKey()))
                                .collect(Collectors.joining(", "))),
                fact("promise.field.textVersion", String.valueOf(promise.textVersion())));
        facts.addClassName("facts");
        if (promise.customerId() != null) {
            facts.add(new Div(CustomerNavigation.customerLink(promise.customerName(), promise.customerId())));
        }
        Div header = new Div(titleRow, text, facts);
        header.addClassName("customer-header");
        if (CurrentUser.can(Permission.PROMISE_EDIT)) {
            header.add(actions());
        }
        return header;
    }

    private Div actions() {
        Button edit = new Button(
                getTranslation("action.edit"),
                new Icon(VaadinIcon.EDIT),
                e -> editing.open(promise, saved -> {
                    promise = saved;
                    render();
                }));
        edit.setId("edit-promise");
        Button retire =
                new Button(getTranslation(promise.retired() ? "promise.action.restore" : "promise.action.retire"));
        retire.setId("retire-promise");
        retire.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        retire.addClickListener(e -> run(() -> promises.retire(promise.id(), promise.version(), !promise.retired())));
        Button delete = new Button(getTranslation("promise.action.delete"), new Icon(VaadinIcon.TRASH));
        delete.setId("delete-promise");
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        delete.addClickListener(
                e -> ConfirmRemove.ask(this, getTranslation("promise.confirmDelete", promise.title()), this::delete)
                        .open());
        Div actions = new Div(edit, retire, delete);
        actions.addClassName("actions");
        return actions;
    }

    private void delete() {
        try {
            promises.delete(promise.id(), promise.version());
            Notifications.success(getTranslation("promise.deleted", promise.title()));
            getUI().ifPresent(ui -> ui.navigate(PromiseListView.class));
        } catch (RuleViolationException e) {
            Notifications.error(getTranslation(e.getMessageKey(), e.getArgs()));
        } catch (ConcurrentEditException | org.springframework.dao.OptimisticLockingFailureException e) {
            Notifications.error(getTranslation("conflict.reloaded"));
            reload();
        }
    }

    private void run(java.util.function.Supplier<PromiseDetails> action) {
        try {
            promise = action.get();
            render();
        } catch (RuleViolationException e) {
            Notifications.error(getTranslation(e.getMessageKey(), e.getArgs()));
        } catch (ConcurrentEditException | org.springframework.dao.OptimisticLockingFailureException e) {
            Notifications.error(getTranslation("conflict.reloaded"));
            reload();
        }
    }

    private String scope() {
        return PromiseBadges.scope(
                this,
                promise.scope(),
                promise.segment() == null ? null : promise.segment().translationKey(),
                promise.industry(getLocale()),
                promise.customerName());
    }

    private Div questions() {
        Div list = new Div();
        list.addClassName("promise-answers");
        list.add(answer("promise.question.issuer", promise.answers().issuer()));
        list.add(answer("promise.question.includes", promise.answers().includes()));
        list.add(answer("promise.question.limits", promise.limits()));
        list.add(answer("promise.question.notTooMuch", promise.answers().notTooMuch()));
        list.add(answer("promise.question.whyMatters", promise.answers().whyMatters()));
        return list;
    }

    private Div answer(String questionKey, @Nullable String answer) {
        Span question = new Span(getTranslation(questionKey));
        question.addClassName("fact-label");
        Paragraph text = new Paragraph(answer == null ? getTranslation("promise.unanswered") : answer);
        text.addClassName(answer == null ? "muted" : "promise-answer");
        Div row = new Div(question, text);
        row.addClassName("fact");
        return row;
    }

    private Div fact(String labelKey, @Nullable String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("fact-label");
        Span text = new Span(value == null || value.isBlank() ? "–" : value);
        Div fact = new Div(label, text);
        fact.addClassName("fact");
        return fact;
    }

    @Override
    public String titleKey() {
        return "promise.title";
    }

    @Override
    public String viewTitle() {
        return promise == null ? getTranslation(titleKey()) : promise.title();
    }
}
