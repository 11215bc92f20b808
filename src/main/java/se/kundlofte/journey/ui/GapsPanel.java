package se.kundlofte.journey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.kundlofte.base.RuleViolationException;
import se.kundlofte.base.ui.Notifications;
import se.kundlofte.journey.JourneyGapService;
import se.kundlofte.journey.StageGap;
import se.kundlofte.requirement.RequirementDetails;
import se.kundlofte.requirement.ui.RequirementNavigation;
import se.kundlofte.security.CurrentUser;
import se.kundlofte.security.Permission;

/** The gaps summary: each gap stage with its reasons and a one-click requirement to close it. */
class GapsPanel extends Section {

    final Map<Long, Button> createButtons = new HashMap<>();

    GapsPanel(List<StageGap> gaps, int thresholdPercent, JourneyGapService gapService) {
        addClassNames("journey-section", "gaps-panel");
        add(new H3(getTranslation("journey.gaps.title", gaps.size())));
        Paragraph rule = new Paragraph(getTranslation("journey.gaps.rule", thresholdPercent));
        rule.addClassName("section-note");
        add(rule);
        if (gaps.isEmpty()) {
            add(new Paragraph(getTranslation("journey.gaps.none")));
            return;
        }
        boolean canCreate = CurrentUser.can(Permission.REQUIREMENT_CREATE);
        Div list = new Div();
        list.addClassName("gap-list");
        for (StageGap gap : gaps) {
            Div item = new Div();
            item.addClassName("gap-item");
            Span stage = new Span(gap.stage().label(this::getTranslation));
            stage.addClassName("gap-stage");
            Span reasons = new Span(gap.reasons().stream()
                    .map(r -> getTranslation(r.translationKey()))
                    .collect(Collectors.joining(" · ")));
            reasons.addClassName("gap-reasons");
            item.add(VaadinIcon.WARNING.create(), stage, reasons);
            if (gap.failureRatio() != null) {
                Span ratio = new Span(getTranslation(
                        "journey.gaps.ratio",
                        NumberFormat.getPercentInstance(getLocale()).format(gap.failureRatio())));
                ratio.addClassName("gap-ratio");
                item.add(ratio);
            }
            if (canCreate) {
                Button create =
                        new Button(getTranslation("journey.gaps.createRequirement"), e -> create(gapService, gap));
                create.addThemeVariants(ButtonVariant.LUMO_SMALL);
                create.setAriaLabel(getTranslation("journey.gaps.createRequirement") + ": " + stage.getText());
                createButtons.put(gap.stage().id(), create);
                item.add(create);
            }
            list.add(item);
        }
        add(list);
    }

    private void create(JourneyGapService gapService, StageGap gap) {
        try {
            RequirementDetails created =
                    gapService.createRequirement(gap.stage().id(), this::getTranslation);
            Notifications.success(getTranslation("journey.gaps.created", created.title()));
            createButtons.get(gap.stage().id()).setEnabled(false);
            add(RequirementNavigation.requirementLink(created.title(), created.id()));
        } catch (RuleViolationException e) {
            Notifications.error(getTranslation(e.getMessageKey(), e.getArgs()));
        }
    }
}
