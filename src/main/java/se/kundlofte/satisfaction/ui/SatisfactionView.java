package se.kundlofte.satisfaction.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import se.kundlofte.base.BusinessTime;
import se.kundlofte.base.ui.TitledView;
import se.kundlofte.customer.CustomerService;
import se.kundlofte.customer.IndustryService;
import se.kundlofte.customer.StakeholderService;
import se.kundlofte.satisfaction.FollowUpService;
import se.kundlofte.satisfaction.SatisfactionFilter;
import se.kundlofte.satisfaction.SatisfactionService;
import se.kundlofte.satisfaction.SurveyResponseService;
import se.kundlofte.satisfaction.SurveyType;
import se.kundlofte.security.CurrentUser;
import se.kundlofte.security.Permission;

/**
 * Satisfaction: NPS, CSAT and CES per month or week with the responses and a 95 % interval behind
 * each point, what drives it (by stage and segment beside failure demand), and the comments.
 * Marketing and customer service record responses here and import them.
 */
@Route("satisfaction")
@Menu(title = "menu.satisfaction", order = 34, icon = "vaadin:smiley-o")
@RolesAllowed(Permission.SATISFACTION_READ)
class SatisfactionView extends Main implements TitledView {

    final SatisfactionFilterBar filters;
    final TrendPanel trend = new TrendPanel();
    final DriversPanel drivers = new DriversPanel();
    final CommentsPanel comments;
    final Button record = new Button();
    final RouterLink followUps;

    private final SatisfactionService satisfaction;

    SatisfactionView(
            SatisfactionService satisfaction,
            SurveyResponseService responses,
            FollowUpService followUpService,
            CustomerService customers,
            StakeholderService stakeholders,
            IndustryService industries,
            BusinessTime time) {
        this.satisfaction = satisfaction;
        addClassName("satisfaction-view");
        filters = new SatisfactionFilterBar(time.today(), customers, industries, this::refresh);
        comments = new CommentsPanel(satisfaction, filters::filter, filters::type);

        Div actions = new Div();
        actions.addClassName("actions");
        long open = followUpService.countOpen(false, null);
        long overdue = followUpService.countOpen(true, null);
        followUps = SatisfactionNavigation.followUpsLink(getTranslation("satisfaction.followUps.link", open, overdue));
        followUps.setId("follow-ups-link");
        actions.add(followUps);
        // A courtesy: the service refuses recording to everyone else.
        if (CurrentUser.can(Permission.SATISFACTION_RECORD)) {
            record.setText(getTranslation("satisfaction.action.record"));
            record.setIcon(VaadinIcon.PLUS.create());
            record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            record.addClickListener(
                    e -> new SurveyResponseDialog(responses, customers, stakeholders, time.today(), saved -> refresh())
                            .open());
            RouterLink importLink =
                    new RouterLink(getTranslation("satisfaction.action.import"), SurveyImportView.class);
            importLink.setId("satisfaction-import-link");
            actions.add(importLink, record);
        }
        Div toolbar = new Div(filters, actions);
        toolbar.addClassName("toolbar");

        add(
                toolbar,
                section("satisfaction.section.trend", trend),
                section("satisfaction.section.drivers", drivers),
                section("satisfaction.section.comments", comments));
        refresh();
    }

    private Div section(String titleKey, Component... content) {
        Div section = new Div(new H3(getTranslation(titleKey)));
        section.add(content);
        section.addClassName("analysis-section");
        return section;
    }

    void refresh() {
        SatisfactionFilter filter = filters.filter();
        if (filter == null) {
            return;
        }
        SurveyType type = filters.type();
        trend.show(
                type,
                filters.granularity.getValue(),
                satisfaction.total(type, filter),
                satisfaction.trend(type, filter, filters.granularity.getValue()));
        drivers.show(satisfaction.byStage(type, filter), satisfaction.bySegment(type, filter));
        comments.refresh();
    }

    @Override
    public String titleKey() {
        return "menu.satisfaction";
    }
}
