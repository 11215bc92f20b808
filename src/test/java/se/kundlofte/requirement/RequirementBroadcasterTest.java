package se.kundlofte.requirement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.kundlofte.test.IntegrationTest;
import se.kundlofte.test.RunAs;

/** Open boards hear about committed changes (and only committed ones), which they then push. */
@IntegrationTest
class RequirementBroadcasterTest {

    @Autowired
    RequirementBroadcaster broadcaster;

    @Autowired
    RequirementService requirements;

    @Autowired
    RequirementBoardService board;

    @Autowired
    UserDetailsService users;

    @Test
    void aColleaguesMoveReachesEveryOpenBoardAfterCommit() {
        List<RequirementChanged> heardByA = new CopyOnWriteArrayList<>();
        List<RequirementChanged> heardByB = new CopyOnWriteArrayList<>();
        Runnable a = broadcaster.register(heardByA::add);
        Runnable b = broadcaster.register(heardByB::add);
        try {
            RequirementDetails r = RunAs.user(
                    users,
                    "sales",
                    () -> requirements.create(
                            RequirementForm.of("Direktsänt " + System.nanoTime(), Source.OBSERVATION)));
            RunAs.user(
                    users,
                    "product",
                    () -> requirements.updateRejection(r.id(), r.version(), new RejectionForm("Inte aktuellt", true)));
            RequirementDetails current = RunAs.user(users, "ceo", () -> requirements.get(r.id()));
            RunAs.user(users, "product", () -> board.move(r.id(), current.version(), Stage.REJECTED, null, true));
            // Delivered on the broadcaster's own thread, after the mover got the answer, to the
            // listeners in no particular order: wait until both have heard it.
            await(() -> heardByA.stream().anyMatch(e -> e.requirementId() == r.id() && e.stage() == Stage.REJECTED)
                    && heardByB.stream().anyMatch(e -> e.requirementId() == r.id() && e.stage() == Stage.REJECTED));

            assertThat(heardByA).extracting(RequirementChanged::requirementId).contains(r.id());
            // One event per move, naming both columns it touched.
            assertThat(heardByA)
                    .filteredOn(e -> e.requirementId() == r.id() && e.stage() != e.from())
                    .containsExactly(new RequirementChanged(r.id(), Stage.REJECTED, Stage.IDENTIFIED));
            // Both boards heard the same about this requirement (changes of earlier tests may still
            // be arriving on the delivery thread while the two registered, so only r is compared).
            assertThat(heardByB)
                    .filteredOn(e -> e.requirementId() == r.id())
                    .containsExactlyElementsOf(heardByA.stream()
                            .filter(e -> e.requirementId() == r.id())
                            .toList());

            // A refused move changes nothing and tells nobody.
            int before = heardByA.size();
            RequirementDetails rejected = RunAs.user(users, "ceo", () -> requirements.get(r.id()));
            try {
                RunAs.user(users, "product", () -> board.move(r.id(), rejected.version(), Stage.MONITORED, null, true));
            } catch (GateRefusedException expected) {
                // the gate refused it
            }
            // A later change still arrives, and nothing came before it.
            RequirementDetails latest = RunAs.user(users, "ceo", () -> requirements.get(r.id()));
            RunAs.user(users, "product", () -> board.move(r.id(), latest.version(), Stage.REJECTED, null, true));
            await(() -> heardSince(heardByA, before).stream().anyMatch(e -> e.requirementId() == r.id()));
            assertThat(heardSince(heardByA, before))
                    .filteredOn(e -> e.requirementId() == r.id())
                    .first()
                    .isEqualTo(new RequirementChanged(r.id(), Stage.REJECTED, Stage.REJECTED));
        } finally {
            a.run();
            b.run();
        }
        int listeners = broadcaster.listenerCount();
        broadcaster.register(e -> {}).run();
        assertThat(broadcaster.listenerCount()).isEqualTo(listeners);
    }

    /**
     * What a board heard after its first {@code count} events, from a copy: a sub-list of the live
     * list fails when the delivery thread adds to it meanwhile.
     */
    private static List<RequirementChanged> heardSince(List<RequirementChanged> heard, int count) {
        List<RequirementChanged> copy = List.copyOf(heard);
        return copy.subList(count, copy.size());
    }

    private static void await(java.util.function.BooleanSupplier condition) {
        long end = System.currentTimeMillis() + 5_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("not delivered within 5 s");
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
