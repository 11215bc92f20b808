package se.kundlofte.satisfaction.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.card.CardVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Optional;
import se.kundlofte.customer.ui.CustomerNavigation;
import se.kundlofte.satisfaction.FollowUpItem;
import se.kundlofte.satisfaction.FollowUpService;
import se.kundlofte.security.KundlofteUser;
import se.kundlofte.shell.StartSection;

/** The owner's open follow-ups on their start page, overdue ones first and flagged. */
@org.springframework.stereotype.Component
class FollowUpStartSection implements StartSection {

    static final int SHOWN = 5;

    private final FollowUpService followUps;

    FollowUpStartSection(FollowUpService followUps) {
        this.followUps = followUps;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Component> create(KundlofteUser user) {
        List<FollowUpItem> mine = followUps.mine(SHOWN + 1);
        if (mine.isEmpty()) {
            return Optional.empty();
        }
        Card card = new Card();
        card.addThemeVariants(CardVariant.LUMO_OUTLINED);
        card.setId("my-follow-ups");
        card.addClassName("start-follow-ups");
        long total = followUps.countOpen(false, user.getUserId());
        long overdue = followUps.countOpen(true, user.getUserId());
        card.setTitle(card.getTranslation("satisfaction.start.title", total, overdue));
        for (FollowUpItem f : mine.stream().limit(SHOWN).toList()) {
            Div row = new Div(
                    ScoreFormat.badge(f.type(), f.score()),
                    CustomerNavigation.customerLink(f.customerName(), f.customerId()),
                    new Span(card.getTranslation(
                            f.overdue() ? "satisfaction.followUp.overdueSince" : "satisfaction.followUp.dueShort",
                            f.dueOn().toString())));
            row.addClassName("badges");
            if (f.overdue()) {
                row.addClassName("overdue");
            }
            card.add(row);
        }
        card.add(SatisfactionNavigation.followUpsLink(card.getTranslation("satisfaction.start.all")));
        return Optional.of(card);
    }
}
