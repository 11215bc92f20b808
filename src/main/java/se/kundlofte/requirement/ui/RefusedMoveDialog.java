package se.kundlofte.requirement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import se.kundlofte.requirement.BoardCard;
import se.kundlofte.requirement.GateRefusedException;
import se.kundlofte.requirement.StageGates.Missing;

/** Says exactly what a requirement lacks before it may enter the stage, with a link to fill it in. */
class RefusedMoveDialog extends Dialog {

    final UnorderedList missing = new UnorderedList();

    RefusedMoveDialog(BoardCard card, GateRefusedException refusal) {
        setHeaderTitle(
                getTranslation("gate.title", getTranslation(refusal.getTarget().translationKey())));
        add(new Paragraph(getTranslation("gate.intro", card.title())));
        for (Missing item : refusal.getMissing()) {
            missing.add(new ListItem(getTranslation(item.messageKey())));
        }
        add(missing);
        String section = refusal.getMissing().getFirst().section();
        RouterLink fillIn = RequirementNavigation.requirementLink(getTranslation("gate.fillIn"), card.id(), section);
        fillIn.addClassName("fill-in-link");
        fillIn.getElement().addEventListener("click", e -> close());
        Button ok = new Button(getTranslation("gate.ok"), e -> close());
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(fillIn, ok);
    }
}
