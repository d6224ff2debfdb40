package io.corroborate.analyze;

import io.corroborate.pipeline.Stage;

/**
 * A stage of the story half: it works on one story's articles together. Like a document stage it
 * declares what it needs and what it adds, and {@link StoryPipeline} checks the order when it is
 * built. Implementations are thread-safe.
 */
public interface StoryStage extends Stage {
  /** Advances {@code work}; never returns null. */
  StoryWork apply(StoryWork work);
}
