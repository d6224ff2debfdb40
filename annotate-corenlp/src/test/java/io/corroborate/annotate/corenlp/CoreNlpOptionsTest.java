package io.corroborate.annotate.corenlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class CoreNlpOptionsTest {
  @Test
  void defaultsRunTheChainOfThreeModelsOnEverySentence() {
    CoreNlpOptions o = CoreNlpOptions.defaults();
    assertThat(o.nerModels()).isEqualTo(CoreNlpOptions.DEFAULT_CHAIN);
    assertThat(o.nerOnlyWhereNamesCan()).isFalse();
    assertThat(o.pipelineProperties().getProperty("ner.model").split(",")).hasSize(3);
  }

  @Test
  void noOverridesGiveTheDefaults() {
    assertThat(CoreNlpOptions.from(new Properties())).isEqualTo(CoreNlpOptions.defaults());
  }

  @Test
  void overridesSelectTheThreeClassModelAloneOnSentencesThatCanCarryAName() {
    Properties p = new Properties();
    p.setProperty("corroborate.corenlp.ner", "all3");
    p.setProperty("corroborate.corenlp.nerOnlyWhereNamesCan", "true");
    CoreNlpOptions o = CoreNlpOptions.from(p);
    assertThat(o.nerModels()).containsExactly(CoreNlpOptions.ALL_3CLASS);
    assertThat(o.nerOnlyWhereNamesCan()).isTrue();
    assertThat(o.pipelineProperties().getProperty("ner.model"))
        .isEqualTo(CoreNlpOptions.ALL_3CLASS);
  }

  @Test
  void modelsNamedWithPlusRunInTheOrderGiven() {
    Properties p = new Properties();
    p.setProperty("corroborate.corenlp.ner", "all3+conll");
    assertThat(CoreNlpOptions.from(p).nerModels())
        .containsExactly(CoreNlpOptions.ALL_3CLASS, CoreNlpOptions.CONLL_4CLASS);
  }

  @Test
  void anUnknownNerSetupIsRejectedWithItsName() {
    Properties p = new Properties();
    p.setProperty("corroborate.corenlp.ner", "muc");
    assertThatThrownBy(() -> CoreNlpOptions.from(p)).hasMessageContaining("muc");
  }

  @Test
  void noNerModelIsRejected() {
    assertThatThrownBy(() -> new CoreNlpOptions(List.of(), true, "always", true))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
