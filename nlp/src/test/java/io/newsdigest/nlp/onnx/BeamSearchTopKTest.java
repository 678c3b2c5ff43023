package io.newsdigest.nlp.onnx;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class BeamSearchTopKTest {

    @Test
    void returnsTheLargestValuesLargestFirstAndTheLowerIndexOnTies() {
        float[] values = {0.1f, 0.9f, 0.5f, 0.9f, -1f};

        assertArrayEquals(new int[]{1, 3, 2}, BeamSearch.topK(values, 0, values.length, 3));
    }

    @Test
    void fillsWithMinusInfinityWhenTooFewValuesAreFinite() {
        float[] values = {Float.NEGATIVE_INFINITY, 2f, Float.NEGATIVE_INFINITY};

        int[] top = BeamSearch.topK(values, 0, values.length, 3);

        assertEquals(1, top[0]);
        assertEquals(3, Arrays.stream(top).distinct().count());
    }

    @Property
    void agreesWithAFullSort(@ForAll @Size(min = 1, max = 60) List<@IntRange(min = -5, max = 5) Integer> raw,
                             @ForAll @IntRange(min = 1, max = 8) int k) {
        float[] values = new float[raw.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = raw.get(i);
        }
        int[] expected = IntStream.range(0, values.length).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -values[i]).thenComparingInt(i -> i))
                .limit(k).mapToInt(Integer::intValue).toArray();

        assertArrayEquals(expected, BeamSearch.topK(values, 0, values.length, k));
    }
}
