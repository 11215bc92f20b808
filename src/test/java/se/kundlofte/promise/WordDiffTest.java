package se.kundlofte.promise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.kundlofte.promise.WordDiff.Change;
import se.kundlofte.promise.WordDiff.Part;

class WordDiffTest {

    @Test
    void aChangedWordIsRemovedAndAddedWhileTheRestStays() {
        assertThat(WordDiff.between("Leverans inom två timmar", "Leverans inom tre timmar"))
                .containsExactly(
                        new Part(Change.SAME, "Leverans inom "),
                        new Part(Change.REMOVED, "två "),
                        new Part(Change.ADDED, "tre "),
                        new Part(Change.SAME, "timmar"));
    }

    @Test
    void addedWordsAtTheEndAndRemovedAtTheStart() {
        assertThat(WordDiff.between("Alltid svar inom en dag", "svar inom en dag, även helger"))
                .containsExactly(
                        new Part(Change.REMOVED, "Alltid "),
                        new Part(Change.SAME, "svar inom en "),
                        new Part(Change.REMOVED, "dag"),
                        new Part(Change.ADDED, "dag, även helger"));
    }

    @Test
    void reflowedSpacingIsNotAChange() {
        List<Part> parts = WordDiff.between("Vi ringer  innan", "Vi ringer\ninnan");
        assertThat(parts).extracting(Part::change).containsOnly(Change.SAME);
    }

    @Test
    void putTogetherTheSameAndAddedPartsGiveTheNewTextAndTheSameAndRemovedTheOld() {
        String before = "Installation ingår i priset, men inte bortforsling.";
        String after = "Installation och bortforsling ingår i priset.";
        List<Part> parts = WordDiff.between(before, after);
        assertThat(join(parts, Change.ADDED)).isEqualTo(after);
        assertThat(join(parts, Change.REMOVED)).isEqualTo(before);
    }

    @Test
    void emptyTextsGiveOnlyAddedOrRemoved() {
        assertThat(WordDiff.between("", "Nytt löfte")).containsExactly(new Part(Change.ADDED, "Nytt löfte"));
        assertThat(WordDiff.between("Gammalt", "")).containsExactly(new Part(Change.REMOVED, "Gammalt"));
        assertThat(WordDiff.between("", "")).isEmpty();
    }

    private static String join(List<Part> parts, Change kept) {
        StringBuilder text = new StringBuilder();
        parts.stream()
                .filter(p -> p.change() == Change.SAME || p.change() == kept)
                .forEach(p -> text.append(p.text()));
        return text.toString();
    }
}
