package se.kundlofte.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import se.kundlofte.base.JourneyPhase;
import se.kundlofte.base.JourneyStageChoice;
import se.kundlofte.test.IntegrationTest;

/** The stage choices every board asks for are shared for a moment; a new stage shows after it. */
@IntegrationTest
@WithUserDetails("product")
class SharedStageChoicesTest {

    @Autowired
    JourneyStageDirectory directory;

    @Autowired
    JourneyService journeys;

    @AfterEach
    void sharingOff() {
        directory.shareFor(Duration.ZERO);
    }

    private List<String> stageNames() {
        return directory.all().stream().map(JourneyStageChoice::stageName).toList();
    }

    private String newStage() {
        long journey =
                journeys.create(JourneyForm.of("Delad " + System.nanoTime())).id();
        String name = "Besök " + System.nanoTime();
        journeys.addStage(journey, name, JourneyPhase.SEARCH_EVALUATE, 1);
        return name;
    }

    @Test
    void aNewStageIsOfferedOnceTheSharedListIsOlderThanTheWindow() throws InterruptedException {
        directory.shareFor(Duration.ofMillis(500));
        List<JourneyStageChoice> first = directory.all();
        assertThat(directory.all()).isSameAs(first);
        String name = newStage();

        // Within the window the list read before is still handed out.
        assertThat(stageNames()).doesNotContain(name);
        Thread.sleep(600);
        assertThat(stageNames()).contains(name);
    }

    @Test
    void withSharingOffANewStageIsOfferedAtOnce() {
        directory.shareFor(Duration.ZERO);
        stageNames();
        String name = newStage();

        assertThat(stageNames()).contains(name);
    }
}
