package io.corroborate.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RelaysDatelineTest {

  @Test
  void anAgencysOwnNameInADatelineIsItsRelay() {
    assertThat(Relays.dateline("VELMORA (AFP) — The dam held through the night.")).contains("AFP");
    assertThat(Relays.dateline("OSTRAND (dpa) - Der Damm hielt in der Nacht.")).contains("dpa");
    assertThat(Relays.dateline("Der Damm hielt.\n(ТАСС)\n")).contains("ТАСС");
  }

  @Test
  void aCommonWordForAnAgencyNamesNoRelay() {
    // "agence", "Agentur" and "agencia" are words of agencies' names, not an agency: a line
    // credited
    // to one of them alone says nothing about which wire the text came from.
    assertThat(Relays.dateline("Le barrage a tenu.\n(agence)\n")).isEmpty();
    assertThat(Relays.dateline("Agentur — Der Damm hielt in der Nacht.")).isEmpty();
    assertThat(Relays.dateline("VELMORA (agencia) — La presa resistió.")).isEmpty();
  }
}
