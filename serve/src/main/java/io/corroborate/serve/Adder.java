package io.corroborate.serve;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The write path behind {@code POST /api/articles}: reads files and directories into the store,
 * puts new articles in stories and rewrites the dossiers of the stories that changed.
 *
 * <pre>
 * {@code AddReport r = adder.add(List.of("/tmp/upload-1"), f -> f.replace("/tmp/upload-1/", ""));}
 * </pre>
 */
@FunctionalInterface
public interface Adder {
  /**
   * Adds what {@code inputs} hold. {@code shown} turns an input's file path into the name its
   * rejections are kept and reported under (the name the user gave the upload).
   */
  AddReport add(List<String> inputs, UnaryOperator<String> shown);

  /** Adds {@code inputs}, keeping rejections under their file paths. */
  default AddReport add(List<String> inputs) {
    return add(inputs, UnaryOperator.identity());
  }
}
