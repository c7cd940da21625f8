package nl.samenspraak.tool.catalog.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ByteRangeTest {

    @Test
    void noHeaderOrAnotherUnitMeansTheWholeFile() {
        assertEquals(Optional.empty(), ByteRange.parse(null, 1000));
        assertEquals(Optional.empty(), ByteRange.parse("items=0-10", 1000));
        assertEquals(Optional.empty(), ByteRange.parse("bytes=-", 1000));
    }

    @Test
    void aClosedRange() {
        assertEquals(Optional.of(new ByteRange(100, 199)), ByteRange.parse("bytes=100-199", 1000));
    }

    @Test
    void anOpenRangeRunsToTheEnd() {
        assertEquals(Optional.of(new ByteRange(900, 999)), ByteRange.parse("bytes=900-", 1000));
    }

    @Test
    void aRangePastTheEndIsCutAtTheEnd() {
        assertEquals(Optional.of(new ByteRange(900, 999)), ByteRange.parse("bytes=900-5000", 1000));
    }

    @Test
    void aSuffixRangeIsTheLastBytes() {
        assertEquals(Optional.of(new ByteRange(800, 999)), ByteRange.parse("bytes=-200", 1000));
        assertEquals(Optional.of(new ByteRange(0, 999)), ByteRange.parse("bytes=-5000", 1000));
    }

    @Test
    void ofSeveralRangesTheFirstIsServed() {
        assertEquals(Optional.of(new ByteRange(0, 9)), ByteRange.parse("bytes=0-9, 20-29", 1000));
    }

    @Test
    void rangesOutsideTheFileCannotBeServed() {
        assertThrows(ByteRange.Unsatisfiable.class, () -> ByteRange.parse("bytes=1000-", 1000));
        assertThrows(ByteRange.Unsatisfiable.class, () -> ByteRange.parse("bytes=20-10", 1000));
        assertThrows(ByteRange.Unsatisfiable.class, () -> ByteRange.parse("bytes=-0", 1000));
        assertThrows(ByteRange.Unsatisfiable.class, () -> ByteRange.parse("bytes=99999999999999999999-", 1000));
    }
}
