package org.eads.screening.internal.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParticleFilterTest {

    private final ParticleFilter filter = new ParticleFilter(RuleFile.fields("particles.txt"));

    @Test
    void patronymicMarkerIsRemovedAndTheFathersNameMarked() {
        List<RemovedPart> removed = new ArrayList<>();
        List<NameWord> kept = filter.strip(TitleFilterTest.words("mohd", "ali", "bin", "abu", "bakar"), removed);
        assertThat(kept).extracting(NameWord::key).containsExactly("mohd", "ali", "abu", "bakar");
        assertThat(kept).extracting(NameWord::part)
                .containsExactly(NamePart.NAME, NamePart.NAME, NamePart.PATRONYMIC, NamePart.PATRONYMIC);
        assertThat(removed).containsExactly(new RemovedPart("bin", RemovedPart.Kind.PATRONYMIC_MARKER));
    }

    @Test
    void indianMalaysianMarkersWithSlash() {
        List<NameWord> kept = filter.strip(TitleFilterTest.words("ravi", "a/l", "muthu"), new ArrayList<>());
        assertThat(kept).extracting(NameWord::key).containsExactly("ravi", "muthu");
    }

    @Test
    void multiWordLinkParticles() {
        List<RemovedPart> removed = new ArrayList<>();
        List<NameWord> kept = filter.strip(TitleFilterTest.words("manuel", "de", "los", "santos"), removed);
        assertThat(kept).extracting(NameWord::key).containsExactly("manuel", "santos");
        assertThat(removed).containsExactly(new RemovedPart("de los", RemovedPart.Kind.PARTICLE));
    }

    @Test
    void aParticleWordAtTheEndIsAName() {
        assertThat(filter.strip(TitleFilterTest.words("wang", "bin"), new ArrayList<>()))
                .extracting(NameWord::key).containsExactly("wang", "bin");
    }
}
