package io.corroborate.dossier;

import io.corroborate.model.ModelJson;

/**
 * The dossier as JSON. The top-level {@code schema} field names the version ({@link
 * Dossier#SCHEMA}); fields are only added within a version.
 */
public final class JsonRenderer implements DossierRenderer {
  @Override
  public String render(Dossier d) {
    return ModelJson.writePretty(d) + "\n";
  }
}
