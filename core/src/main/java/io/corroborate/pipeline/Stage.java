package io.corroborate.pipeline;

import java.util.Set;

/**
 * A step of the pipeline. It declares what it needs and what it adds, so that a pipeline built in
 * an impossible order fails when it is built, not halfway through a corpus.
 */
public interface Stage {
  String name();

  Set<Capability> requires();

  Set<Capability> provides();
}
