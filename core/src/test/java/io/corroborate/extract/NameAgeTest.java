package io.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Ages written in commas after a name: "Ilka Varosh, 52, a ferry pilot". */
class NameAgeTest {
  @Test
  void anAgeInCommasAfterANameIsThatPersonsAge() {
    String text = "Ilka Varosh, 52, a ferry pilot, watched the water rise.";
    assertThat(Varnesia.claims(text))
        .filteredOn(c -> c.measure().equals("age"))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.subject().text()).isEqualTo("Ilka Varosh");
              assertThat(((ClaimValue.Amount) c.value()).value()).isEqualTo(52);
            });
  }

  @Test
  void aNumberInCommasThatCannotBeAnAgeIsNotOne() {
    String text = "Ilka Varosh, 520, ferries crossed the river.";
    assertThat(Varnesia.claims(text)).noneMatch(c -> c.measure().equals("age"));
  }
}
