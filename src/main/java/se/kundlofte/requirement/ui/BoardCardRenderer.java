package se.kundlofte.requirement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.kundlofte.base.i18n.TranslationProvider;
import se.kundlofte.requirement.BoardCard;
import se.kundlofte.requirement.Priority;
import se.kundlofte.requirement.Source;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A board card as data drawn in the browser: one Lit template for every card, so that the server
 * holds a record per card in view instead of a component tree. Text goes in through Lit
 * bindings, which escape it. Dragging is plain HTML5: the card carries {@code card:<id>} and a
 * drop on a card calls {@code dropBefore} on the server with that id.
 */
final class BoardCardRenderer {

    static final String DRAG_PREFIX = "card:";

    /** Stands for the title (or the days) while a translated label is split around it. */
    private static final String TITLE = "\u0001";

    /**
     * The card. Words that repeat from card to card (source, priority, "no customer", "no owner",
     * the days, the overdue badge) are written into the template once, in the reader's language,
     * as lists the card's codes index: %1$s source icons, %2$s source names, %3$s priorities,
     * %4$s priority themes, %5$s "no customer", %6$s "no owner", %7$s and %8$s the words before
     * and after the days, %9$s the reader's language tag, %10$s the overdue badge's text; %11$s
     * dragging, %12$s the link without the id, %13$s the menu (the last and the first only for
     * those who may move cards). While a card is still on its way the list draws an empty
     * placeholder, which has no {@code c}.
     */
    private static final String CARD =
            "<div class=\"board-card ${item.c?.f ? 'fresh' : ''}\" id=\"card-${item.c?.id}\" %11$s>"
                    + "<div class=\"card-top\"><a class=\"card-title\" href=\"%12$s${item.c?.id}\" router-link>"
                    + "${item.c?.t}</a>%13$s</div>"
                    + "<div class=\"card-meta\"><vaadin-icon class=\"card-source\" icon=\"${%1$s[item.c?.s] ?? ''}\" "
                    + "title=\"${%2$s[item.c?.s] ?? ''}\" aria-label=\"${%2$s[item.c?.s] ?? ''}\" role=\"img\">"
                    + "</vaadin-icon><span>${item.c ? item.c.c ?? %5$s : ''}</span></div>"
                    + "<div class=\"badges\"><vaadin-badge class=\"priority\" theme=\"${%4$s[item.c?.p] ?? ''}\">"
                    + "${item.c ? %3$s[item.c.p] + (item.c.n == null ? '' : ' ' + item.c.n) : ''}</vaadin-badge>"
                    + "<vaadin-badge class=\"overdue\" theme=\"error small\" ?hidden=\"${!item.c?.o}\">"
                    + "<vaadin-icon slot=\"icon\" icon=\"vaadin:clock\"></vaadin-icon>%10$s</vaadin-badge></div>"
                    + "<div class=\"card-bottom\"><span class=\"card-owner\">${item.c ? item.c.w ?? %6$s : ''}</span>"
                    + "<span class=\"card-days\">${item.c ? %7$s + item.c.d.toLocaleString(%9$s) + %8$s : ''}</span>"
                    + "</div></div>";

    private static final String DRAG = "draggable=\"true\" "
            + "@dragstart=\"${e => { e.dataTransfer.setData('text/plain', '" + DRAG_PREFIX
            + "' + item.c?.id); e.dataTransfer.effectAllowed = 'move'; }}\" "
            + "@dragover=\"${e => e.preventDefault()}\" "
            + "@drop=\"${e => { e.preventDefault(); e.stopPropagation(); "
            + "const d = e.dataTransfer.getData('text/plain'); if (d.startsWith('" + DRAG_PREFIX
            + "')) dropBefore(d.substring(" + DRAG_PREFIX.length() + ")); }}\"";

    /** The label's words around the title are the user's language, written into the template once. */
    private static final String MENU = "<vaadin-button class=\"card-move\" theme=\"tertiary-inline icon\" "
            + "aria-label=\"%1$s${item.c?.t}%2$s\" title=\"%1$s${item.c?.t}%2$s\" @click=\"${openMenu}\">"
            + "<vaadin-icon icon=\"vaadin:ellipsis-dots-v\"></vaadin-icon></vaadin-button>";

    /**
     * The one property a card sends. Every property of a Lit renderer travels with the renderer's
     * prefix ({@code lr_<16 hex digits>_}) in every card, so a card sends one object. In it only
     * what differs between cards, under one-letter names: {@code id}; {@code t} title; {@code s}
     * source and {@code p} priority, positions in the template's lists; {@code n} score, when the
     * priority shows one; {@code c} customer and {@code w} owner, left out when none; {@code d}
     * days in the column; {@code o} overdue and {@code f} fresh, only when true. A column's first
     * page is 32 cards, so every byte here counts 32 times per column and user: the words the
     * cards share travel once, in the template.
     */
    static final String CARD_DATA = "c";

    private BoardCardRenderer() {}

    /** What differs between cards (see {@link #CARD_DATA}); the template has the words. */
    private static ObjectNode data(BoardCard card, boolean fresh) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("id", card.id());
        data.put("t", card.title());
        data.put("s", card.source().ordinal());
        if (card.customerName() != null) {
            data.put("c", card.customerName());
        }
        Priority priority = card.priority();
        data.put("p", priority.ordinal());
        if (card.score() != null && priority != Priority.CRITICAL) {
            data.put("n", card.score());
        }
        if (card.overdueActions()) {
            data.put("o", true);
        }
        if (card.ownerName() != null) {
            data.put("w", card.ownerName());
        }
        data.put("d", card.daysInStage());
        if (fresh) {
            data.put("f", true);
        }
        return data;
    }

    /**
     * @param movable whether the user may move cards (drag, drop and the "Move to…" button)
     * @param fresh the id of a card to highlight (a card just created), or a negative number
     */
    static LitRenderer<BoardCard> create(
            Component i18n,
            boolean movable,
            LongSupplier fresh,
            Consumer<BoardCard> openMenu,
            BiConsumer<BoardCard, Long> dropBefore) {
        LitRenderer<BoardCard> renderer = LitRenderer.<BoardCard>of(template(i18n, movable))
                .withProperty(CARD_DATA, card -> data(card, card.id() == fresh.getAsLong()));
        if (movable) {
            renderer.withFunction("openMenu", openMenu::accept).withFunction("dropBefore", (card, args) -> {
                long dragged = parseId(args.get(0).asString());
                if (dragged > 0 && dragged != card.id()) {
                    dropBefore.accept(card, dragged);
                }
            });
        }
        return renderer;
    }

    /** Templates by language and whether cards move: each column of every board asks for one. */
    private static final Map<String, String> TEMPLATES = new ConcurrentHashMap<>();

    /** The card's template in the reader's language (see {@link #CARD}), built once per language. */
    static String template(Component i18n, boolean movable) {
        Locale language = language();
        return TEMPLATES.computeIfAbsent(
                language.toLanguageTag() + (movable ? "+move" : ""), key -> build(i18n, language, movable));
    }

    private static String build(Component i18n, Locale language, boolean movable) {
        String[] label = i18n.getTranslation(language, "board.moveMenu", TITLE).split(TITLE, -1);
        String menu = MENU.formatted(templateText(label[0]), templateText(label.length > 1 ? label[1] : ""));
        String[] days =
                i18n.getTranslation(language, "board.daysInStage", TITLE).split(TITLE, -1);
        return CARD.formatted(
                jsList(Arrays.stream(Source.values()).map(Source::icon)),
                jsList(Arrays.stream(Source.values())
                        .map(source -> i18n.getTranslation(language, source.translationKey()))),
                jsList(Arrays.stream(Priority.values())
                        .map(priority -> i18n.getTranslation(language, priority.translationKey()))),
                jsList(Arrays.stream(Priority.values()).map(BoardCardRenderer::priorityTheme)),
                js(i18n.getTranslation(language, "board.noCustomer")),
                js(i18n.getTranslation(language, "board.noOwner")),
                js(days[0]),
                js(days.length > 1 ? days[1] : ""),
                js(language.toLanguageTag()),
                templateText(i18n.getTranslation(language, "board.overdue")),
                movable ? DRAG : "",
                linkPrefix(),
                movable ? menu : "");
    }

    /**
     * The reader's language, one of ours (so that the templates kept are a handful, whatever
     * browsers send); the template's key and every word in it come from it.
     */
    private static Locale language() {
        UI ui = UI.getCurrent();
        return TranslationProvider.supported(ui == null ? Locale.ROOT : ui.getLocale());
    }

    /**
     * Our own text as a JavaScript string inside one of the template's expressions: a JSON string,
     * in which nothing can end the string, and no {@code <} for the page's script to worry about.
     */
    static String js(String text) {
        return JsonNodeFactory.instance.textNode(text).toString().replace("<", "\\u003c");
    }

    private static String jsList(Stream<String> texts) {
        return texts.map(BoardCardRenderer::js).collect(Collectors.joining(",", "[", "]"));
    }

    /** A requirement's address without its id: the route is ours, the id is appended in the template. */
    static String linkPrefix() {
        String url = RequirementNavigation.requirementUrl(0);
        if (!url.endsWith("/0")) {
            throw new IllegalStateException("Unexpected requirement address " + url);
        }
        return templateText(url.substring(0, url.length() - 1));
    }

    /** Our own text written into a Lit template: nothing in it may end the attribute, the markup or the template. */
    static String templateText(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                case '`' -> escaped.append("&#96;");
                case '$' -> escaped.append("&#36;");
                case '\\' -> escaped.append("&#92;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** The id from a drag's data, or -1 when it is not a card of this board. */
    static long parseId(String data) {
        String id = data.startsWith(DRAG_PREFIX) ? data.substring(DRAG_PREFIX.length()) : data;
        try {
            return Long.parseLong(id.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String priorityTheme(Priority priority) {
        return switch (priority) {
            case CRITICAL -> "small error filled";
            case HIGH -> "small warning";
            case MEDIUM -> "small success";
            default -> "small contrast";
        };
    }
}
