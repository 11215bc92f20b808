package se.kundlofte.journey;

/** What points at a stage: removing it must first move these to another stage. */
public record StageReferences(long requirements, long contacts, long observations) {

    public boolean any() {
        return requirements + contacts + observations > 0;
    }
}
