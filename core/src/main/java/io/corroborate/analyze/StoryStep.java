package io.corroborate.analyze;

import io.corroborate.pipeline.Capability;
import java.util.Set;

/** What every story stage declares, given once by its constructor. */
abstract class StoryStep implements StoryStage {
  private final String name;
  private final Set<Capability> requires;
  private final Set<Capability> provides;

  StoryStep(String name, Set<Capability> requires, Set<Capability> provides) {
    this.name = name;
    this.requires = Set.copyOf(requires);
    this.provides = Set.copyOf(provides);
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final Set<Capability> requires() {
    return requires;
  }

  @Override
  public final Set<Capability> provides() {
    return provides;
  }
}
