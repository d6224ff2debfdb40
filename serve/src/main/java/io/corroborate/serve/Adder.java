package io.corroborate.serve;

import java.util.List;

/**
 * The write path behind {@code POST /api/articles}: reads files and directories into the store,
 * puts new articles in stories and rewrites the dossiers of the stories that changed.
 *
 * <pre>{@code AddReport r = adder.add(List.of("/tmp/upload-1"));}</pre>
 */
@FunctionalInterface
public interface Adder {
  AddReport add(List<String> inputs);
}
