package se.kundlofte.satisfaction.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import se.kundlofte.base.JourneyPhase;
import se.kundlofte.base.reference.ReferenceItem;
import se.kundlofte.customer.CustomerService;
import se.kundlofte.customer.IndustryService;
import se.kundlofte.customer.Segment;
import se.kundlofte.customer.ui.CustomerChoice;
import se.kundlofte.demand.Granularity;
import se.kundlofte.satisfaction.SatisfactionFilter;
import se.kundlofte.satisfaction.SurveyType;

/** The measure, the period and which customers: every change reports itself to the page. */
class SatisfactionFilterBar extends Div {

    final Select<SurveyType> type = new Select<>();
    final Select<Granularity> granularity = new Select<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final ComboBox<ReferenceItem> industry = new ComboBox<>();
    final Select<Segment> segment = new Select<>();
    final ComboBox<CustomerChoice> customer = new ComboBox<>();
    final Checkbox keyAccounts = new Checkbox();
    final ComboBox<JourneyPhase> stage = new ComboBox<>();

    SatisfactionFilterBar(LocalDate today, CustomerService customers, IndustryService industries, Runnable onChange) {
        addClassName("filters");
        type.setLabel(getTranslation("satisfaction.field.type"));
        type.setItems(SurveyType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.translationKey()));
        type.setValue(SurveyType.NPS);
        granularity.setLabel(getTranslation("demand.filter.granularity"));
        granularity.setItems(Granularity.values());
        granularity.setItemLabelGenerator(g -> getTranslation(g.translationKey()));
        granularity.setValue(Granularity.MONTH);
        from.setLabel(getTranslation("demand.filter.from"));
        to.setLabel(getTranslation("demand.filter.to"));
        to.setValue(today);
        from.setValue(today.minusMonths(24).withDayOfMonth(1));
        industry.setLabel(getTranslation("customer.field.industry"));
        industry.setItems(industries.list(false));
        industry.setItemLabelGenerator(i -> i.name(getLocale()));
        industry.setClearButtonVisible(true);
        segment.setLabel(getTranslation("customer.field.segment"));
        segment.setItems(Segment.values());
        segment.setEmptySelectionAllowed(true);
        segment.setEmptySelectionCaption(getTranslation("satisfaction.filter.any"));
        segment.setItemLabelGenerator(
                s -> s == null ? getTranslation("satisfaction.filter.any") : getTranslation(s.translationKey()));
        customer.setLabel(getTranslation("satisfaction.field.customer"));
        customer.setClearButtonVisible(true);
        CustomerChoice.bind(customer, customers);
        keyAccounts.setLabel(getTranslation("satisfaction.filter.keyAccounts"));
        stage.setLabel(getTranslation("satisfaction.field.stage"));
        stage.setItems(JourneyPhase.values());
        stage.setItemLabelGenerator(s -> getTranslation(s.translationKey()));
        stage.setClearButtonVisible(true);
        add(type, granularity, from, to, industry, segment, customer, keyAccounts, stage);
        type.addValueChangeListener(e -> onChange.run());
        granularity.addValueChangeListener(e -> onChange.run());
        from.addValueChangeListener(e -> onChange.run());
        to.addValueChangeListener(e -> onChange.run());
        industry.addValueChangeListener(e -> onChange.run());
        segment.addValueChangeListener(e -> onChange.run());
        customer.addValueChangeListener(e -> onChange.run());
        keyAccounts.addValueChangeListener(e -> onChange.run());
        stage.addValueChangeListener(e -> onChange.run());
    }

    /** The filter, or null (with the period marked) when the period is incomplete or reversed. */
    @Nullable
    SatisfactionFilter filter() {
        if (from.getValue() == null || to.getValue() == null || from.getValue().isAfter(to.getValue())) {
            to.setErrorMessage(getTranslation("demand.error.period"));
            to.setInvalid(true);
            return null;
        }
        to.setInvalid(false);
        return SatisfactionFilter.between(from.getValue(), to.getValue())
                .withIndustry(
                        industry.getValue() == null ? null : industry.getValue().id())
                .withSegment(segment.getValue())
                .withCustomer(
                        customer.getValue() == null ? null : customer.getValue().id())
                .withKeyAccountsOnly(keyAccounts.getValue())
                .withJourneyStage(
                        stage.getValue() == null ? null : stage.getValue().name());
    }

    SurveyType type() {
        return type.getValue() == null ? SurveyType.NPS : type.getValue();
    }
}
