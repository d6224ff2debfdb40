package io.corroborate.store.postgres;

import io.corroborate.store.Store;
import io.corroborate.store.contract.StoreContract;
import org.junit.jupiter.api.AfterEach;

class PostgresStoreContractTest extends StoreContract {
  private TestSchema schema;

  @Override
  protected Store openFresh() throws Exception {
    schema = TestSchema.createOrSkip();
    return PostgresStore.open(schema.url());
  }

  @Override
  protected Store reopen() {
    return PostgresStore.open(schema.url());
  }

  @AfterEach
  void dropSchema() throws Exception {
    if (schema != null) {
      schema.close();
    }
  }
}
