package se.kundlofte.requirement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import se.kundlofte.requirement.BoardCard;
import se.kundlofte.requirement.Priority;
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

    /** Stands for the title while the menu's label is split around it. */
    private static final String TITLE = "\u0001";

    private static final String CARD =
            "<div class=\"board-card ${item.c?.fresh ? 'fresh' : ''}\" id=\"card-${item.c?.id}\" %s>"
                    + "<div class=\"card-top\"><a class=\"card-title\" href=\"%s${item.c?.id}\" router-link>${item.c?.title}</a>%s</div>"
                    + "<div class=\"card-meta\"><vaadin-icon class=\"card-source\" icon=\"${item.c?.sourceIcon}\" "
                    + "title=\"${item.c?.sourceName}\" aria-label=\"${item.c?.sourceName}\" role=\"img\"></vaadin-icon>"
                    + "<span>${item.c?.customer}</span></div>"
                    + "<div class=\"badges\"><vaadin-badge class=\"priority\" theme=\"${item.c?.priorityTheme}\">${item.c?.priority}"
                    + "</vaadin-badge><vaadin-badge class=\"overdue\" theme=\"error small\" ?hidden=\"${!item.c?.overdue}\">"
                    + "<vaadin-icon slot=\"icon\" icon=\"vaadin:clock\"></vaadin-icon>${item.c?.overdue}</vaadin-badge></div>"
                    + "<div class=\"card-bottom\"><span class=\"card-owner\">${item.c?.owner}</span>"
                    + "<span class=\"card-days\">${item.c?.days}</span></div></div>";

    private static final String DRAG = "draggable=\"true\" "
            + "@dragstart=\"${e => { e.dataTransfer.setData('text/plain', '" + DRAG_PREFIX
            + "' + item.c?.id); e.dataTransfer.effectAllowed = 'move'; }}\" "
            + "@dragover=\"${e => e.preventDefault()}\" "
            + "@drop=\"${e => { e.preventDefault(); e.stopPropagation(); "
            + "const d = e.dataTransfer.getData('text/plain'); if (d.startsWith('" + DRAG_PREFIX
            + "')) dropBefore(d.substring(" + DRAG_PREFIX.length() + ")); }}\"";

    /** The label's words around the title are the user's language, written into the template once. */
    private static final String MENU = "<vaadin-button class=\"card-move\" theme=\"tertiary-inline icon\" "
            + "aria-label=\"%1$s${item.c?.title}%2$s\" title=\"%1$s${item.c?.title}%2$s\" @click=\"${openMenu}\">"
            + "<vaadin-icon icon=\"vaadin:ellipsis-dots-v\"></vaadin-icon></vaadin-button>";

    /**
     * The one property a card sends. Every property of a Lit renderer travels with the renderer's
     * prefix ({@code lr_<16 hex digits>_}) in every card; one object with the card's fields sends
     * that prefix once per card instead of eleven times, and an empty field not at all. That was a
     * third of the board's opening response, and its encoding a fifth of the server's work when
     * many users opened the board at once. The template reads it as {@code item.c?.…}: while a
     * card is still on its way the list draws an empty placeholder, which has no {@code c}.
     */
    static final String CARD_DATA = "c";

    private BoardCardRenderer() {}

    /** What the template shows of a card, in the reader's language (empty fields left out). */
    private static ObjectNode data(CardTexts texts, BoardCard card, boolean fresh) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("id", card.id());
        data.put("title", card.title());
        data.put("sourceIcon", card.source().icon());
        data.put("sourceName", texts.text(card.source().translationKey()));
        data.put("customer", card.customerName() == null ? texts.text("board.noCustomer") : card.customerName());
        data.put("priority", priorityText(texts, card));
        data.put("priorityTheme", priorityTheme(card.priority()));
        if (card.overdueActions()) {
            data.put("overdue", texts.text("board.overdue"));
        }
        data.put("owner", card.ownerName() == null ? texts.text("board.noOwner") : card.ownerName());
        data.put("days", texts.days(card.daysInStage()));
        if (fresh) {
            data.put("fresh", true);
        }
        return data;
    }

    /**
     * The reader's texts a column asks for every card (source, priority, "no owner", days in the
     * column), kept per renderer: a page shows hundreds of cards but only a few dozen texts. A
     * change of language reloads the page, and with it the renderers.
     */
    private static final class CardTexts {

        private final Component i18n;
        private final Map<String, String> byKey = new ConcurrentHashMap<>();
        private final Map<Long, String> days = new ConcurrentHashMap<>();

        CardTexts(Component i18n) {
            this.i18n = i18n;
        }

        String text(String key) {
            return byKey.computeIfAbsent(key, k -> i18n.getTranslation(k));
        }

        String days(long count) {
            return days.computeIfAbsent(count, n -> i18n.getTranslation("board.daysInStage", n));
        }
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
        CardTexts texts = new CardTexts(i18n);
        LitRenderer<BoardCard> renderer = LitRenderer.<BoardCard>of(template(i18n, movable))
                .withProperty(CARD_DATA, card -> data(texts, card, card.id() == fresh.getAsLong()));
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

    /**
     * The card's template. Per card only what differs between cards is sent (every property name
     * travels with a prefix in every card), so the link and the menu's label are built here from
     * the id and the title.
     */
    static String template(Component i18n, boolean movable) {
        String[] label = i18n.getTranslation("board.moveMenu", TITLE).split(TITLE, -1);
        String menu = MENU.formatted(templateText(label[0]), templateText(label.length > 1 ? label[1] : ""));
        return CARD.formatted(movable ? DRAG : "", linkPrefix(), movable ? menu : "");
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

    private static String priorityText(CardTexts texts, BoardCard card) {
        Priority priority = card.priority();
        return texts.text(priority.translationKey())
                + (card.score() != null && priority != Priority.CRITICAL ? " " + card.score() : "");
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
