package se.kundlofte.promise.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.kundlofte.promise.PromiseService;
import se.kundlofte.requirement.ui.RequirementLinks;

/** A requirement created to keep a promise names the promise in its header, linked. */
@org.springframework.stereotype.Component
class PromiseRequirementLinks implements RequirementLinks {

    private final PromiseService promises;

    PromiseRequirementLinks(PromiseService promises) {
        this.promises = promises;
    }

    @Override
    public Optional<Component> links(long requirementId) {
        List<Map.Entry<Long, String>> kept = promises.promisesOfRequirement(requirementId);
        if (kept.isEmpty()) {
            return Optional.empty();
        }
        Div links = new Div();
        links.add(new Span(links.getTranslation("promise.keeps") + " "));
        links.setId("kept-promises");
        links.addClassName("kept-promises");
        for (Map.Entry<Long, String> promise : kept) {
            links.add(PromiseNavigation.promiseLink(promise.getValue(), promise.getKey()), new Span(" "));
        }
        return Optional.of(links);
    }
}
