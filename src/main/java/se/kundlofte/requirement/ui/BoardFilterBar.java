package se.kundlofte.requirement.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.kundlofte.base.JourneyStageChoice;
import se.kundlofte.customer.CustomerService;
import se.kundlofte.customer.ui.CustomerChoice;
import se.kundlofte.requirement.BoardFilter;
import se.kundlofte.requirement.Priority;
import se.kundlofte.requirement.Source;
import se.kundlofte.security.AppRoles;
import se.kundlofte.user.UserRef;

/** The board's filters, read from and written to the URL so a filtered board can be shared. */
class BoardFilterBar extends Div {

    final TextField text = new TextField();
    final ComboBox<CustomerChoice> customer = new ComboBox<>();
    final ComboBox<UserRef> owner = new ComboBox<>();
    final ComboBox<String> department = new ComboBox<>();
    final ComboBox<Priority> priority = new ComboBox<>();
    final ComboBox<Source> source = new ComboBox<>();
    final IntegerField minDays = new IntegerField();
    final ComboBox<JourneyStageChoice> journeyStage = new ComboBox<>();
    private boolean reading;

    private final CustomerService customers;

    BoardFilterBar(
            CustomerService customers,
            List<UserRef> owners,
            List<JourneyStageChoice> journeyStages,
            Runnable onChange) {
        this.customers = customers;
        addClassName("filters");
        text.setPlaceholder(getTranslation("board.filter.text"));
        text.setAriaLabel(getTranslation("board.filter.text"));
        text.setPrefixComponent(new Icon(VaadinIcon.SEARCH));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        CustomerChoice.bind(customer, customers);
        owner.setItems(owners);
        owner.setItemLabelGenerator(UserRef::fullName);
        department.setItems(AppRoles.ALL);
        department.setItemLabelGenerator(role -> getTranslation(AppRoles.translationKey(role)));
        priority.setItems(Priority.values());
        priority.setItemLabelGenerator(p -> getTranslation(p.translationKey()));
        source.setItems(Source.values());
        source.setItemLabelGenerator(s -> getTranslation(s.translationKey()));
        journeyStage.setItems(journeyStages);
        journeyStage.setItemLabelGenerator(c -> c.label(this::getTranslation));
        journeyStage.setId("board-filter-journey-stage");
        minDays.setMin(1);
        minDays.setStepButtonsVisible(false);
        label(customer, "board.filter.customer", "13rem");
        label(owner, "board.filter.owner", "11rem");
        label(department, "board.filter.department", "11rem");
        label(priority, "board.filter.priority", "9rem");
        label(source, "board.filter.source", "11rem");
        label(journeyStage, "journeyLink.filter.stage", "16rem");
        minDays.setPlaceholder(getTranslation("board.filter.minDays"));
        minDays.setAriaLabel(getTranslation("board.filter.minDays"));
        minDays.setWidth("8rem");
        text.setWidth("13rem");
        add(text, customer, owner, department, priority, source, journeyStage, minDays);
        text.addValueChangeListener(e -> changed(onChange));
        customer.addValueChangeListener(e -> changed(onChange));
        owner.addValueChangeListener(e -> changed(onChange));
        department.addValueChangeListener(e -> changed(onChange));
        priority.addValueChangeListener(e -> changed(onChange));
        source.addValueChangeListener(e -> changed(onChange));
        minDays.addValueChangeListener(e -> changed(onChange));
        journeyStage.addValueChangeListener(e -> changed(onChange));
    }

    private void label(ComboBox<?> box, String key, String width) {
        box.setPlaceholder(getTranslation(key));
        box.setAriaLabel(getTranslation(key));
        box.setClearButtonVisible(true);
        box.setWidth(width);
    }

    private void changed(Runnable onChange) {
        if (!reading) {
            onChange.run();
        }
    }

    BoardFilter filter() {
        return new BoardFilter(
                customer.getValue() == null ? null : customer.getValue().id(),
                owner.getValue() == null ? null : owner.getValue().id(),
                department.getValue(),
                priority.getValue(),
                source.getValue(),
                minDays.getValue(),
                text.getValue().isBlank() ? null : text.getValue().trim(),
                journeyStage.getValue() == null ? null : journeyStage.getValue().id());
    }

    /** The filters as URL parameters (only those set). */
    QueryParameters toQuery() {
        return query(filter());
    }

    /** A board filter as URL parameters (only those set), as the board reads them. */
    static QueryParameters query(BoardFilter f) {
        Map<String, String> params = new LinkedHashMap<>();
        if (f.text() != null) {
            params.put("q", f.text());
        }
        Optional.ofNullable(f.customerId()).ifPresent(v -> params.put("customer", v.toString()));
        Optional.ofNullable(f.ownerId()).ifPresent(v -> params.put("owner", v.toString()));
        Optional.ofNullable(f.department()).ifPresent(v -> params.put("department", v));
        Optional.ofNullable(f.priority()).ifPresent(v -> params.put("priority", v.name()));
        Optional.ofNullable(f.source()).ifPresent(v -> params.put("source", v.name()));
        Optional.ofNullable(f.minDaysInStage()).ifPresent(v -> params.put("age", v.toString()));
        Optional.ofNullable(f.journeyStageId()).ifPresent(v -> params.put("journeyStage", v.toString()));
        return QueryParameters.simple(params);
    }

    /** Sets the fields from URL parameters; unknown values are ignored. */
    void fromQuery(QueryParameters query) {
        reading = true;
        try {
            Map<String, List<String>> p = query.getParameters();
            text.setValue(first(p, "q").orElse(""));
            customer.setValue(first(p, "customer")
                    .flatMap(BoardFilterBar::number)
                    .flatMap(id -> CustomerChoice.byId(customers, id))
                    .orElse(null));
            owner.setValue(first(p, "owner")
                    .flatMap(BoardFilterBar::number)
                    .flatMap(id -> owner.getListDataView()
                            .getItems()
                            .filter(u -> u.id() == id)
                            .findFirst())
                    .orElse(null));
            department.setValue(
                    first(p, "department").filter(AppRoles.ALL::contains).orElse(null));
            priority.setValue(
                    first(p, "priority").flatMap(v -> enumOf(Priority.class, v)).orElse(null));
            source.setValue(
                    first(p, "source").flatMap(v -> enumOf(Source.class, v)).orElse(null));
            minDays.setValue(first(p, "age")
                    .flatMap(BoardFilterBar::number)
                    .map(Long::intValue)
                    .orElse(null));
            journeyStage.setValue(first(p, "journeyStage")
                    .flatMap(BoardFilterBar::number)
                    .flatMap(id -> journeyStage
                            .getListDataView()
                            .getItems()
                            .filter(c -> c.id() == id)
                            .findFirst())
                    .orElse(null));
        } finally {
            reading = false;
        }
    }

    private static Optional<String> first(Map<String, List<String>> params, String key) {
        return Optional.ofNullable(params.get(key))
                .flatMap(values -> values.stream().findFirst());
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static <E extends Enum<E>> Optional<E> enumOf(Class<E> type, String value) {
        try {
            return Optional.of(Enum.valueOf(type, value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
