package io.corroborate.store.sqlite;

import io.corroborate.store.Store;
import io.corroborate.store.contract.StoreContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteStoreContractTest extends StoreContract {
  @TempDir Path dir;

  @Override
  protected Store openFresh() {
    return SqliteStore.open(dir.resolve("contract.db"));
  }

  @Override
  protected Store reopen() {
    return SqliteStore.open(dir.resolve("contract.db"));
  }
}
