package se.kundlofte.requirement.ui;

import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import se.kundlofte.base.ui.Saving;
import se.kundlofte.requirement.ActionForm;
import se.kundlofte.requirement.ActionItem;
import se.kundlofte.requirement.ActionType;
import se.kundlofte.requirement.RequirementActionService;
import se.kundlofte.requirement.RequirementRules;
import se.kundlofte.security.CurrentUser;
import se.kundlofte.security.Permission;
import se.kundlofte.user.UserRef;

/** The actions that meet the requirement: type, owner, due date, done; overdue ones flagged. */
class ActionsSection extends PageSection {

    final Div list = new Div();
    final ComboBox<ActionType> type = new ComboBox<>();
    final TextField description = new TextField();
    final ComboBox<UserRef> owner = new ComboBox<>();
    final DatePicker dueDate = new DatePicker();
    final Button add = new Button();

    private final long requirementId;
    private final RequirementActionService actions;

    ActionsSection(long requirementId, RequirementActionService actions, List<UserRef> owners, Runnable onChanged) {
        super("actions", "requirement.section.actions", saved -> onChanged.run(), onChanged);
        this.requirementId = requirementId;
        this.actions = actions;
        list.addClassName("action-list");
        body.add(list);
        render();
        if (CurrentUser.can(Permission.REQUIREMENT_ANALYSE)) {
            type.setLabel(getTranslation("action.field.type"));
            type.setItems(ActionType.values());
            type.setItemLabelGenerator(t -> getTranslation(t.translationKey()));
            description.setLabel(getTranslation("action.field.description"));
            description.setMaxLength(RequirementRules.ACTION_MAX);
            owner.setLabel(getTranslation("action.field.owner"));
            owner.setItems(owners);
            owner.setItemLabelGenerator(UserRef::fullName);
            dueDate.setLabel(getTranslation("action.field.dueDate"));
            add.setText(getTranslation("action.add"));
            add.setIcon(new Icon(VaadinIcon.PLUS));
            add.addThemeVariants(ButtonVariant.LUMO_SMALL);
            add.addClickListener(e -> Saving.run(
                    this,
                    () -> actions.add(
                            requirementId,
                            new ActionForm(
                                    type.getValue(),
                                    description.getValue(),
                                    owner.getValue() == null
                                            ? null
                                            : owner.getValue().id(),
                                    dueDate.getValue())),
                    saved -> {
                        description.clear();
                        dueDate.clear();
                        onChanged.run();
                    },
                    getTranslation("action.added"),
                    Map.of("type", type, "description", description),
                    onChanged));
            FormLayout form = new FormLayout(type, description, owner, dueDate);
            form.setColspan(description, 2);
            body.add(form, add);
        }
    }

    private void render() {
        list.removeAll();
        List<ActionItem> items = actions.forRequirement(requirementId);
        if (items.isEmpty()) {
            Span none = new Span(getTranslation("action.none"));
            none.addClassName("muted");
            list.add(none);
        }
        for (ActionItem item : items) {
            Checkbox done = new Checkbox(item.description(), item.done());
            done.setReadOnly(!CurrentUser.can(Permission.REQUIREMENT_ANALYSE));
            done.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    actions.setDone(item.id(), item.version(), e.getValue());
                    render();
                }
            });
            Div row = new Div(done);
            row.addClassName("action-row");
            Span meta = new Span(getTranslation(item.type().translationKey())
                    + (item.ownerName() == null ? "" : " · " + item.ownerName())
                    + (item.dueDate() == null
                            ? ""
                            : " · "
                                    + getTranslation(
                                            "action.due", item.dueDate().toString())));
            meta.addClassName("muted");
            row.add(meta);
            if (item.overdue()) {
                Badge overdue = new Badge(getTranslation("board.overdue"));
                overdue.addThemeVariants(BadgeVariant.ERROR, BadgeVariant.SMALL);
                row.add(overdue);
            }
            list.add(row);
        }
    }
}
