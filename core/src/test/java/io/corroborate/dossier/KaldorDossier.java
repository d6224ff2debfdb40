package io.corroborate.dossier;

import io.corroborate.Corroborate;
import io.corroborate.RunListener;
import io.corroborate.RunSummary;
import io.corroborate.analyze.PlainLanguageLayer;
import io.corroborate.annotate.AnnotationCache;
import io.corroborate.testkit.Repo;
import java.util.List;

/** The example story's dossier with the plain language layer, made once per test JVM. */
final class KaldorDossier {
  private static Dossier dossier;

  private KaldorDossier() {}

  static synchronized Dossier get() {
    if (dossier == null) {
      Corroborate c =
          Corroborate.builder().annotate(new PlainLanguageLayer(), AnnotationCache.none()).build();
      RunSummary run =
          c.run(List.of(Repo.examples().resolve("kaldor-dam").toString()), new RunListener() {});
      dossier = c.dossiers(run).get(0);
    }
    return dossier;
  }
}
